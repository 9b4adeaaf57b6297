using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Headlines and subheadings capitalise every word, which misleads a tagger trained on running text ("Munir Discusses
/// Regional Security Dynamics"). Their names are looked up instead: the names the article's running text uses.
/// </summary>
internal static class TitleLines
{
    /// <summary>Mentions of <paramref name="known"/> names in [<paramref name="start"/>, <paramref name="end"/>) of a field, longest names first.</summary>
    public static IEnumerable<NameMention> FindKnownNames(TextField field, string text, int start, int end, IReadOnlyList<NameMention> known)
    {
        var line = text[start..end];
        var taken = new List<(int Start, int End)>();
        var names = known.Select(mention => (mention.Text, mention.Type)).DistinctBy(name => name.Text).ToList();
        // Headlines name people by surname ("Gerrard sends Liverpool past Everton") where the text says "Steven Gerrard".
        var surnames = known.Where(mention => mention.Type == EntityType.Person && mention.Text.Contains(' ', StringComparison.Ordinal)
                && NameWords.ParticleSurname(mention.Text) is null)
            .Select(mention => mention.Text[(mention.Text.LastIndexOf(' ') + 1)..])
            .Where(surname => surname.Length > 1 && char.IsUpper(surname[0]) && !names.Any(name => name.Text == surname))
            .Distinct(StringComparer.Ordinal)
            .Select(surname => (Text: surname, Type: EntityType.Person))
            .ToList();
        names.AddRange(surnames);
        foreach (var (name, type) in names.OrderByDescending(name => name.Text.Length))
        {
            foreach (Match match in Regex.Matches(line, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant))
            {
                var (matchStart, matchEnd) = (start + match.Index, start + match.Index + match.Length);
                if (taken.Any(other => other.Start < matchEnd && matchStart < other.End))
                {
                    continue;
                }

                taken.Add((matchStart, matchEnd));
                yield return new NameMention(type, field, matchStart, matchEnd, name, line);
            }
        }
    }
}
