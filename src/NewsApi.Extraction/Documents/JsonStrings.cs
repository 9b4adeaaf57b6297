using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>A JSON string's text, also when it escapes half a surrogate pair ("\ud800"), which .NET refuses to decode.</summary>
internal static partial class JsonStrings
{
    public static string? Of(JsonElement text)
    {
        try
        {
            return text.GetString();
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate, as a hostile or broken export writes it: U+FFFD in its place (as for pages), the rest kept. The
            // exception had ended the whole seed.
            using var repaired = JsonDocument.Parse(LoneSurrogateEscape().Replace(text.GetRawText(), "\\uFFFD"));
            return repaired.RootElement.GetString();
        }
    }

    // A high half not followed by a low half, or a low half not after a high one.
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex LoneSurrogateEscape();
}
