using System.Globalization;
using System.Text.Json;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads JSON exports: one article per record. A .json file holds one record, an array of them, or an object wrapping
/// the array ({"articles": [...]}); a .jsonl file one record per line. A bad record is reported and the others kept.
/// </summary>
internal static class JsonRecordReader
{
    public static readonly string[] WrapperNames = ["articles", "items", "data", "results", "posts", "stories", "documents"];

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <exception cref="DocumentFormatException">The file is not JSON, or holds no records.</exception>
    public static DocumentFile ReadJson(string sourceFile, string content, JsonFieldNames fields)
    {
        using var json = Parse(content, out var error)
            ?? throw new DocumentFormatException($"not valid JSON: {error}");
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object && WrappedArray(root, fields) is { } wrapped)
        {
            root = wrapped;
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            return new DocumentFile([ToParts(sourceFile, root, fields, position: null).ToDocument(NoTextReason(fields))], []);
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
        {
            throw new DocumentFormatException("no articles: the JSON is neither an article object nor a non-empty array of them");
        }

        var records = root.EnumerateArray().Select((record, index) => (record, string.Create(CultureInfo.InvariantCulture, $"item {index + 1}")));
        return ReadRecords(sourceFile, records, fields);
    }

    /// <exception cref="DocumentFormatException">The file has no records at all.</exception>
    public static DocumentFile ReadJsonLines(string sourceFile, string content, JsonFieldNames fields)
    {
        var lines = content.TrimStart('\uFEFF').Split('\n');
        var parsed = new List<JsonDocument>();
        var records = new List<(JsonElement, string)>();
        var failures = new List<RecordFailure>();
        try
        {
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index].Trim();
                var position = string.Create(CultureInfo.InvariantCulture, $"line {index + 1}");
                if (line.Length == 0)
                {
                    continue;
                }

                if (Parse(line, out var error) is { } json)
                {
                    parsed.Add(json);
                    records.Add((json.RootElement, position));
                }
                else
                {
                    failures.Add(new RecordFailure(position, $"not valid JSON: {error?.Replace("(line 1, ", "(", StringComparison.Ordinal)}"));
                }
            }

            if (records.Count == 0 && failures.Count == 0)
            {
                throw new DocumentFormatException("no articles: every line is blank");
            }

            var file = ReadRecords(sourceFile, records, fields);
            return file with { Failures = [.. failures, .. file.Failures] };
        }
        finally
        {
            parsed.ForEach(json => json.Dispose());
        }
    }

    /// <exception cref="DocumentFormatException">The record is not JSON, not an object, or has no article text.</exception>
    public static NewsDocument ReadRecord(string sourceFile, string json, string position, JsonFieldNames fields)
    {
        using var parsed = Parse(json, out var error)
            ?? throw new DocumentFormatException($"not valid JSON: {error?.Replace("(line 1, ", "(", StringComparison.Ordinal)}");
        var record = parsed.RootElement;
        return record.ValueKind == JsonValueKind.Object
            ? ToParts(sourceFile, record, fields, position).ToDocument(NoTextReason(fields))
            : throw new DocumentFormatException($"not an article object but a JSON {record.ValueKind.ToString().ToLowerInvariant()}");
    }

    private static DocumentFile ReadRecords(string sourceFile, IEnumerable<(JsonElement Record, string Position)> records, JsonFieldNames fields)
    {
        var documents = new List<NewsDocument>();
        var failures = new List<RecordFailure>();
        var positionOfRecord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (record, position) in records)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                failures.Add(new RecordFailure(position, $"not an article object but a JSON {record.ValueKind.ToString().ToLowerInvariant()}"));
                continue;
            }

            try
            {
                var document = ToParts(sourceFile, record, fields, position).ToDocument(NoTextReason(fields));
                if (!positionOfRecord.TryAdd(document.Record!, position))
                {
                    failures.Add(new RecordFailure(position, $"the same id or URL as {positionOfRecord[document.Record!]}: '{document.Record}'"));
                    continue;
                }

                documents.Add(document);
            }
            catch (DocumentFormatException exception)
            {
                failures.Add(new RecordFailure(position, exception.Message));
            }
        }

        return new DocumentFile(documents, failures);
    }

    private static ArticleParts ToParts(string sourceFile, JsonElement record, JsonFieldNames fields, string? position)
    {
        string? Text(ArticleField field) => fields.NamesOf(field).Select(name => TextOf(Find(record, name))).FirstOrDefault(text => text is not null);

        var body = fields.NamesOf(ArticleField.Body).Select(name => Find(record, name)).FirstOrDefault(value => value is not null);
        var url = Text(ArticleField.Url);
        return new ArticleParts
        {
            SourceFile = sourceFile,
            // The record's own identity when it has one, so an edited export replaces the same articles.
            Record = position is null ? null : Text(ArticleField.Id) ?? url ?? position,
            Headline = Text(ArticleField.Headline),
            Paragraphs = body is { ValueKind: JsonValueKind.Array } array
                ? [.. array.EnumerateArray().Select(item => TextOf(item)).OfType<string>()]
                : (TextOf(body) ?? "").Split('\n'),
            Caption = Text(ArticleField.Caption),
            Section = Text(ArticleField.Section),
            DateClaims = Text(ArticleField.Published) is { } published ? [new DateClaim(published, "json-field")] : [],
            Author = Text(ArticleField.Author),
            Url = url,
            Publisher = Text(ArticleField.Publisher),
        };
    }

    /// <summary>The value at a property name, or a dotted path of them ("source.name"); names match ignoring case.</summary>
    private static JsonElement? Find(JsonElement record, string name)
    {
        var current = record;
        foreach (var part in name.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var property = current.EnumerateObject().FirstOrDefault(candidate => string.Equals(candidate.Name, part, StringComparison.OrdinalIgnoreCase));
            if (property.Value.ValueKind == JsonValueKind.Undefined)
            {
                return null;
            }

            current = property.Value;
        }

        return current;
    }

    /// <summary>A string, a number, a list of them (joined with ", "), or an object's "name": "Jane Doe" from {"name": "Jane Doe"}.</summary>
    private static string? TextOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => NullIfBlank(JsonStrings.Of(text)),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        { ValueKind: JsonValueKind.Object } item => TextOf(Find(item, "name")),
        { ValueKind: JsonValueKind.Array } list => NullIfBlank(string.Join(", ", list.EnumerateArray().Select(item => TextOf(item)).OfType<string>())),
        _ => null,
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>{"articles": [...]}: an object that is not itself an article but holds an array of them.</summary>
    private static JsonElement? WrappedArray(JsonElement root, JsonFieldNames fields) =>
        fields.NamesOf(ArticleField.Body).Any(name => Find(root, name) is not null)
            ? null
            : WrapperNames.Select(name => Find(root, name)).FirstOrDefault(value => value?.ValueKind == JsonValueKind.Array);

    private static string NoTextReason(JsonFieldNames fields) =>
        $"no article text: none of the body fields ({string.Join(", ", fields.NamesOf(ArticleField.Body))}) holds a paragraph";

    private static JsonDocument? Parse(string json, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(json.TrimStart('\uFEFF'), Lenient);
        }
        catch (JsonException exception)
        {
            // The parser's message ends in zero-based positions; say where in words a user counts in.
            var message = exception.Message;
            var positions = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = string.Create(CultureInfo.InvariantCulture,
                $"{(positions >= 0 ? message[..positions] : message)} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
            return null;
        }
    }
}
