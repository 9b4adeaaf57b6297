using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

public sealed partial class EntityQueries
{
    // Read from entity_co_mentions (built by the seeder) in its index order, so a page reads little more than its own rows.
    private const string CoMentionRowsSql = """
        SELECT c.other_id AS Target, e.type AS Type, e.name AS Name, c.articles AS Count, c.other_articles AS TargetArticles,
               (SELECT article_count FROM entity_statistics WHERE entity_id = @Id) AS SourceArticles,
               (SELECT article_count FROM corpus_statistics) AS TotalArticles
        """;

    private const string CoMentionsOfIdSql = """

        FROM entity_co_mentions c JOIN entities e ON e.id = c.other_id
        WHERE c.entity_id = @Id
        """;

    // The list's size (its first page's total) reads every edge of the entity: 1,601 for a person at 100k articles, half the
    // CPU of a profile, which shows five and no total.
    private const string CoMentionsSql = CoMentionRowsSql + """
        ,
               (SELECT COUNT(*) FROM entity_co_mentions WHERE entity_id = @Id) AS ListTotal
        """ + CoMentionsOfIdSql + """

          AND (@AfterId IS NULL OR (-c.articles, c.other_articles, c.other_id) > (-@AfterCount, @AfterTargetArticles, @AfterId))
        ORDER BY c.articles DESC, c.other_articles, c.other_id
        LIMIT @Take
        """;

    // The five the entity detail shows: the first page of the list above.
    private const string TopCoMentionsSql = CoMentionRowsSql + CoMentionsOfIdSql + """

        ORDER BY c.articles DESC, c.other_articles, c.other_id
        LIMIT 5;
        """;

    // The per-day counts of entity_timeline (built by the seeder); the API groups them into periods (TimelinePeriods).
    private const string TimelineSql = """
        SELECT published AS Published, articles AS Articles FROM entity_timeline WHERE entity_id = @Id ORDER BY published;
        SELECT COALESCE((SELECT article_count FROM entity_statistics WHERE entity_id = @Id), 0)
               - (SELECT COALESCE(SUM(articles), 0) FROM entity_timeline WHERE entity_id = @Id);
        """;

    /// <summary>The entity's co-occurrence edges, or null when no entity has that id.</summary>
    public async Task<Page<RelatedEntity>?> RelatedAsync(RelatedEntitySearch search, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM entities WHERE id = @Id)", new { search.Id }, cancellationToken: ct)))
        {
            return null;
        }

        return await CoMentionsAsync(connection, search, ct);
    }

    /// <summary>How many articles mention the entity per publication day, and how many carry no date; null when no entity has that id.</summary>
    public async Task<TimelineDays?> TimelineDaysAsync(EntityTypeInfo type, string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM entities WHERE id = @Id AND type = @Type)", new { Id = id, Type = type.Name }, cancellationToken: ct)))
        {
            return null;
        }

        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(TimelineSql, new { Id = id }, cancellationToken: ct));
        var days = (await results.ReadAsync<DayCount>()).AsList();
        return new TimelineDays(days, await results.ReadSingleAsync<long>());
    }

    private static async Task<Page<RelatedEntity>> CoMentionsAsync(SqliteConnection connection, RelatedEntitySearch search, CancellationToken ct)
    {
        var (limit, after) = (search.Page.Limit, search.Page.After);
        var args = new { search.Id, AfterId = after?.Id, AfterCount = after?.Key.Count, AfterTargetArticles = after?.Key.TargetArticles, Take = limit + 1 };
        var rows = (await connection.QueryAsync<CoMentionRow>(new CommandDefinition(CoMentionsSql, args, cancellationToken: ct))).AsList();
        return Page.FromCountedRows(rows, limit, firstPage: after is null, row => row.ListTotal, row => row.ToEdge(search.Id),
            last => search.Page.CursorAfter(new RelatedEntityKey(last.Count, last.TargetArticles), last.Target));
    }

    private sealed record CoMentionRow
    {
        public required string Target { get; init; }
        public required string Type { get; init; }
        public required string Name { get; init; }
        public long Count { get; init; }
        public long TargetArticles { get; init; }
        public long SourceArticles { get; init; }
        public long TotalArticles { get; init; }
        public long ListTotal { get; init; }

        public RelatedEntity ToEdge(string source)
        {
            var together = (double)Count / TotalArticles;
            var pmi = Math.Log2(together / ((double)SourceArticles / TotalArticles * ((double)TargetArticles / TotalArticles)));
            return new RelatedEntity
            {
                Source = source,
                Target = Target,
                Name = Name,
                Type = Type,
                Count = Count,
                Pmi = Math.Round(pmi, 4),
                Strength = Math.Round(Count == TotalArticles ? 1 : pmi / -Math.Log2(together), 4), // both in every article: fully tied
            };
        }
    }
}
