using System.Text.Json.Serialization;
using Dapper;
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

    public static IReadOnlyList<string> Names { get; } = ["person", "organisation", "place", "section", "published"];
}

public sealed partial class ArticleQueries
{
    // One branch per facet asked for, over the listed articles; the total is always there.
    private const string TotalSql = "SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, COUNT(*) AS Count FROM listed";

    private static readonly Dictionary<string, string> FacetSql = new(StringComparer.OrdinalIgnoreCase)
    {
        ["section"] = "SELECT 'section', a.section, NULL, COUNT(*) FROM listed l JOIN articles a ON a.id = l.id GROUP BY a.section",
        ["published"] = "SELECT 'published', substr(a.published, 1, 7), NULL, COUNT(*) FROM listed l JOIN articles a ON a.id = l.id GROUP BY 2",
        ["entities"] = """
            SELECT e.type, e.id, e.name, COUNT(*) FROM listed l JOIN article_entities ae ON ae.article_id = l.id JOIN entities e ON e.id = ae.entity_id
            WHERE e.type IN @FacetTypes GROUP BY e.id
            """,
    };

    /// <summary>The total and the facet counts of everything the criteria list (every page, not the cursor's).</summary>
    public async Task<(long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)> CountAsync(
        ArticleCriteria criteria, IReadOnlyList<string> facets, CancellationToken ct)
    {
        var (listed, args, conditions) = Listed(criteria);
        var entityTypes = facets.Where(name => name is "person" or "organisation" or "place").ToList();
        args.Add("FacetTypes", entityTypes);
        var branches = facets.Where(name => name is "section" or "published").Append(entityTypes.Count > 0 ? "entities" : null)
            .OfType<string>().Select(name => FacetSql[name]).Prepend(TotalSql);
        // A plain search, list or entity's list counts from an index alone: joining every hit to its article only to
        // count it is the slowest part of a search for a common word.
        var plain = facets.Count == 0 && !criteria.Collapse;
        var sql = (plain, conditions.Count, criteria.Match, criteria.EntityIds.Count) switch
        {
            (true, 0, null, _) => "SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, COUNT(*) AS Count FROM articles",
            (true, 0, not null, _) => "SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, COUNT(*) AS Count FROM articles_fts WHERE articles_fts MATCH @Match",
            (true, 1, null, 1) => "SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, COUNT(*) AS Count FROM article_entities WHERE entity_id = @Entity0",
            _ => $"{listed}\n{string.Join("\nUNION ALL\n", branches)}",
        };
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<FacetRow>(new CommandDefinition(sql, args, cancellationToken: ct))).AsList();
        var byFacet = rows.ToLookup(row => row.Facet);
        var counts = facets.ToDictionary(
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
