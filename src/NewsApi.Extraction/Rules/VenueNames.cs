using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Velvet Room nightclub", "the Gilded Lily restaurant", "the Grand Palace hotel": a name right before a noun for a
/// building people go to is that building, a place by the annotation conventions, wherever else the article names it
/// alone ("the Velvet Room was over capacity"). The tagger read such names as organisations. Not before a firm's word
/// ("the Hilton hotel chain") or a chain's initials ("a KFC restaurant").
/// </summary>
internal static class VenueNames
{
    private static readonly FrozenSet<string> VenueNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "nightclub", "nightspot", "bar", "pub", "tavern", "saloon", "lounge", "restaurant", "diner", "cafe", "café", "hotel", "motel",
        "casino", "theater", "theatre", "cinema", "venue", "mall",
    ]);

    private static readonly FrozenSet<string> FirmWordsAfter = FrozenSet.Create(StringComparer.Ordinal,
    [
        "chain", "chains", "group", "company", "companies", "operator", "owner", "owners", "brand", "brands", "franchise", "empire",
    ]);

    private static bool IsBeforeVenueNoun(string text, int end)
    {
        var next = WordChars.NextWord(text, end);
        if (!VenueNouns.Contains(next)) return false;
        var nounEnd = end;
        while (nounEnd < text.Length && text[nounEnd] == ' ') nounEnd++;
        return !FirmWordsAfter.Contains(WordChars.NextWord(text, nounEnd + next.Length));
    }

    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        HashSet<string>? venues = null;
        foreach (var mention in mentions)
        {
            if (mention is { Type: EntityType.Organisation, IsCertain: false } && !RoleChain.IsAcronym(mention.Text) // "a KFC restaurant": the chain
                && texts.TryGetValue(mention.Field, out var text) && IsBeforeVenueNoun(text, mention.End))
            {
                (venues ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Text);
            }
        }

        if (venues is null) return;
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Organisation, IsCertain: false } venue && venues.Contains(venue.Text))
            {
                mentions[index] = venue with { Type = EntityType.Place };
            }
        }
    }
}
