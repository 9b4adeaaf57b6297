namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads any supported news file: picks the reader by extension (.txt, .html/.htm, .json, .jsonl/.ndjson), or by the
/// first characters when the extension says nothing (an HTML page saved as .txt is still read as HTML).
/// </summary>
public static class DocumentReader
{
    /// <param name="fields">Field names of JSON exports; null for the recognised defaults.</param>
    /// <exception cref="DocumentFormatException">The file as a whole is not a readable news document.</exception>
    public static DocumentFile Read(string sourceFile, string content, JsonFieldNames? fields = null)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(content);
        var file = FormatOf(sourceFile, content) switch
        {
            DocumentFormat.Html => new DocumentFile([HtmlReader.Read(sourceFile, content)], []),
            DocumentFormat.Json => JsonRecordReader.ReadJson(sourceFile, content, fields ?? JsonFieldNames.Default),
            DocumentFormat.JsonLines => JsonRecordReader.ReadJsonLines(sourceFile, content, fields ?? JsonFieldNames.Default),
            _ => new DocumentFile([PlainTextReader.Read(sourceFile, content)], []),
        };
        return file with { Documents = [.. file.Documents.Select(Finish)] };
    }

    /// <summary>A file that holds exactly one article (text or HTML, or a JSON file with one record).</summary>
    /// <exception cref="DocumentFormatException">The file is unreadable or holds more or fewer than one article.</exception>
    public static NewsDocument ReadOne(string sourceFile, string content)
    {
        var file = Read(sourceFile, content);
        return file is { Documents: [var document], Failures: [] }
            ? document
            : throw new DocumentFormatException(
                $"holds {file.Documents.Count} readable articles and {file.Failures.Count} unreadable records; expected one article");
    }

    /// <summary>The properties under which a JSON object can hold an export's array of articles ({"articles": [...]}).</summary>
    public static IReadOnlyCollection<string> ExportArrayNames => JsonRecordReader.WrapperNames;

    /// <summary>
    /// One record of a JSON or JSON Lines export, given as its own JSON text (see <see cref="DocumentFile"/> for whole files).
    /// </summary>
    /// <param name="position">Where the record is in its file ("line 7", "item 3"): its identity when it has no id or URL.</param>
    /// <exception cref="DocumentFormatException">The record is not JSON, not an object, or has no article text.</exception>
    public static NewsDocument ReadRecord(string sourceFile, string json, string position, JsonFieldNames? fields = null) =>
        Finish(JsonRecordReader.ReadRecord(sourceFile, json, position, fields ?? JsonFieldNames.Default));

    /// <summary>
    /// The format of a file from its extension, or from its first characters (<paramref name="start"/>) when the
    /// extension says nothing: an HTML page saved as .txt is still HTML.
    /// </summary>
    public static DocumentFormat FormatOf(string sourceFile, ReadOnlySpan<char> start)
    {
        var extension = Path.GetExtension(sourceFile).ToLowerInvariant();
        start = start.TrimStart("\uFEFF \t\r\n");
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".json" => DocumentFormat.Json,
            ".jsonl" or ".ndjson" => DocumentFormat.JsonLines,
            _ when start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase) => DocumentFormat.Html,
            ".txt" or ".text" => DocumentFormat.PlainText,
            _ when start.StartsWith("{") || start.StartsWith("[") => DocumentFormat.Json,
            _ => DocumentFormat.PlainText,
        };
    }

    /// <summary>
    /// What every format shares once read: no control characters in any field, an address kept only when it is http(s)
    /// (a dropped one said so in the warnings), weekdays resolved against the date (which the readers chose with
    /// <see cref="PublishedDate.Choose"/>, so it is plausible).
    /// </summary>
    private static NewsDocument Finish(NewsDocument document)
    {
        document = DocumentText.WithoutControlCharacters(document);
        if (document.Headline.Length > MaxHeadlineLength)
        {
            document = document with
            {
                Headline = DocumentText.Shortened(document.Headline, MaxHeadlineLength - 1), // with its ellipsis, within the limit
                Warnings = [.. document.Warnings, $"headline of {document.Headline.Length:N0} characters cut to {MaxHeadlineLength}"],
            };
        }

        if (document.Url is { } url && !DocumentText.IsWebAddress(url))
        {
            document = document with
            {
                Url = null,
                Warnings = [.. document.Warnings, $"url '{(url.Length <= 60 ? url : url[..60] + "…")}' dropped: not an http(s) address"],
            };
        }

        return document.Published is { } date
            ? document with { DateReferences = WeekdayReferences.Resolve(document.Body, date) }
            : document;
    }

    /// <summary>
    /// Headlines are read, listed and searched as one line: the longest of the 3,741 Wikinews articles has 167 characters, so
    /// a "headline" of thousands is a broken or hostile document's, and is cut (the body keeps every word).
    /// </summary>
    public const int MaxHeadlineLength = 300;
}

/// <summary>The formats <see cref="DocumentReader"/> reads.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
    Json,
    JsonLines,
}
