using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Mines Minister Paul Kabwe ... the union would meet Kabwe in Lusaka": a listed place's name alone is the person the
/// article names with it as surname, unless a preposition of place comes before it ("in Kabwe") or it is a country.
/// </summary>
internal static class SurnamePlaces
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "from", "to", "into", "near", "of", "across", "outside", "inside", "around", "through", "throughout",
        "towards", "toward", "via", "within", "between",
    };

    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> fieldTexts, Gazetteer gazetteer)
    {
        var surnames = NameWords.SurnamesNamedInFull(mentions);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Place, IsCertain: false, IsTeam: false } mention && surnames.Contains(mention.Text)
                && !gazetteer.IsCountry(mention.Text) && fieldTexts.TryGetValue(mention.Field, out var text)
                && !PlacePrepositions.Contains(WordBefore(text, mention.Start)))
            {
                mentions[index] = mention with { Type = EntityType.Person };
            }
        }
    }

    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var first = end;
        while (first > 0 && char.IsLetter(text[first - 1])) first--;
        return text[first..end];
    }
}
