using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "brothers Kevin and Scott Moretti", "Bill and Melinda Gates": a given name alone before "and" and a full name shares
/// its surname, so the merger keys it as "Kevin Moretti" and joins it to that person, not to a "Kevin" of its own. Only a
/// listed given name before a listed given name and a surname.
/// </summary>
internal static class SharedSurnames
{
    public static void Apply(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        HashSet<string>? surnames = null;
        var shared = new List<(int Mention, string Surname)>();
        for (var index = 0; index < mentions.Count; index++)
        {
            var given = mentions[index];
            if (given is not { Type: EntityType.Person, NormalText: null } || given.Text.Contains(' ', StringComparison.Ordinal)
                || !texts.TryGetValue(given.Field, out var text) || !text.AsSpan(given.End).StartsWith(" and ", StringComparison.Ordinal)
                || !gazetteer.IsFirstName(given.Text)
                || (surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(given.Text)) // "Sheridan and Rosemary Byrne": Tommy Sheridan
            {
                continue;
            }

            var fullStart = given.End + " and ".Length;
            var full = mentions.Find(mention => mention.Type == EntityType.Person && mention.Field == given.Field && mention.Start == fullStart);
            if (full?.Text.Split(' ') is { Length: 2 or 3 } words && gazetteer.IsFirstName(words[0]) && words[0] != given.Text
                && !SentenceWords.IsSentenceWord(words[^1])) // not "Jefferson and Jackson Dinner"
            {
                shared.Add((index, words[^1]));
            }
        }

        // "Whitaker and Sam Harrow", then "Whitaker and Luke Tamihana": a surname read alone, whoever bats with him.
        foreach (var sameName in shared.GroupBy(pair => mentions[pair.Mention].Text, StringComparer.Ordinal))
        {
            if (sameName.Select(pair => pair.Surname).Distinct(StringComparer.Ordinal).Count() > 1) continue;
            foreach (var (mention, surname) in sameName)
            {
                mentions[mention] = mentions[mention] with { NormalText = mentions[mention].Text + " " + surname };
            }
        }
    }
}
