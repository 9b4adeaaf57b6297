using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "CPN (Maoist Centre)", "Janata Dal (Secular)": the tagger may end such a name before its closing bracket. A name that opens
/// a bracket takes the closing one written right after it, or else ends before its bracket; one that closes a bracket it
/// never opened ends before it.
/// </summary>
internal static class UnbalancedBrackets
{
    public static void Mend(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var mention = mentions[index];
            var depth = Depth(mention.Text, out var firstUnopened);
            if (depth == 0 && firstUnopened < 0) continue;

            var text = texts.GetValueOrDefault(mention.Field);
            if (depth == 1 && firstUnopened < 0 && text is not null && mention.End < text.Length && text[mention.End] == ')'
                && !mentions.Any(other => other != mention && other.Field == mention.Field && other.Start == mention.End + 1))
            {
                mentions[index] = mention with { End = mention.End + 1, Text = mention.Text + ")" };
                continue;
            }

            var cut = firstUnopened >= 0 ? firstUnopened : mention.Text.LastIndexOf('(');
            var kept = mention.Text[..cut].TrimEnd(' ', '-', ',');
            if (kept.Length == 0 || !kept.Any(char.IsLetter))
            {
                mentions.RemoveAt(index);
            }
            else
            {
                mentions[index] = mention with { End = mention.Start + kept.Length, Text = kept };
            }
        }
    }

    /// <summary>How many brackets the name leaves open; and where it first closes one it never opened (or -1).</summary>
    private static int Depth(string name, out int firstUnopened)
    {
        var depth = 0;
        firstUnopened = -1;
        for (var index = 0; index < name.Length; index++)
        {
            if (name[index] == '(')
            {
                depth++;
            }
            else if (name[index] == ')' && --depth < 0)
            {
                firstUnopened = index;
                return 0;
            }
        }

        return depth;
    }
}
