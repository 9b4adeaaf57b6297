using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Sen. Dick Durbin (D-Ill.)", "Sen. Mike Lee, R-Utah": the state of a US lawmaker's party label is a place, written
/// out as its name ("Ill." is Illinois, as in a dateline); the tagger read "R-Utah" as one name or nothing.
/// </summary>
internal static partial class PartyStateLabels
{
    /// <summary>Adds the states of the field's party labels to <paramref name="mentions"/>, in place of what was found over the labels.</summary>
    public static void Add(TextField field, string text, Func<int, string> sentenceAt, List<NameMention> mentions)
    {
        foreach (Match match in Label().Matches(text))
        {
            if ((StateAt(match.Groups["state"].Value) ?? TownAt(field, text, match, mentions)) is not var (written, name))
            {
                continue;
            }

            var (start, end) = (match.Groups["state"].Index, match.Groups["state"].Index + written.Length);
            var state = new NameMention(EntityType.Place, field, start, end, written, sentenceAt(start))
            {
                IsCertain = true,
                NormalText = written == name ? null : name,
            };
            mentions.RemoveAll(mention => mention.Field == field && mention.Start < end && match.Index < mention.End);
            mentions.Add(state);
        }
    }

    /// <summary>The state written at the start of <paramref name="words"/> ("N.Y.", "New York", "Utah"), and its name.</summary>
    private static (string Written, string Name)? StateAt(string words)
    {
        var space = words.IndexOf(' ', StringComparison.Ordinal);
        foreach (var candidate in space < 0 ? [words] : new[] { words, words[..space] })
        {
            if (UsStates.Abbreviations.TryGetValue(candidate, out var name)) return (candidate, name);
            var bare = candidate.TrimEnd('.');
            if (UsStates.Names.Contains(bare)) return (bare, bare);
        }

        return null;
    }

    /// <summary>
    /// "State Sen. Gail Brockway, R-Casa Grande,", "(DFL-Minneapolis)": a state lawmaker's label names the home town, when
    /// the label stands alone between commas or brackets after a name (not "since D-Day,").
    /// </summary>
    private static (string Written, string Name)? TownAt(TextField field, string text, Match match, List<NameMention> mentions)
    {
        var town = match.Groups["state"].Value.TrimEnd('.');
        var (before, after) = (match.Index, match.Groups["state"].Index + town.Length);
        var alone = before >= 2 && (text[before - 1] == '(' || (text[before - 2] == ',' && text[before - 1] == ' '))
            && after < text.Length && text[after] is ',' or ')';
        if (!alone || town.Length < 3 || town.Contains('.', StringComparison.Ordinal)) return null;
        // "(D-Mass)", "(D-FLA)": a state's abbreviation without its dot.
        var state = UsStates.Abbreviations.FirstOrDefault(pair => string.Equals(pair.Key, town + ".", StringComparison.OrdinalIgnoreCase)).Value;
        if (state is not null) return (town, state);
        // Only right after a person's name: "Intel, D-Link, Hewlett-Packard" is a list of firms.
        // ", R-" and " (D-" both start two characters after the name.
        return mentions.Any(mention => mention.Type == EntityType.Person && mention.Field == field && mention.End == before - 2) ? (town, town) : null;
    }

    // A party's initial, a hyphen and up to two capitalised words: "D-Ill.", "R-S.C.", "D-New York"; Minnesota's "DFL-".
    [GeneratedRegex(@"(?<![\p{L}\p{N}.-])(?:[DRI]|DFL)-(?<state>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
