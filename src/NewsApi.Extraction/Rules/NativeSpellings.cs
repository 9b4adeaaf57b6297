using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "chairman Lin Chih-hao (林志豪)", "Korea Zinc (고려아연)": a name followed in brackets by its own spelling in Chinese,
/// Japanese or Korean script, as the Taiwanese, Hong Kong and Korean English-language press write it. The bracket names the
/// same person or body: it is a mention of that name, defined in the book as its short form so the two are one entity.
/// </summary>
internal static class NativeSpellings
{
    public static void Add(SentenceText sentence, AcronymBook book, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var open = 1; open + 2 < tokens.Length; open++)
        {
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")" || !IsEastAsianScript(tokens[open + 1].Text)) continue;
            if (EndingAt(found, tokens[open - 1].End) is not { } name) continue;

            book.Define(tokens[open + 1].Text, new AcronymMeaning(name.Text, name.Type, IsRole: false));
            found.Add(sentence.Mention(name.Type, open + 1, open + 2) with { IsCertain = true });
        }
    }

    // A loop, not a lambda: a captured variable would cost an object for every token of every sentence.
    private static NameMention? EndingAt(List<NameMention> found, int end)
    {
        foreach (var mention in found)
        {
            if (mention.End == end) return mention;
        }

        return null;
    }

    // Han, kana and Hangul letters only: the word is a spelling in those scripts, not a romanised name.
    private static bool IsEastAsianScript(string word)
    {
        foreach (var character in word)
        {
            var isEastAsian = character is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff')
                or (>= '\uac00' and <= '\ud7af') or (>= '\u1100' and <= '\u11ff') or '\u00b7' or '\u30fb';
            if (!isEastAsian) return false;
        }

        return word.Length > 0;
    }
}
