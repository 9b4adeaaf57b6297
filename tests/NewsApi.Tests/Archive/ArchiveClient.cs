using System.Net;
using System.Text.Json;
using NewsApi.Extraction.Entities;

namespace NewsApi.Tests.Archive;

/// <summary>An entity as the API shows it: in a list or lookup (no aliases) or in detail (with them).</summary>
public sealed record ApiEntity(string Id, string Type, string Name, long ArticleCount, IReadOnlyList<string> Aliases)
{
    public string Label => $"{Type} '{Id}' named '{Name}' ({ArticleCount} articles)";

    /// <summary>True when the name or one of the aliases is <paramref name="name"/>, compared as the API compares names.</summary>
    public bool IsNamed(string name) => NameKey.Of(Name) == NameKey.Of(name) || Aliases.Any(alias => NameKey.Of(alias) == NameKey.Of(name));
}

/// <summary>An answer other than the one the check needs (a 4xx or 5xx); the check records it as its failure.</summary>
public sealed class UnexpectedAnswerException(string message) : Exception(message);

/// <summary>The archive's HTTP API, read the way a client reads it: JSON only, following "next" links.</summary>
public sealed class ArchiveClient(HttpClient http)
{
    private const int PageSize = 100;

    public static string Route(string type) => type switch
    {
        "person" => "people",
        "organisation" => "organisations",
        "place" => "places",
        _ => throw new ArgumentException($"Unknown entity type '{type}'.", nameof(type)),
    };

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> GetOkAsync(string url)
    {
        var (status, body) = await GetAsync(url);
        return status == HttpStatusCode.OK ? body : throw new UnexpectedAnswerException($"GET {url} answered {Describe(status, body)}");
    }

    /// <summary>
    /// The entities of any type whose name or an alias is exactly <paramref name="name"/>, from GET /entities?q=. Reads the
    /// bare array of today and the {items, next, total} page it is becoming.
    /// </summary>
    public async Task<List<ApiEntity>> HoldersOfAsync(string name)
    {
        var body = await GetOkAsync($"/entities?q={Uri.EscapeDataString(name)}&limit={PageSize}");
        var items = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("items");
        return [.. items.EnumerateArray()
            .Where(item => NameKey.Of(item.GetProperty("name").GetString()!) == NameKey.Of(name)
                || (item.TryGetProperty("matchedAlias", out var alias) && alias.ValueKind == JsonValueKind.String && NameKey.Of(alias.GetString()!) == NameKey.Of(name)))
            .Select(item => ToEntity(item, aliases: []))];
    }

    /// <summary>GET /people/{id} (or organisations, places): the entity with its aliases, or null when there is none.</summary>
    public async Task<ApiEntity?> DetailAsync(string type, string id)
    {
        var url = $"/{Route(type)}/{Uri.EscapeDataString(id)}";
        var (status, body) = await GetAsync(url);
        if (status == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (status != HttpStatusCode.OK)
        {
            throw new UnexpectedAnswerException($"GET {url} answered {Describe(status, body)}");
        }

        return ToEntity(body, [.. body.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()!)]);
    }

    /// <summary>Every article id that GET /{type}/{id}/articles lists, all pages.</summary>
    public async Task<SortedSet<string>> ArticleIdsOfAsync(ApiEntity entity)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var item in AllItemsAsync($"/{Route(entity.Type)}/{Uri.EscapeDataString(entity.Id)}/articles?limit={PageSize}"))
        {
            ids.Add(item.GetProperty("id").GetString()!);
        }

        return ids;
    }

    /// <summary>The first <paramref name="count"/> entities of /people (or organisations, places), most articles first.</summary>
    public async Task<List<ApiEntity>> TopAsync(string route, int count)
    {
        var body = await GetOkAsync($"/{route}?limit={count}");
        return [.. body.GetProperty("items").EnumerateArray().Select(item => ToEntity(item, aliases: []))];
    }

    /// <summary>Every entity of a list, all pages.</summary>
    public async Task<List<ApiEntity>> AllAsync(string route)
    {
        var all = new List<ApiEntity>();
        await foreach (var item in AllItemsAsync($"/{route}?limit={PageSize}"))
        {
            all.Add(ToEntity(item, aliases: []));
        }

        return all;
    }

    /// <summary>Every article id of GET /articles, all pages.</summary>
    public async Task<SortedSet<string>> AllArticleIdsAsync()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var item in AllItemsAsync($"/articles?limit={PageSize}"))
        {
            ids.Add(item.GetProperty("id").GetString()!);
        }

        return ids;
    }

    /// <summary>The status and what a problem response says: its errors (an ambiguous filter lists the candidates) or detail.</summary>
    public static string Describe(HttpStatusCode status, JsonElement body)
    {
        var said = body.ValueKind != JsonValueKind.Object ? "" :
            body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                ? string.Join(" ", errors.EnumerateObject().SelectMany(error => error.Value.EnumerateArray()).Select(message => message.GetString()))
                : body.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
        return $"{(int)status} {said}".TrimEnd();
    }

    private async IAsyncEnumerable<JsonElement> AllItemsAsync(string url)
    {
        for (string? next = url; next is not null;)
        {
            var page = await GetOkAsync(next);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                yield return item;
            }

            next = page.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
        }
    }

    private static ApiEntity ToEntity(JsonElement item, IReadOnlyList<string> aliases) => new(
        item.GetProperty("id").GetString()!,
        item.GetProperty("type").GetString()!,
        item.GetProperty("name").GetString()!,
        item.TryGetProperty("articleCount", out var count) ? count.GetInt64() : 0,
        aliases);
}
