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
    public static IEnumerable<NameMention> FindKnownNames(TextField field, string text, int start, int end, IReadOnlyList<NameMention> known, Func<string, bool> isGivenName)
    {
        var line = text[start..end];
        var taken = new List<(int Start, int End)>();
        var names = known.Select(mention => (mention.Text, mention.Type)).DistinctBy(name => name.Text).ToList();
        // The headline gives the full name of someone the text calls by surname only ("FCC head Kevin Martin endorses ..."
        // over "Mr. Martin said"): a listed given name right before the surname, when the text names nobody of that surname in full.
        var namedInFull = NameWords.SurnamesNamedInFull(known);
        names.AddRange(known.Where(mention => mention.Type == EntityType.Person && IsOneWord(mention.Text) && !namedInFull.Contains(mention.Text))
            .Select(mention => mention.Text).Distinct(StringComparer.Ordinal)
            .SelectMany(surname => WholeWordsAt(line, surname).Select(index => GivenNameBefore(line, index, isGivenName) is { } given ? $"{given} {surname}" : null))
            .OfType<string>().Where(name => !names.Any(other => other.Text == name)).Distinct(StringComparer.Ordinal)
            .Select(name => (Text: name, Type: EntityType.Person)).ToList());
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
            foreach (var index in WholeWordsAt(line, name))
            {
                var (matchStart, matchEnd) = (start + index, start + index + name.Length);
                if (taken.Any(other => other.Start < matchEnd && matchStart < other.End))
                {
                    continue;
                }

                taken.Add((matchStart, matchEnd));
                yield return new NameMention(type, field, matchStart, matchEnd, name, line);
            }
        }
    }

    private static bool IsOneWord(string name) => name.Length > 1 && char.IsUpper(name[0]) && !name.Contains(' ', StringComparison.Ordinal) && name.Any(char.IsLower);

    /// <summary>The listed given name written right before <paramref name="index"/>, one space apart ("Kevin" in "head Kevin Martin").</summary>
    private static string? GivenNameBefore(string line, int index, Func<string, bool> isGivenName)
    {
        if (index < 2 || line[index - 1] != ' ') return null;
        var start = index - 1;
        while (start > 0 && char.IsLetter(line[start - 1])) start--;
        var word = line[start..(index - 1)];
        return word.Length > 1 && (start == 0 || !IsWordCharacter(line[start - 1])) && isGivenName(word) ? word : null;
    }

    /// <summary>
    /// Where <paramref name="name"/> stands as whole words (no letter or digit on either side), left to right without
    /// overlaps. An ordinal search, not a regular expression built per name: building one for every name of every
    /// document was most of this rule's time.
    /// </summary>
    private static IEnumerable<int> WholeWordsAt(string line, string name)
    {
        if (name.Length == 0) yield break;
        var from = 0;
        while (from < line.Length && line.IndexOf(name, from, StringComparison.Ordinal) is var at and >= 0)
        {
            var end = at + name.Length;
            if ((at == 0 || !IsWordCharacter(line[at - 1])) && (end == line.Length || !IsWordCharacter(line[end])))
            {
                yield return at;
                from = end;
            }
            else
            {
                from = at + 1;
            }
        }
    }

    private static bool IsWordCharacter(char character) => char.IsLetter(character) || char.IsNumber(character);
}
