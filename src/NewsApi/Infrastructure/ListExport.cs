using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure;

/// <summary>A list's query model: its limit and cursor as typed, and a copy of it that asks for another page.</summary>
public interface IPagedQuery
{
    string? Limit { get; }

    string? Cursor { get; }

    IPagedQuery WithPage(string? cursor, string limit);
}

/// <summary>What an export needs from a page of any item type.</summary>
public interface IPage
{
    Type ItemType { get; }
    IEnumerable Rows { get; }
    string? NextLink { get; }
}

/// <summary>The formats a list can be streamed in besides its JSON pages.</summary>
public sealed record ExportFormat(string Name, string ContentType)
{
    public static readonly ExportFormat Csv = new("csv", "text/csv");
    public static readonly ExportFormat Ndjson = new("ndjson", "application/x-ndjson");

    public const string Invalid = "'format' must be json, csv or ndjson.";

    /// <summary>True when the request asks for a CSV or NDJSON export (of a list; other routes answer JSON anyway).</summary>
    public static bool IsRequested(HttpRequest request) => TryRead(request, out var format) && format is not null;

    /// <summary>format= wins over the Accept header; null means the usual JSON page. False when format= is not one we know.</summary>
    public static bool TryRead(HttpRequest request, out ExportFormat? format)
    {
        format = null;
        if (request.Query.TryGetValue("format", out var value))
        {
            format = value.ToString().Trim().ToLowerInvariant() switch
            {
                "csv" => Csv,
                "ndjson" or "jsonl" => Ndjson,
                _ => null,
            };
            return format is not null || value.ToString().Trim().Equals("json", StringComparison.OrdinalIgnoreCase);
        }

        format = FromAccept(request.Headers.Accept);
        return true;
    }

    /// <summary>
    /// The export the Accept header prefers to JSON, by quality: "text/csv" alone is an export, "application/json,
    /// text/csv;q=0.5" and "text/csv;q=0" are not (an export answers with the whole list, so it is not guessed). On a tie the
    /// export, which a client names only on purpose.
    /// </summary>
    private static ExportFormat? FromAccept(IList<string> accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return null;
        }

        var (export, exportQuality, jsonQuality) = ((ExportFormat?)null, 0.0, 0.0);
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            var media = type.MediaType.Value ?? "";
            var named = media.Equals(Csv.ContentType, StringComparison.OrdinalIgnoreCase) ? Csv
                : media.Contains("ndjson", StringComparison.OrdinalIgnoreCase) ? Ndjson : null;
            if (named is not null && quality > exportQuality) (export, exportQuality) = (named, quality);
            else if (named is null && (type.MatchesAllTypes || media.Equals("application/*", StringComparison.OrdinalIgnoreCase) || media.EndsWith("json", StringComparison.OrdinalIgnoreCase)))
            {
                jsonQuality = Math.Max(jsonQuality, quality);
            }
        }

        return exportQuality > 0 && exportQuality >= jsonQuality ? export : null;
    }
}

/// <summary>Marks a list endpoint as exportable, for <see cref="ExportDocumentation"/>.</summary>
public sealed class ExportableMetadata;

/// <summary>
/// Streams a whole list as CSV or NDJSON: it runs the endpoint once per page, following the cursors, and writes each
/// page as it comes, so memory holds one page (<see cref="PageRows"/> rows), never the list. The endpoint and its
/// validation stay as they are.
/// </summary>
public sealed class ExportFilter : IEndpointFilter
{
    /// <summary>Set in HttpContext.Items while an export runs the endpoint, so it can leave out per-page extras (totals, facets).</summary>
    public const string Streaming = "NewsApi.Export.Streaming";

