using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsApi.Infrastructure;

/// <summary>One page of a list and the link to the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next) : IPage
{
    /// <summary>How many rows the whole list has (every page); left out by lists that do not count them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }

    /// <summary>True when Total is counted, not estimated; left out with Total.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalExact => Total is null ? null : true;

    Type IPage.ItemType => typeof(T);

    System.Collections.IEnumerable IPage.Rows => Items;

    string? IPage.NextLink => Next;
}

/// <summary>What a query returns: the rows of one page and, when more follow, the cursor that continues after them.</summary>
public sealed record Slice<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    /// <summary>The exact number of rows of the whole list, when the query counted them.</summary>
    public long? Total { get; init; }
}

public static class Slice
{
    /// <summary>Builds a slice from rows fetched with limit + 1: the extra row only tells that another page exists.</summary>
    public static Slice<T> FromRows<T>(List<T> rows, int limit, Func<T, string> cursorAfter) =>
        rows.Count > limit ? new(rows[..limit], cursorAfter(rows[limit - 1])) : new(rows, null);

    /// <summary>
    /// <see cref="FromRows"/> for rows that each carry the whole list's size (COUNT(*) OVER ()), mapped to response items.
    /// A page past the end has no row to say the size, so it leaves the total out; an empty first page is an empty list.
    /// </summary>
    public static Slice<TItem> FromCountedRows<TRow, TItem>(
        List<TRow> rows, int limit, bool firstPage, Func<TRow, long> listTotal, Func<TRow, TItem> toItem, Func<TRow, string> cursorAfter)
    {
        var slice = FromRows(rows, limit, cursorAfter);
        return new Slice<TItem>(slice.Items.Select(toItem).ToList(), slice.NextCursor)
        {
            Total = rows.Count > 0 ? listTotal(rows[0]) : firstPage ? 0 : null,
        };
    }
}

public static class PagingExtensions
{
    /// <summary>Turns a slice into the response page, with the next link both in the body and as an RFC 8288 Link header.</summary>
    public static Page<T> ToPage<T>(this HttpContext http, Slice<T> slice)
    {
        if (slice.NextCursor is null)
        {
            return new Page<T>(slice.Items, null) { Total = slice.Total };
        }

        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(pair => !pair.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)))
            .Append(KeyValuePair.Create("cursor", (string?)slice.NextCursor));
        var next = $"{http.Request.PathBase}{http.Request.Path}{QueryString.Create(query)}";
        http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        return new Page<T>(slice.Items, next) { Total = slice.Total };
    }
}

/// <summary>
/// Opaque keyset cursors: the sort key and id of the last row seen, plus a fingerprint of the query they belong to, as
/// base64url JSON. Decoding is strict, so a malformed, edited or borrowed cursor is a 400, never a 500 or a wrong page.
/// </summary>
public static class Cursor
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Encode<T>(T position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, Strict));

    public static bool TryDecode<T>(string cursor, [NotNullWhen(true)] out T? position)
        where T : class
    {
        position = null;
        if (cursor.Length > 1024 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        try
        {
            position = JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(cursor), Strict);
        }
        catch (JsonException)
        {
            return false;
        }

        return position is not null;
    }

    /// <summary>A short hash of the parameters that define a list's rows and order; a cursor only continues its own list.</summary>
    public static string Fingerprint(params string?[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))), 0, 8);
}
