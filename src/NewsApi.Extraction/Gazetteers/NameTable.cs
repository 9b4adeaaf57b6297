using System.Runtime.CompilerServices;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Gazetteers;

/// <summary>
/// Names of one or more words, looked up as token sequences and ignoring case, except acronyms ("US", "U.S.") which
/// must match exactly so that the word "us" is not a country.
/// </summary>
internal sealed class NameTable<TValue>(bool withPlainSpellings = false)
{
    private const int MaxKeyLength = 128;
    // Held as span lookups, made once: asking a set for one checks its comparer each time, and the tagger looks up every token.
    private readonly Dictionary<string, (string Spelling, TValue Value)>.AlternateLookup<ReadOnlySpan<char>> _names =
        new Dictionary<string, (string Spelling, TValue Value)>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _names.Dictionary.Count;

    /// <summary>
    /// Adds a name, and in a table of places its spelling in plain letters when it has accents ("Wroclaw") and its German
    /// one when it has umlauts ("Duesseldorf"); the first value given for a name wins.
    /// </summary>
    public void Add(string name, TValue value)
    {
        AddKey(name, value);
        if (!withPlainSpellings) return;
        if (ListedNameKey.Folded(name) is { } folded) AddKey(folded, value);
        if (name.AsSpan().IndexOfAny(Umlauts) >= 0) AddKey(GermanTransliteration(name), value); // "Duesseldorf", "Koeln"
    }

    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜß");

    private static string GermanTransliteration(string name) =>
        name.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);

    private void AddKey(string name, TValue value)
    {
        var key = ListedNameKey.Of(name);
        if (key.Length == 0 || key.Length > MaxKeyLength || !_names.Dictionary.TryAdd(key, (key, value))) return;
        ListedNameKey.AddPrefixes(key, _prefixes.Set);
    }

    public bool TryFind(string name, out TValue value)
    {
        // Most lookups are single words, already in key form; only names the tokenizer would space differently
        // ("Inter-Services", "New  Delhi") need their key rebuilt. The tagger asks about every token, so this is hot.
        if (name.Contains(CurlyApostrophe)) name = name.Replace(CurlyApostrophe, '\''); // "Murang’a" as listed, "Murang'a"
        if (TryFind(name.AsSpan(), out value)) return true;
        if (!NeedsRespacing(name)) return false;
        return TryFind(ListedNameKey.Of(name).AsSpan(), out value);
    }

    /// <summary>The number of tokens (at most <paramref name="maxTokens"/>) of the longest name starting at <paramref name="start"/>, or 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int LongestMatch(Token[] tokens, int start, out TValue value, int maxTokens = int.MaxValue)
    {
        value = default!;
        var first = tokens[start].Text;
        if (!char.IsUpper(first[0]) && !IsCamelCase(first)) return 0; // "china", "will": only capitalised words start names, and "easyJet"

        Span<char> key = stackalloc char[MaxKeyLength];
        var (keyLength, longest) = (0, 0);
        for (var end = start; end < tokens.Length && end - start < maxTokens; end++)
        {
            var text = tokens[end].Text;
            var separator = end > start ? 1 : 0;
            if (keyLength + separator + text.Length > MaxKeyLength) break;
            if (separator == 1) key[keyLength++] = ' ';
            text.AsSpan().CopyTo(key[keyLength..]);
            key.Slice(keyLength, text.Length).Replace(CurlyApostrophe, '\''); // "Côte d’Ivoire" as listed, "Côte d'Ivoire"
            keyLength += text.Length;

            if (TryFind(key[..keyLength], out var found)) (longest, value) = (end - start + 1, found);
            if (!_prefixes.Contains(key[..keyLength])) break;
        }

        return longest;
    }

    /// <summary>"easyJet", "eBay": a brand written in lower case with a capital inside.</summary>
    private static bool IsCamelCase(string word) => word.Length > 2 && char.IsLower(word[0]) && WordChars.HasCapitalInside(word);

    private const char CurlyApostrophe = '\u2019';

    private bool TryFind(ReadOnlySpan<char> key, out TValue value)
    {
        value = default!;
        if (!_names.TryGetValue(key, out var entry)) return false;
        if (IsAcronym(entry.Spelling) && !key.SequenceEqual(entry.Spelling)) return false;
        value = entry.Value;
        return true;
    }

    private static bool NeedsRespacing(string name)
    {
        var (hasLetter, hasOther) = (false, false);
        foreach (var c in name)
        {
            if (char.IsLetter(c)) hasLetter = true;
            else if (!char.IsDigit(c) && c != '.') hasOther = true;
        }

        return hasLetter && hasOther;
    }

    private static bool IsAcronym(string spelling) => spelling.Length <= 6 && !spelling.Any(char.IsLower);
}
