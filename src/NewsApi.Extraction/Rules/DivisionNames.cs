using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Odesa region", "Tulcea county", "Sichuan province": news names a place with its division after it in lower case.
/// That form is kept as one of the place's names (like a title before a person's), so a reader searching for "Tulcea
/// county" finds Tulcea. Not after a country ("the Ukraine region" is no name of Ukraine).
/// </summary>
internal static class DivisionNames
{
    private static readonly string[] Divisions =
    [
        "region", "province", "county", "district", "territory", "oblast", "prefecture", "governorate", "municipality",
    ];

    public static void Add(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention is not { Type: EntityType.Place, TitledText: null } || !texts.TryGetValue(mention.Field, out var text)
                || gazetteer.IsCountryOrNationality(mention.Text) || DivisionAfter(text, mention.End) is not { } division)
            {
                continue;
            }

            mentions[index] = mention with { TitledText = mention.Text + " " + division };
        }
    }

    /// <summary>The lower-case division word right after a name ending at <paramref name="end"/>, if any.</summary>
    private static string? DivisionAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return null;
        foreach (var division in Divisions)
        {
            var after = end + 1 + division.Length;
            if (string.CompareOrdinal(text, end + 1, division, 0, division.Length) == 0 && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return division;
            }
        }

        return null;
    }
}
