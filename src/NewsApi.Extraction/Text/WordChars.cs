namespace NewsApi.Extraction.Text;

/// <summary>
/// Character tests on a word: <c>WordChars.All(word, char.IsLower)</c>. LINQ's <c>word.All(char.IsLower)</c> enumerates
/// a string through an allocated enumerator; the rules ask such questions of every token, and those enumerators were a
/// tenth of extraction's allocations.
/// </summary>
internal static class WordChars
{
    /// <summary>The word (letters, digits, hyphens) after <paramref name="end"/> across spaces; "" before punctuation or at the end.</summary>
    public static string NextWord(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ') start++;
        var stop = start;
        while (stop < text.Length && (char.IsLetterOrDigit(text[stop]) || text[stop] == '-')) stop++;
        return text[start..stop];
    }

    /// <summary>"easyJet", "eBay", "iPhone": a capital after the first letter, as brands written in lower case have.</summary>
    public static bool HasCapitalInside(string word) => word.Length > 1 && word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>"Court" for "court": the word with its first letter upper-cased (lists of names are written so).</summary>
    public static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Every character passes (true for an empty word, as LINQ's <c>All</c> is).</summary>
    public static bool All(ReadOnlySpan<char> word, Func<char, bool> test)
    {
        foreach (var c in word)
        {
            if (!test(c)) return false;
        }

        return true;
    }

    public static bool Any(ReadOnlySpan<char> word, Func<char, bool> test) => Count(word, test) > 0;

    public static int Count(ReadOnlySpan<char> word, Func<char, bool> test)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (test(c)) count++;
        }

        return count;
    }
}
