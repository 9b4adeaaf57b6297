namespace NewsApi.Extraction.Text;

/// <summary>
/// Character tests on a word. <c>word.All(char.IsLower)</c> enumerates a string through an allocated enumerator; the
/// rules ask such questions of every token, and those enumerators were a tenth of extraction's allocations.
/// </summary>
internal static class WordChars
{
    /// <summary>Every character is lower case (true for an empty word, as <c>All</c> is).</summary>
    public static bool AllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }

    public static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    public static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    public static bool AnyLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c)) return true;
        }

        return false;
    }

    public static int CountUpper(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) count++;
        }

        return count;
    }
}
