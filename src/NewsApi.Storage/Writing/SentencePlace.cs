namespace NewsApi.Storage.Writing;

/// <summary>
/// Where a mention's sentence is in its field, so the mention stores two numbers instead of the sentence (migration
/// 0015). Counted as SQLite's <c>substr</c> and <c>instr</c> count, in characters from 1, so the API reads the sentence
/// back with <c>substr(field, start, length)</c>: a character outside the Basic Multilingual Plane is one character
/// there and two UTF-16 code units here.
/// </summary>
internal static class SentencePlace
{
    /// <summary>The sentence's first occurrence in the field (any occurrence reads back the same text); null when there is none.</summary>
    public static (int Start, int Length)? Find(string? field, string sentence)
    {
        var index = field?.IndexOf(sentence, StringComparison.Ordinal) ?? -1;
        return index < 0 ? null : (1 + Characters(field.AsSpan(0, index)), Characters(sentence));
    }

    private static int Characters(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }

        return count;
    }
}
