using System.Globalization;
using System.Text;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Gazetteers;

/// <summary>
/// A listed name as a lookup key: its tokens, as the tokenizer splits news text, joined by single spaces
/// ("Inter-Services" is "Inter - Services"). Loading the lists made this a large share of a short run's start-up, so names
/// of letters and digits between single spaces, which the tokenizer would split at the spaces alone (nearly all of
/// them), are their own key and skip the tokenizer.
/// </summary>
internal static class ListedNameKey
{
    public static string Of(string name) =>
        IsPlain(name) ? name : string.Join(' ', Tokenizer.Tokenize(name).SelectMany(sentence => sentence.Tokens).Select(token => token.Text));

    /// <summary>
    /// The name spelt in plain letters, as English news often writes it ("Wroclaw" for "Wrocław", "Gdansk", "Murang'a" for
    /// "Murang’a"), or null when it has nothing to fold: the lists keep the local spelling.
    /// Not for scholarly romanisations (macrons and dots below: "Warīsān", "Rāman"), whose plain forms are other words
    /// and names, nor for one short word ("Unaí" would be "Unai" Emery).
    /// </summary>
    public static string? Folded(string name)
    {
        if (Ascii.IsValid(name)) return null;
        var folded = new StringBuilder(name.Length);
        foreach (var character in name.Normalize(NormalizationForm.FormD))
        {
            if (character is '\u0304' or '\u0323' or '\u0331') return null;
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(character switch
            {
                'ł' => "l", 'Ł' => "L", 'ø' => "o", 'Ø' => "O", 'đ' => "d", 'Đ' => "D", 'ı' => "i", 'ß' => "ss",
                'æ' => "ae", 'Æ' => "Ae", 'œ' => "oe", 'Œ' => "Oe", '’' or 'ʼ' or '‘' => "'",
                _ => character.ToString(),
            });
        }

        var plain = folded.ToString().Normalize(NormalizationForm.FormC);
        return plain == name || (plain.Length < 5 && !plain.Contains(' ')) ? null : plain;
    }

    /// <summary>The number of tokens in a key (0 for an empty one).</summary>
    public static int TokenCount(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;

    /// <summary>Adds the keys of the key's first 1, 2, ... tokens, short of the whole key, to <paramref name="prefixes"/>.</summary>
    public static void AddPrefixes(string key, HashSet<string> prefixes)
    {
        var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1)) lookup.Add(key.AsSpan(0, space));
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || name[^1] == ' ') return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == ' ' ? i == 0 || name[i - 1] == ' ' : !char.IsLetterOrDigit(c)) return false;
        }

        return true;
    }
}
