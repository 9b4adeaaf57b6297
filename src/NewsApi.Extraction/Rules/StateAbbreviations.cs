using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "held in Mobile, Ala. Under NFL rules ...": a state's abbreviation that ends a sentence shares its period with the
/// sentence, so the tokenizer leaves it out of the word; the place is still written "Ala.", as mid-sentence. After a
/// town and a comma such an abbreviation is the state, whatever the tagger read.
/// </summary>
internal static class StateAbbreviations
{
    public static void KeepPeriods(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (!texts.TryGetValue(mention.Field, out var text)) continue;
            if (mention.Type == EntityType.Place && mention.End < text.Length && text[mention.End] == '.' && UsStates.Abbreviations.ContainsKey(mention.Text + "."))
            {
                mention = mentions[index] = mention with { End = mention.End + 1, Text = mention.Text + "." };
            }

            if (mention.Type != EntityType.Place && !mention.IsCertain && UsStates.Abbreviations.ContainsKey(mention.Text) && AfterComma(text, mention.Start))
            {
                mentions[index] = mention with { Type = EntityType.Place }; // "Morrisville, N.C.", which the tagger read as a body
            }
        }
    }

    /// <summary>
    /// "Gary, Ind., is about 30 miles from the arena": a name before a comma and a state's abbreviation is a town, though the
    /// tagger read a given name. Not a person the article gives a title or role.
    /// </summary>
    public static void TownsBeforeStates(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Person, IsCertain: false, Roles.Count: 0, TitledText: null } mention
                && texts.TryGetValue(mention.Field, out var text) && StateAfterComma(text, mention.End) is (_, var end)
                && end < text.Length && text[end] is ',' or ' ' or '\n')
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    /// <summary>"Santa Clara, Calif., earns ...": the state's abbreviation after a place and a comma, which the tagger left out.</summary>
    public static IEnumerable<NameMention> AfterPlaces(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        var added = new List<NameMention>();
        foreach (var place in mentions.Where(mention => mention.Type == EntityType.Place))
        {
            if (!texts.TryGetValue(place.Field, out var text) || StateAfterComma(text, place.End) is not var (start, end)
                || MentionSpans.AnyOverlaps(mentions, place.Field, start, end) || MentionSpans.AnyOverlaps(added, place.Field, start, end)) continue;
            added.Add(place with { Start = start, End = end, Text = text[start..end], IsCertain = false, TitledText = null, Roles = [] });
        }

        return added;
    }

    /// <summary>Where a state's abbreviation stands right after ", " at <paramref name="end"/> ("Gary, Ind."), if one does.</summary>
    private static (int Start, int End)? StateAfterComma(string text, int end)
    {
        if (!text.AsSpan(end).StartsWith(", ", StringComparison.Ordinal)) return null;
        var (start, stop) = (end + 2, end + 2);
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] == '.')) stop++;
        return UsStates.Abbreviations.ContainsKey(text[start..stop]) ? (start, stop) : null;
    }

    private static bool AfterComma(string text, int start)
    {
        var before = start;
        while (before > 0 && text[before - 1] == ' ') before--;
        return before > 0 && text[before - 1] == ',';
    }
}
