using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

public sealed partial class EntityQueries(NewsDatabase database, EntityNameIndex nameIndex)
{
    // Name search ranks an alias that starts with q (0) before one with a word starting with q (1) before any other
    // containing q (2); each entity shows its best-matching alias. Then more articles, then more mentions, then id, so the
    // order is total and a keyset cursor can continue it. Counts come from entity_statistics (built by the seeder), so a
    // list costs one row per entity whatever the number of articles.
    private const string SearchSql = """
        WITH matches AS (
            SELECT entity_id, alias,
                   CASE WHEN alias_key LIKE @Prefix ESCAPE '\' THEN 0 WHEN alias_key LIKE @WordPrefix ESCAPE '\' THEN 1 ELSE 2 END AS match_rank
            FROM entity_aliases WHERE alias_key LIKE @Contains ESCAPE '\'),
        best AS (
            SELECT entity_id, alias, match_rank,
                   ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY match_rank, length(alias), alias) AS n
            FROM matches),
        ranked AS (
            SELECT e.id AS Id, e.type AS Type, e.name AS Name, e.confidence AS Confidence, b.alias AS MatchedAlias, b.match_rank AS MatchRank,
                   COALESCE(s.article_count, 0) AS ArticleCount, COALESCE(s.mention_count, 0) AS MentionCount,
                   COUNT(*) OVER () AS ListTotal
            FROM best b JOIN entities e ON e.id = b.entity_id AND b.n = 1
            LEFT JOIN entity_statistics s ON s.entity_id = e.id
            WHERE (@Type IS NULL OR e.type = @Type) AND COALESCE(s.article_count, 0) >= @MinArticles)
        """ + PageOfRankedSql;

    private const string ListSql = """
        WITH ranked AS (
            SELECT e.id AS Id, e.type AS Type, e.name AS Name, e.confidence AS Confidence, NULL AS MatchedAlias, 0 AS MatchRank,
                   COALESCE(s.article_count, 0) AS ArticleCount, COALESCE(s.mention_count, 0) AS MentionCount,
                   COUNT(*) OVER () AS ListTotal
            FROM entities e LEFT JOIN entity_statistics s ON s.entity_id = e.id
            WHERE (@Type IS NULL OR e.type = @Type) AND COALESCE(s.article_count, 0) >= @MinArticles)
        """ + PageOfRankedSql;

    private const string PageOfRankedSql = """

        SELECT * FROM ranked
        WHERE @AfterId IS NULL OR (MatchRank, -ArticleCount, -MentionCount, Id) > (@AfterRank, -@AfterArticles, -@AfterMentions, @AfterId)
        ORDER BY MatchRank, ArticleCount DESC, MentionCount DESC, Id
        LIMIT @Take
        """;

    // The lookup's first try: aliases that start with q or have a word starting with q (ranks 0 and 1), found by a range
    // of the word index instead of reading every alias. Entities whose best match is inside a word (rank 2) sort after
    // all of these, so when this finds enough of them they are the answer; otherwise the full search runs.
    private const string WordPrefixSql = """
        WITH best AS (
            SELECT entity_id, alias, match_rank,
                   ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY match_rank, length(alias), alias) AS n
            FROM entity_alias_words WHERE word_key >= @Key AND word_key < @KeyEnd)
        SELECT e.id AS Id, e.type AS Type, e.name AS Name, e.confidence AS Confidence, b.alias AS MatchedAlias, b.match_rank AS MatchRank,
               COALESCE(s.article_count, 0) AS ArticleCount, COALESCE(s.mention_count, 0) AS MentionCount
        FROM best b JOIN entities e ON e.id = b.entity_id AND b.n = 1
        LEFT JOIN entity_statistics s ON s.entity_id = e.id
        ORDER BY MatchRank, ArticleCount DESC, MentionCount DESC, Id
        LIMIT @Take
        """;

    private const string DetailSql = """
        SELECT e.id AS Id, e.type AS Type, e.name AS Name, e.confidence AS Confidence,
               COALESCE(s.article_count, 0) AS ArticleCount, COALESCE(s.mention_count, 0) AS MentionCount,
               s.first_seen AS FirstSeen, s.last_seen AS LastSeen
        FROM entities e LEFT JOIN entity_statistics s ON s.entity_id = e.id
        WHERE e.id = @Id AND e.type = @Type;
        SELECT alias FROM entity_aliases WHERE entity_id = @Id ORDER BY alias;
        SELECT role AS Name, article_count AS ArticleCount, articles AS Articles
        FROM entity_role_statistics WHERE entity_id = @Id ORDER BY article_count DESC, role;
        SELECT alias AS Alias, mentions AS Mentions, article_count AS ArticleCount
        FROM entity_alias_usage WHERE entity_id = @Id ORDER BY mentions DESC, alias;
        """ + TopCoMentionsSql;