    /// <summary>
    /// Rows per query while exporting: past the limit a client may ask for (validation ran once, on the request), since
    /// each page costs a query, and a list sorted by an expression no index serves costs one sort of what is left per
    /// page (100,000 articles: 1,000 pages of 100 took 295 s). A page of 1,000 summaries is a few hundred KB.
    /// </summary>
    private const int PageRows = 1_000;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!ExportFormat.TryRead(context.HttpContext.Request, out var format))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [ExportFormat.Invalid] }, title: "The request has invalid parameters.");
        }

        var queryIndex = context.Arguments.ToList().FindIndex(argument => argument is IPagedQuery);
        if (format is null || queryIndex < 0)
        {
            return await next(context);
        }

        var query = (IPagedQuery)context.Arguments[queryIndex]!;
        context.HttpContext.Items[Streaming] = true;
        async Task<object?> FetchAsync(string? cursor)
        {
            context.Arguments[queryIndex] = query.WithPage(cursor, PageRows.ToString(CultureInfo.InvariantCulture));
            return await next(context);
        }

        var first = await FetchAsync(query.Cursor);
        // A 404 or another problem is answered as usual.
        return PageOf(first) is { } page ? new ExportResult(format, page, async cursor => PageOf(await FetchAsync(cursor))) : first;
    }

    private static IPage? PageOf(object? result) => result switch
    {
        IPage page => page,
        IValueHttpResult { Value: IPage page } => page,
        INestedHttpResult nested => PageOf(nested.Result),
        _ => null,
    };

    private sealed class ExportResult(ExportFormat format, IPage first, Func<string, Task<IPage?>> fetch) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = $"{format.ContentType}; charset=utf-8";
            var writer = RowWriter.For(format, first.ItemType);
            await using var text = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
            await writer.WriteHeaderAsync(text);
            for (var page = first; page is not null; page = page.NextLink is { } next ? await fetch(CursorOf(next)) : null)
            {
                foreach (var row in page.Rows)
                {
                    await writer.WriteRowAsync(text, row);
                }

                await text.FlushAsync(httpContext.RequestAborted);
            }
        }

        private static string CursorOf(string nextLink) =>
            QueryHelpers.ParseQuery(nextLink[nextLink.IndexOf('?', StringComparison.Ordinal)..])["cursor"].ToString();
    }
}

/// <summary>Writes rows of one item type: NDJSON as the JSON API writes them, CSV with a column per scalar property.</summary>
internal abstract class RowWriter
{
    public static RowWriter For(ExportFormat format, Type itemType) =>
        format == ExportFormat.Csv ? new CsvRowWriter(itemType) : new NdjsonRowWriter(itemType);

    public abstract Task WriteHeaderAsync(TextWriter text);

    public abstract Task WriteRowAsync(TextWriter text, object? row);

    private sealed class NdjsonRowWriter(Type itemType) : RowWriter
    {
        public override Task WriteHeaderAsync(TextWriter text) => Task.CompletedTask;

        public override Task WriteRowAsync(TextWriter text, object? row) =>
            text.WriteAsync(JsonSerializer.Serialize(row, itemType, JsonSerializerOptions.Web) + "\n");
    }

    /// <summary>
    /// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, semicolon, quote or line break.
    /// Text that a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with =, +, -, @, a tab or a
    /// carriage return) gets a leading apostrophe, which spreadsheets take as "this is text" and do not show; numbers,
    /// negative ones included, are left as they are. NDJSON and JSON carry the text unchanged.
    /// </summary>
    private sealed class CsvRowWriter(Type itemType) : RowWriter
    {
        private readonly PropertyInfo[] _columns = itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        public override Task WriteHeaderAsync(TextWriter text) =>
            text.WriteAsync(string.Join(',', _columns.Select(column => JsonNamingPolicy.CamelCase.ConvertName(column.Name))) + "\r\n");

        public override Task WriteRowAsync(TextWriter text, object? row) =>
            text.WriteAsync(string.Join(',', _columns.Select(column => Quote(Format(column.GetValue(row))))) + "\r\n");

        private static string Format(object? value) => value switch
        {
            null => "",
            string text => AsText(text),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => AsText(string.Join("; ", items.Cast<object?>().Select(Format))), // roles and names: one cell
            _ => AsText(JsonSerializer.Serialize(value, JsonSerializerOptions.Web)),
        };

        private static string AsText(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

        private static string Quote(string value) => value.AsSpan().IndexOfAny(",;\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}

public static class ExportExtensions
{
    /// <summary>Lets the list be streamed whole as CSV or NDJSON (format= or Accept); the JSON pages are unchanged.</summary>
    public static RouteHandlerBuilder Exportable(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ExportFilter>().WithMetadata(new ExportableMetadata());
}
