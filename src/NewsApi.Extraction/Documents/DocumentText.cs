using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>Rules every stored text field of every format follows, applied once a reader is done.</summary>
internal static partial class DocumentText
{
    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="limit"/> characters at its last space (by character where it
    /// has none, as Chinese and Japanese, never inside a surrogate pair), with an ellipsis after.
    /// </summary>
    public static string Shortened(string text, int limit)
    {
        var cut = text.LastIndexOf(' ', limit);
        if (cut <= 0) cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..cut].TrimEnd(',', ' ') + "…";
    }

    /// <summary>
    /// The document with C0 control characters (other than tab and newline) and DEL removed from each text field:
    /// they are invisible, and search snippets use U+0002/U+0003 as highlight marks. A lone surrogate (half a
    /// character, which no encoding can write) becomes U+FFFD.
    /// </summary>
    public static NewsDocument WithoutControlCharacters(NewsDocument document) => document with
    {
        SourceFile = Strip(document.SourceFile)!,
        Section = Strip(document.Section),
        Headline = Strip(document.Headline)!,
        Dateline = Strip(document.Dateline),
        Caption = Strip(document.Caption),
        Credit = Strip(document.Credit),
        Subheadings = document.Subheadings.Any(HasControl) ? [.. document.Subheadings.Select(subheading => Strip(subheading)!)] : document.Subheadings,
        Body = Strip(document.Body)!,
        Record = Strip(document.Record),
        Author = Strip(document.Author),
        Url = Strip(document.Url),
        Publisher = Strip(document.Publisher),
    };

    /// <summary>An absolute http or https address; "javascript:alert(1)", "/relative" and "ftp://..." are not.</summary>
    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool HasControl(string text) => ControlCharacter().IsMatch(text);

    private static string? Strip(string? text) =>
        text is not null && HasControl(text) ? ControlCharacter().Replace(text, match => match.Value[0] is >= '\uD800' and <= '\uDFFF' ? "\uFFFD" : "") : text;

    // C0 but tab and newline, DEL, and a surrogate that is not half of a pair.
    [GeneratedRegex(@"[\x00-\x08\x0B-\x1F\x7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]", RegexOptions.CultureInvariant)]
    private static partial Regex ControlCharacter();
}