    public async Task<Page<EntitySummary>> ListAsync(EntityTypeInfo type, string? searchKey, int minArticles, PageRequest<EntityKey> page, CancellationToken ct)
    {
        if (searchKey is not null && await nameIndex.CurrentAsync(ct) is { } index)
        {
            return PageFromIndex(index, searchKey, type.Name, minArticles, page);
        }

        await using var connection = await database.OpenAsync(ct);
        return await PageAsync(connection, type, searchKey, minArticles, page, ct);
    }

    /// <summary>GET /entities: a page of the name search for the key across the three types.</summary>
    public async Task<Page<EntitySummary>> LookupAsync(string searchKey, PageRequest<EntityKey> page, CancellationToken ct)
    {
        if (await nameIndex.CurrentAsync(ct) is { } index)
        {
            return PageFromIndex(index, searchKey, type: null, minArticles: 0, page);
        }

        // One connection for both tries: opening a second one per lookup doubled its CPU.
        await using var connection = await database.OpenAsync(ct);
        if (page.IsFirst)
        {
            // Every key that starts with searchKey sorts below searchKey + the last code point.
            var args = new { Key = searchKey, KeyEnd = searchKey + char.ConvertFromUtf32(0x10FFFF), Take = page.Limit + 1 };
            var rows = (await connection.QueryAsync<EntityRow>(new CommandDefinition(WordPrefixSql, args, cancellationToken: ct))).AsList();
            if (rows.Count > page.Limit)
            {
                // The full search's rows carry the list's size; here it is counted apart (every alias containing the key).
                var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(DISTINCT entity_id) FROM entity_aliases WHERE alias_key LIKE @Contains ESCAPE '\\'",
                    new { Contains = $"%{EscapeLike(searchKey)}%" }, cancellationToken: ct));
                var first = Page.FromRows(rows, page.Limit, last => page.CursorAfter(last.Key, last.Id));
                return new Page<EntitySummary>([.. first.Items.Select(row => row.ToSummary())], null) { NextCursor = first.NextCursor, Total = total };
            }
        }

        return await PageAsync(connection, type: null, searchKey, minArticles: 0, page, ct);
    }

    private static Page<EntitySummary> PageFromIndex(EntityNameIndex.Snapshot index, string searchKey, string? type, int minArticles, PageRequest<EntityKey> page)
    {
        var (matches, total) = index.Search(searchKey, type, minArticles, page.After?.Key, page.After?.Id, page.Limit + 1);
        var rows = matches.Select(match => new EntityRow
        {
            Id = match.Entity.Id,
            Type = match.Entity.Type,
            Name = match.Entity.Name,
            Confidence = match.Entity.Confidence,
            MatchedAlias = match.Alias,
            MatchRank = match.Rank,
            ArticleCount = match.Entity.ArticleCount,
            MentionCount = match.Entity.MentionCount,
            ListTotal = total,
        }).ToList();
        return Page.FromCountedRows(rows, page.Limit, firstPage: page.IsFirst, row => row.ListTotal, row => row.ToSummary(),
            last => page.CursorAfter(last.Key, last.Id));
    }

    private static async Task<Page<EntitySummary>> PageAsync(
        SqliteConnection connection, EntityTypeInfo? type, string? searchKey, int minArticles, PageRequest<EntityKey> page, CancellationToken ct)
    {
        var rows = await ListRowsAsync(connection, type, searchKey, minArticles, page.Limit + 1, page.After, ct);
        return Page.FromCountedRows(rows, page.Limit, firstPage: page.IsFirst, row => row.ListTotal, row => row.ToSummary(),
            last => page.CursorAfter(last.Key, last.Id));
    }

    private static async Task<List<EntityRow>> ListRowsAsync(
        SqliteConnection connection, EntityTypeInfo? type, string? searchKey, int minArticles, int take, KeysetCursor<EntityKey>? after, CancellationToken ct)
    {
        var pattern = searchKey is null ? null : EscapeLike(searchKey);
        var args = new
        {
            Type = type?.Name,
            MinArticles = minArticles,
            Prefix = $"{pattern}%",
            WordPrefix = $"% {pattern}%",
            Contains = pattern is null ? null : $"%{pattern}%",
            AfterId = after?.Id,
            AfterRank = after?.Key.MatchRank,
            AfterArticles = after?.Key.ArticleCount,
            AfterMentions = after?.Key.MentionCount,
            Take = take,
        };
        return (await connection.QueryAsync<EntityRow>(new CommandDefinition(pattern is null ? ListSql : SearchSql, args, cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// The entity's profile, or null when no entity of the type has the id. Read without Dapper: a profile is the API's
    /// most requested answer, and mapping its five result sets through Dapper's grid reader cost more CPU than SQLite's
    /// work (<see cref="EntityJson"/> writes it).
    /// </summary>
    public async Task<EntityDetail?> FindAsync(EntityTypeInfo type, string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = ((DbConnection)connection).CreateCommand();
        command.CommandText = DetailSql;
        command.Parameters.Add(new SqliteParameter("@Id", id));
        command.Parameters.Add(new SqliteParameter("@Type", type.Name));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!reader.Read())
        {
            return null;
        }

        // Columns by position, in DetailSql's order (and CoMentionRowsSql's for the last result set). The lists are filled
        // from the result sets that follow.
        var aliases = new List<string>();
        var roles = new List<EntityRole>();
        var aliasUsage = new List<AliasUsage>();
        var coMentioned = new List<RelatedEntity>();
        var entityId = reader.GetString(0);
        var detail = new EntityDetail
        {
            Id = entityId,
            Type = reader.GetString(1),
            Name = reader.GetString(2),
            Confidence = reader.GetDouble(3),
            ArticleCount = reader.GetInt64(4),
            MentionCount = reader.GetInt64(5),
            FirstSeen = DateOrNull(reader, 6),
            LastSeen = DateOrNull(reader, 7),
            Aliases = aliases,
            Roles = roles,
            AliasUsage = aliasUsage,
            CoMentioned = coMentioned,
            Articles = $"/{type.Route}/{Uri.EscapeDataString(entityId)}/articles",
            Timeline = $"/{type.Route}/{Uri.EscapeDataString(entityId)}/timeline",
            Related = $"/entities/{Uri.EscapeDataString(entityId)}/related",
        };

        for (reader.NextResult(); reader.Read();)
        {
            aliases.Add(reader.GetString(0));
        }

        for (reader.NextResult(); reader.Read();)
        {
            roles.Add(new EntityRole
            {
                Name = reader.GetString(0),
                ArticleCount = reader.GetInt64(1),
                Articles = JsonSerializer.Deserialize(reader.GetString(2), EntityJson.Default.StringArray) ?? [],
            });
        }

        for (reader.NextResult(); reader.Read();)
        {
            aliasUsage.Add(new AliasUsage { Alias = reader.GetString(0), Mentions = reader.GetInt64(1), ArticleCount = reader.GetInt64(2) });
        }

        for (reader.NextResult(); reader.Read();)
        {
            coMentioned.Add(new CoMentionRow
            {
                Target = reader.GetString(0),
                Type = reader.GetString(1),
                Name = reader.GetString(2),
                Count = reader.GetInt64(3),
                TargetArticles = reader.GetInt64(4),
                SourceArticles = reader.IsDBNull(5) ? 0 : reader.GetInt64(5),
                TotalArticles = reader.GetInt64(6),
            }.ToEdge(entityId));
        }

        return detail;
    }

    private static DateOnly? DateOrNull(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateOnlyTypeHandler.FromText(reader.GetString(column));

    // A typed % or _ is matched literally (the queries say ESCAPE '\').
    private static string EscapeLike(string key) =>
        key.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private sealed record EntityRow
    {
        public required string Id { get; init; }
        public required string Type { get; init; }
        public required string Name { get; init; }
        public string? MatchedAlias { get; init; }
        public int MatchRank { get; init; }
        public long ArticleCount { get; init; }
        public long MentionCount { get; init; }
        public double Confidence { get; init; }
        public long ListTotal { get; init; }

        public EntityKey Key => new(MatchRank, ArticleCount, MentionCount);

        public EntitySummary ToSummary() => new()
        {
            Id = Id,
            Type = Type,
            Name = Name,
            MatchedAlias = MatchedAlias,
            ArticleCount = ArticleCount,
            MentionCount = MentionCount,
            Confidence = Confidence,
        };
    }
}
