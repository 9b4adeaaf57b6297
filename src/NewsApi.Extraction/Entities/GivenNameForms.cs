using System.Collections.Frozen;
using NewsApi.Extraction.Data;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// English given names and their short forms (Data/lexicon/given-name-forms.tsv): "Ray" and "Raymond", "Bill" and
/// "William" can name one person. Compared as name keys are, in lower case.
/// </summary>
internal static class GivenNameForms
{
    // Each form to the given names it can stand for (a given name stands for itself).
    private static readonly FrozenDictionary<string, string[]> NamesOf = Load();

    /// <summary>Whether the two words can be one person's given name written two ways ("ray", "raymond"); not the same word.</summary>
    public static bool AreOneName(string first, string second) =>
        first != second && NamesOf.TryGetValue(first, out var firsts) && NamesOf.TryGetValue(second, out var seconds)
        && Array.Exists(firsts, name => Array.IndexOf(seconds, name) >= 0);

    /// <summary>Whether <paramref name="form"/> is a short form of the given name ("ray" of "raymond"; not "steven" of "steve").</summary>
    public static bool IsShortFormOf(string form, string given) =>
        form != given && NamesOf.TryGetValue(form, out var names) && names.Contains(given, StringComparer.Ordinal);

    private static FrozenDictionary<string, string[]> Load()
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("lexicon/given-name-forms.tsv"))
        {
            var fields = line.Split('\t');
            var given = fields[0].ToLowerInvariant();
            foreach (var form in fields[1].Split('|').Select(form => form.ToLowerInvariant()).Append(given))
            {
                if (!names.TryGetValue(form, out var set)) names[form] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(given);
            }
        }

        return names.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
