using System.Text.Json.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Articles;

/// <summary>A page of GET /articles: the rows, the next link, the exact total of the whole list and the facets asked for.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? Next) : IPage
{
    /// <summary>How many articles the whole list has (all pages), with the same filters and dedupe.</summary>
    public long Total { get; init; }

    /// <summary>True: the total is counted, not estimated.</summary>
    public bool TotalExact { get; init; } = true;

    /// <summary>Counts over the whole filtered list, per facet asked for; null without facets=.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets { get; init; }

    Type IPage.ItemType => typeof(ArticleSummary);

    System.Collections.IEnumerable IPage.Rows => Items;

    string? IPage.NextLink => Next;
}

/// <summary>
/// One value of a facet and its article count. Value is an entity id (label: its name), a section, or a month (yyyy-MM);
/// null counts the articles without a section or a date, so a facet's counts add up to the total.
/// </summary>
public sealed record FacetCount
{
    public string? Value { get; init; }
    public string? Label { get; init; }
    public long Count { get; init; }
}

public static class ArticleFacets
{
    /// <summary>Entity facets show their most frequent values only.</summary>
    public const int MaxEntityValues = 20;

    /// <summary>One per entity type (its most frequent entities), then section and published (per month).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. EntityTypes.All.Select(type => type.Name), "section", "published"];

    public static bool IsEntityType(string facet) => EntityTypes.All.Any(type => type.Name == facet);
}

public sealed partial class ArticleQueries
{
    /// <summary>The total and the facet counts of everything the query lists (every page, not the cursor's).</summary>
    private static async Task<(long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)> CountAsync(
        SqliteConnection connection, ArticleQuery query, CancellationToken ct)
    {
        var (sql, args) = ArticlePlans.Count(query);
        var rows = (await connection.QueryAsync<FacetRow>(new CommandDefinition(sql, args, cancellationToken: ct))).AsList();
        var byFacet = rows.ToLookup(row => row.Facet);
        var counts = query.Facets.ToDictionary(
            name => name,
            name => (IReadOnlyList<FacetCount>)byFacet[name]
                .OrderByDescending(row => row.Count).ThenBy(row => row.Value, StringComparer.Ordinal)
                .Take(name is "section" or "published" ? int.MaxValue : ArticleFacets.MaxEntityValues)
                .Select(row => new FacetCount { Value = row.Value, Label = row.Label, Count = row.Count })
                .ToList());
        return (byFacet["total"].Single().Count, counts);
    }

    private sealed record FacetRow
    {
        public required string Facet { get; init; }
        public string? Value { get; init; }
        public string? Label { get; init; }
        public long Count { get; init; }
    }
}
