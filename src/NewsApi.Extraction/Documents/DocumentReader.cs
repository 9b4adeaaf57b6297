namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads any supported news file: picks the reader by extension (.txt, .html/.htm, .json, .jsonl/.ndjson), or by the
/// first characters when the extension says nothing (an HTML page saved as .txt is still read as HTML).
/// </summary>
public static class DocumentReader
{
    private enum Format
    {
        PlainText,
        Html,
        Json,
        JsonLines,
    }

    /// <param name="fields">Field names of JSON exports; null for the recognised defaults.</param>
    /// <exception cref="DocumentFormatException">The file as a whole is not a readable news document.</exception>
    public static DocumentFile Read(string sourceFile, string content, JsonFieldNames? fields = null)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(content);
        var file = FormatOf(sourceFile, content) switch
        {
            Format.Html => new DocumentFile([HtmlReader.Read(sourceFile, content)], []),
            Format.Json => JsonRecordReader.ReadJson(sourceFile, content, fields ?? JsonFieldNames.Default),
            Format.JsonLines => JsonRecordReader.ReadJsonLines(sourceFile, content, fields ?? JsonFieldNames.Default),
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

    private static Format FormatOf(string sourceFile, string content)
    {
        var extension = Path.GetExtension(sourceFile).ToLowerInvariant();
        var start = content.AsSpan().TrimStart("\uFEFF \t\r\n");
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => Format.Html,
            ".json" => Format.Json,
            ".jsonl" or ".ndjson" => Format.JsonLines,
            _ when start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase) => Format.Html,
            ".txt" or ".text" => Format.PlainText,
            _ when start.StartsWith("{") || start.StartsWith("[") => Format.Json,
            _ => Format.PlainText,
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
}
