using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsApi.Infrastructure;

/// <summary>
/// One page of a list. A query returns it with <see cref="NextCursor"/>; <see cref="PagingExtensions.ToPage"/> turns that
/// into the next link (null on the last page), in the body and as an RFC 8288 Link header.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next) : IPage
{
    /// <summary>How many rows the whole list has (every page); left out by lists that do not count them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }

    /// <summary>True when Total is counted, not estimated; left out with Total.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalExact => Total is null ? null : true;

    /// <summary>The cursor that continues after this page, as the query made it; the response carries it inside Next.</summary>
    [JsonIgnore]
    public string? NextCursor { get; init; }

    Type IPage.ItemType => typeof(T);

    System.Collections.IEnumerable IPage.Rows => Items;

    string? IPage.NextLink => Next;
}

public static class Page
{
    /// <summary>A page from rows fetched with limit + 1: the extra row only tells that another page exists.</summary>
    public static Page<T> FromRows<T>(List<T> rows, int limit, Func<T, string> cursorAfter) =>
        rows.Count > limit ? new(rows[..limit], null) { NextCursor = cursorAfter(rows[limit - 1]) } : new(rows, null);

    /// <summary>
    /// <see cref="FromRows"/> for rows that each carry the whole list's size (COUNT(*) OVER ()), mapped to response items.
    /// A page past the end has no row to say the size, so it leaves the total out; an empty first page is an empty list.
    /// </summary>
    public static Page<TItem> FromCountedRows<TRow, TItem>(
        List<TRow> rows, int limit, bool firstPage, Func<TRow, long> listTotal, Func<TRow, TItem> toItem, Func<TRow, string> cursorAfter)
    {
        var page = FromRows(rows, limit, cursorAfter);
        return new Page<TItem>(page.Items.Select(toItem).ToList(), null)
        {
            NextCursor = page.NextCursor,
            Total = rows.Count > 0 ? listTotal(rows[0]) : firstPage ? 0 : null,
        };
    }
}

public static class PagingExtensions
{
    /// <summary>The page as the response sends it: its cursor becomes the next link, in the body and as a Link header.</summary>
    public static Page<T> ToPage<T>(this HttpContext http, Page<T> page) =>
        page.NextCursor is null ? page : page with { Next = http.NextLink(page.NextCursor) };

    /// <summary>This request's address with the cursor replaced, also set as the response's RFC 8288 Link header.</summary>
    public static string NextLink(this HttpContext http, string cursor)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(pair => !pair.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)))
            .Append(KeyValuePair.Create("cursor", (string?)cursor));
        var next = $"{http.Request.PathBase}{http.Request.Path}{QueryString.Create(query)}";
        // An export fetches its pages while it streams them, after its headers left; and it has no next page.
        if (!http.Items.ContainsKey(ExportFilter.Streaming))
        {
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return next;
    }
}

/// <summary>
/// Where the next page of a list starts: after the row with this sort key and id. List is a fingerprint of the request
/// that made it, so a cursor only continues its own list. Every list's cursor is one of these, with its own key type.
/// </summary>
public sealed record KeysetCursor<TKey>(string List, TKey Key, string Id)
{
    public string Encode() => Cursor.Encode(this);
}

/// <summary>A list request's limit and cursor, read once: the validator reports what is wrong, the query uses the values.</summary>
public sealed record PageRequest<TKey>(string List, int Limit, KeysetCursor<TKey>? After, bool LimitIsValid, bool CursorIsValid)
{
    public bool IsFirst => After is null;

    /// <summary>The cursor of the page that follows the row with this key and id.</summary>
    public string CursorAfter(TKey key, string id) => new KeysetCursor<TKey>(List, key, id).Encode();
}

public static class PageRequest
{
    /// <summary>Reads limit and cursor; a cursor is valid when it decodes, continues this list and its key passes the check.</summary>
    public static PageRequest<TKey> Read<TKey>(
        string? limit, string? cursor, string list, Func<TKey, bool>? keyIsValid = null, int defaultLimit = QueryValues.DefaultLimit)
    {
        KeysetCursor<TKey>? after = null;
        var cursorIsValid = cursor is null
            || (Cursor.TryDecode(cursor, out after) && after.List == list && after.Key is not null && keyIsValid?.Invoke(after.Key) != false);
        return new PageRequest<TKey>(list, QueryValues.LimitOrDefault(limit, defaultLimit), cursorIsValid ? after : null, QueryValues.IsLimit(limit), cursorIsValid);
    }
}

/// <summary>The limit and cursor rules and messages, the same for every list.</summary>
public static class PageRules
{
    public static readonly string LimitMessage = $"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.";
    public const string CursorMessage = "'cursor' is not a cursor of this list; use the 'next' link of the previous page unchanged.";

    public static void AddPageRules<T, TKey>(this AbstractValidator<T> validator, Func<T, PageRequest<TKey>> page)
        where T : IPagedQuery
    {
        validator.RuleFor(x => x.Limit).Must((query, _) => page(query).LimitIsValid).WithMessage(LimitMessage);
        validator.RuleFor(x => x.Cursor).Must((query, _) => page(query).CursorIsValid).WithMessage(CursorMessage);
    }
}

/// <summary>
/// Opaque cursors: base64url JSON. Decoding is strict, so a malformed, edited or borrowed cursor is a 400, never a 500
/// or a wrong page.
/// </summary>
public static class Cursor
{
    public const int MaxLength = 1024;

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
        if (cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
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
