using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Entities;

/// <summary>How two surface forms are compared: case-folded, curly quotes straightened, no "the", no possessive, no dots in "U.S.".</summary>
internal static partial class NameKey
{
    public static string Of(string surface)
    {
        var text = surface.Normalize(NormalizationForm.FormKC).Replace('’', '\'').Replace('‘', '\'');
        var key = string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        if (key.EndsWith("'s", StringComparison.Ordinal)) key = key[..^2];
        if (IsDottedAcronym(key)) return key.Replace(".", "", StringComparison.Ordinal);
        return WebSuffix().Replace(key, ""); // "CBC.ca" is CBC

    }

    /// <summary>The words of a key, for token-subset matching ("munir" in "syed asim munir").</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?<=\p{L})\.(?:com|org|net|gov|edu|co\.uk|ca|uk|au|in|pk)$", RegexOptions.CultureInvariant)]
    private static partial Regex WebSuffix();

    private static bool IsDottedAcronym(string key) =>
        key.Contains('.', StringComparison.Ordinal) && key.Split('.', StringSplitOptions.RemoveEmptyEntries).All(part => part.Length <= 2 && part.All(char.IsLetter));
}
