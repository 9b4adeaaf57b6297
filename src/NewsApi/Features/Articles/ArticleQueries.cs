using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Infrastructure;
using NewsApi.Storage.Writing;

namespace NewsApi.Features.Articles;

/// <summary>What to list: a translated FTS5 expression, resolved entity ids, dates, section, order and page.</summary>
public sealed record ArticleCriteria
{
    public string? Match { get; init; }
    public IReadOnlyList<string> EntityIds { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Section { get; init; }
    public ArticleSort Sort { get; init; }
    public required PageRequest<ArticleKey> Page { get; init; }

    /// <summary>dedupe=collapse: one article per story (its representative when it matches, else its first match by id).</summary>
    public bool Collapse { get; init; }
}

/// <summary>The entity filters of a search, resolved from ids or names; errors name ambiguous filters and their candidates.</summary>
public sealed record EntityFilters(IReadOnlyList<string> EntityIds, bool MatchesNothing, IDictionary<string, string[]> Errors);

public sealed partial class ArticleQueries(NewsDatabase database)
{
    // Snippet markers that cannot occur in text: the snippet is HTML-escaped first, then they become <b> and </b>.
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    // The FTS table's columns are (article_id, headline, body): a headline match weighs four body matches.
    private const string HitsSql = """
        WITH hits AS (
            SELECT rowid AS fts_rowid, article_id, bm25(articles_fts, 0.0, 4.0, 1.0) AS rank
            FROM articles_fts WHERE articles_fts MATCH @Match)
        """;

    // Snippets are the costly part of a search, so they are made for the page's articles only, not for every hit; found
    // by the index's rowid (article_id is a stored column: matching on it would read every hit).
    private const string SnippetsSql = """
        SELECT article_id AS Id, snippet(articles_fts, -1, char(2), char(3), '…', 24) AS Snippet
        FROM articles_fts WHERE articles_fts MATCH @Match AND rowid IN @RowIds
        """;

    // dedupe=collapse hides an article when another matching member of its story comes first: the story's representative,
    // or, when the representative does not match, the matching member with the smallest id.
    private const string NotHiddenByStorySql = """
        NOT EXISTS (
            SELECT 1 FROM story_articles me
            JOIN stories st ON st.id = me.story_id
            JOIN story_articles other ON other.story_id = me.story_id AND other.article_id <> me.article_id
            WHERE me.article_id = m.id AND other.article_id IN (SELECT id FROM matching)
              AND (other.article_id = st.representative_id OR (m.id <> st.representative_id AND other.article_id < m.id)))
        """;

    private const string ResolveEntitySql = """
        SELECT e.id FROM entities e WHERE e.type = @Type AND e.id = @Value
        UNION
        SELECT e.id FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
        WHERE e.type = @Type AND a.alias_key = @Key AND NOT EXISTS (SELECT 1 FROM entities WHERE type = @Type AND id = @Value)
        ORDER BY 1
        """;

    private const string ArticleSql = """
        SELECT id AS Id, section AS Section, headline AS Headline, headline_derived AS HeadlineDerived, published AS Published,
               dateline AS Dateline, caption AS Caption, credit AS Credit, subheadings AS Subheadings, body AS Body, word_count AS WordCount,
               published_source AS PublishedSource, author AS Author, url AS Url, publisher AS Publisher, source_file AS SourceFile,
               NULLIF(record, '') AS Record, date_references AS DateReferences
        FROM articles WHERE id = @Id
        """;

    private const string ArticleEntitiesSql = """
        SELECT e.id AS Id, e.name AS Name, e.type AS Type, ae.mention_count AS MentionCount, ae.salience AS Salience,
               (SELECT json_group_array(role) FROM (
                    SELECT role FROM entity_roles r WHERE r.article_id = ae.article_id AND r.entity_id = e.id ORDER BY role)) AS Roles
        FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
        WHERE ae.article_id = @Id
        ORDER BY ae.salience DESC, e.id
        """;

    private const string MentionsSql = """
        SELECT entity_id AS EntityId, field AS Field, start AS Start, end AS "End", text AS Text, sentence AS Sentence
        FROM mentions WHERE article_id = @Id
        ORDER BY entity_id, CASE field WHEN 'headline' THEN 0 WHEN 'caption' THEN 1 ELSE 2 END, start
        """;

    public async Task<EntityFilters> ResolveEntityFiltersAsync(ArticleSearch search, CancellationToken ct)
    {
        if (new[] { search.Person, search.Organisation, search.Place }.All(string.IsNullOrWhiteSpace))
        {
            return new EntityFilters([], MatchesNothing: false, new Dictionary<string, string[]>()); // no connection for nothing to resolve
        }

        await using var connection = await database.OpenAsync(ct);
        var ids = new List<string>();
        var errors = new Dictionary<string, string[]>();
        var matchesNothing = false;
        // Each filter parameter is named after its entity type.
        foreach (var (type, value) in new[] { ("person", search.Person), ("organisation", search.Organisation), ("place", search.Place) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var args = new { Type = type, Value = value.Trim(), Key = NameKey.Of(value) };
            var matches = (await connection.QueryAsync<string>(new CommandDefinition(ResolveEntitySql, args, cancellationToken: ct))).AsList();
            switch (matches.Count)
            {
                case 0:
                    matchesNothing = true; // an unknown name is a search with no results, as for words no article has
                    break;
                case 1:
                    ids.Add(matches[0]);
                    break;
                default:
                    errors[type] = [$"'{value}' names {matches.Count} different {type} entities: {string.Join(", ", matches)}. Use one of these ids."];
                    break;
            }
        }

        return new EntityFilters(ids, matchesNothing, errors);
    }

    public async Task<Page<ArticleSummary>> SearchAsync(ArticleCriteria criteria, CancellationToken ct)
    {
        var (listed, args, conditions) = Listed(criteria);
        args.Add("Take", criteria.Page.Limit + 1);
        var (sortKey, direction, after) = criteria.Sort switch
        {
            ArticleSort.Relevance => ("h.rank", ">", (object?)criteria.Page.After?.Key.Rank),
            // Undated articles come last in both date orders, so the key is never NULL.
            ArticleSort.Newest => ("COALESCE(a.published, '')", "<", criteria.Page.After?.Key.Date),
            _ => ("COALESCE(a.published, '9999-12-31')", ">", criteria.Page.After?.Key.Date),
        };
        if (criteria.Page.After is not null)
        {
            args.Add("AfterKey", after);
            args.Add("AfterId", criteria.Page.After.Id);
        }

        string Continues(string id) => criteria.Page.After is null ? "1 = 1" : $"({sortKey} {direction} @AfterKey OR ({sortKey} = @AfterKey AND {id} > @AfterId))";
        // A search's rows carry their score and full-text rowid (for the snippets); a list's have neither.
        var columns = $"""
            SELECT a.id AS Id, a.headline AS Headline, a.section AS Section, a.published AS Published,
                   a.dateline AS Dateline, a.word_count AS WordCount, NULL AS Snippet, sa.story_id AS StoryId,
                   {(criteria.Match is null ? "NULL AS Score, NULL" : "-h.rank AS Score, h.fts_rowid")} AS FtsRowId
            """;
        string sql;
        if (criteria.Match is not null && criteria.Sort == ArticleSort.Relevance && conditions.Count == 0 && !criteria.Collapse)
        {
            // Nothing to filter on the articles themselves: the full-text index ranks and cuts the page first, and only
            // the page's hits are joined to their articles (joining every hit costs more than ranking them).
            sql = $"""
                {HitsSql},
                page AS (SELECT fts_rowid, article_id, rank FROM hits h WHERE {Continues("h.article_id")} ORDER BY rank, article_id LIMIT @Take)
                {columns}
                FROM page h JOIN articles a ON a.id = h.article_id
                LEFT JOIN story_articles sa ON sa.article_id = a.id
                ORDER BY h.rank, a.id
                """;
        }
        else if (criteria.Match is null && criteria.EntityIds.Count > 0 && !criteria.Collapse)
        {
            // An entity's articles by date: read in order from the links' date index (migration 0007) and stopped at the
            // page, instead of fetching and sorting every article of the entity. Its sort key is the index's expression.
            var linkKey = criteria.Sort == ArticleSort.Newest ? "COALESCE(ae.published, '')" : "COALESCE(ae.published, '9999-12-31')";
            var continues = criteria.Page.After is null ? "1 = 1" : $"({linkKey} {direction} @AfterKey OR ({linkKey} = @AfterKey AND ae.article_id > @AfterId))";
            sql = $"""
                {columns}
                FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                LEFT JOIN story_articles sa ON sa.article_id = a.id
                WHERE ae.entity_id = @Entity0 AND {string.Join(" AND ", conditions.Skip(1).Append(continues))}
                ORDER BY {linkKey} {(direction == "<" ? "DESC" : "ASC")}, ae.article_id
                LIMIT @Take
                """;
        }
        else
        {
            if (criteria.Collapse)
            {
                conditions.Add("a.id IN (SELECT id FROM listed)");
            }

            conditions.Add(Continues("a.id"));
            sql = $"""
                {(criteria.Collapse ? listed : criteria.Match is null ? "" : HitsSql)}
                {columns}
                {(criteria.Match is null ? "FROM articles a" : "FROM hits h JOIN articles a ON a.id = h.article_id")}
                LEFT JOIN story_articles sa ON sa.article_id = a.id
                WHERE {string.Join(" AND ", conditions)}
                ORDER BY {sortKey} {(direction == "<" ? "DESC" : "ASC")}, a.id
                LIMIT @Take
                """;
        }

        await using var connection = await database.OpenAsync(ct);
        var hits = (await connection.QueryAsync<ArticleSummary, long?, (ArticleSummary Summary, long? FtsRowId)>(
            new CommandDefinition(sql, args, cancellationToken: ct), (summary, rowId) => (summary, rowId), splitOn: "FtsRowId")).AsList();
        var rows = hits.Select(hit => hit.Summary).ToList();
        if (criteria.Match is not null && rows.Count > 0)
        {
            var snippets = (await connection.QueryAsync<(string Id, string Snippet)>(new CommandDefinition(
                SnippetsSql, new { criteria.Match, RowIds = hits.Select(hit => hit.FtsRowId).ToArray() }, cancellationToken: ct)))
                .ToDictionary(hit => hit.Id, hit => hit.Snippet, StringComparer.Ordinal);
            rows = rows.Select(row => row with { Snippet = ToHtml(snippets.GetValueOrDefault(row.Id)) }).AsList();
        }

        return Page.FromRows(rows, criteria.Page.Limit, last => criteria.Page.CursorAfter(criteria.Sort switch
        {
            ArticleSort.Relevance => new ArticleKey(-last.Score, null),
            ArticleSort.Newest => new ArticleKey(null, last.Published?.ToString("yyyy-MM-dd", null) ?? ""),
            _ => new ArticleKey(null, last.Published?.ToString("yyyy-MM-dd", null) ?? "9999-12-31"),
        }, last.Id));
    }

    /// <summary>
    /// The CTEs that define which articles a search lists, whatever the page: 'matching' applies the search and filters,
    /// 'listed' then drops the articles that dedupe=collapse hides behind another member of their story. Also the
    /// filters alone, as conditions on articles a, for queries that need no CTE.
    /// </summary>
    private static (string Sql, DynamicParameters Args, List<string> Conditions) Listed(ArticleCriteria criteria)
    {
        var args = new DynamicParameters(new { criteria.Match });
        var conditions = new List<string>();
        for (var i = 0; i < criteria.EntityIds.Count; i++)
        {
            conditions.Add($"a.id IN (SELECT article_id FROM article_entities WHERE entity_id = @Entity{i})");
            args.Add($"Entity{i}", criteria.EntityIds[i]);
        }

        if (criteria.From is { } from)
        {
            conditions.Add("a.published >= @From");
            args.Add("From", from);
        }

        if (criteria.To is { } to)
        {
            conditions.Add("a.published <= @To");
            args.Add("To", to);
        }

        if (criteria.Section is not null)
        {
            conditions.Add("a.section = @Section COLLATE NOCASE");
            args.Add("Section", criteria.Section);
        }

        var sql = $"""
            {(criteria.Match is null ? "WITH" : HitsSql + ",")}
            matching AS (
                SELECT a.id FROM {(criteria.Match is null ? "articles a" : "hits h JOIN articles a ON a.id = h.article_id")}
                WHERE {(conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions))}),
            listed AS (SELECT m.id FROM matching m WHERE {(criteria.Collapse ? NotHiddenByStorySql : "1 = 1")})
            """;
        return (sql, args, conditions);
    }

    public async Task<ArticleDetail?> FindAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(ArticleSql, new { Id = id }, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var entities = await QueryEntitiesAsync(connection, id, ct);
        return new ArticleDetail
        {
            Id = row.Id,
            Section = row.Section,
            Headline = row.Headline,
            HeadlineDerived = row.HeadlineDerived,
            Published = row.Published,
            Dateline = row.Dateline,
            Caption = row.Caption,
            Credit = row.Credit,
            Subheadings = JsonSerializer.Deserialize<string[]>(row.Subheadings) ?? [],
            Body = row.Body,
            WordCount = row.WordCount,
            PublishedSource = row.PublishedSource,
            Author = row.Author,
            Url = row.Url,
            Publisher = row.Publisher,
            SourceFile = row.SourceFile,
            Record = row.Record,
            DateReferences = JsonSerializer.Deserialize<DateReferenceDetail[]>(row.DateReferences, JsonSerializerOptions.Web) ?? [],
            Entities = entities,
        };
    }

    /// <summary>The article's entities with every mention, or null when there is no such article.</summary>
    public async Task<IReadOnlyList<ArticleEntityMentions>?> FindEntityMentionsAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM articles WHERE id = @Id)", new { Id = id }, cancellationToken: ct)))
        {
            return null;
        }

        var entities = await QueryEntitiesAsync(connection, id, ct);
        var mentions = (await connection.QueryAsync<MentionRow>(new CommandDefinition(MentionsSql, new { Id = id }, cancellationToken: ct)))
            .ToLookup(mention => mention.EntityId);
        return entities.Select(entity => new ArticleEntityMentions
        {
            Id = entity.Id,
            Name = entity.Name,
            Type = entity.Type,
            Roles = entity.Roles,
            Salience = entity.Salience,
            Mentions = mentions[entity.Id].Select(m => new MentionDetail
            {
                Field = m.Field,
                Start = m.Start,
                End = m.End,
                Text = m.Text,
                Sentence = m.Sentence,
            }).ToList(),
        }).ToList();
    }

    private static async Task<List<ArticleEntity>> QueryEntitiesAsync(SqliteConnection connection, string id, CancellationToken ct) =>
        (await connection.QueryAsync<ArticleEntityRow>(new CommandDefinition(ArticleEntitiesSql, new { Id = id }, cancellationToken: ct)))
            .Select(row => new ArticleEntity
            {
                Id = row.Id,
                Name = row.Name,
                Type = row.Type,
                Roles = JsonSerializer.Deserialize<string[]>(row.Roles) ?? [],
                MentionCount = row.MentionCount,
                Salience = row.Salience,
            })
            .ToList();

    // Paragraph breaks inside a snippet read as one line in a result list.
    private static string? ToHtml(string? snippet) => snippet is null
        ? null
        : Whitespace().Replace(WebUtility.HtmlEncode(snippet), " ")
            .Replace(MatchStart.ToString(), "<b>", StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), "</b>", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record ArticleRow
    {
        public required string Id { get; init; }
        public string? Section { get; init; }
        public required string Headline { get; init; }
        public bool HeadlineDerived { get; init; }
        public DateOnly? Published { get; init; }
        public string? Dateline { get; init; }
        public string? Caption { get; init; }
        public string? Credit { get; init; }
        public required string Subheadings { get; init; }
        public required string Body { get; init; }
        public int WordCount { get; init; }
        public string? PublishedSource { get; init; }
        public string? Author { get; init; }
        public string? Url { get; init; }
        public string? Publisher { get; init; }
        public required string SourceFile { get; init; }
        public string? Record { get; init; }
        public required string DateReferences { get; init; }
    }

    private sealed record ArticleEntityRow
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Type { get; init; }
        public int MentionCount { get; init; }
        public double Salience { get; init; }
        public required string Roles { get; init; }
    }

    private sealed record MentionRow
    {
        public required string EntityId { get; init; }
        public required string Field { get; init; }
        public int Start { get; init; }
        public int End { get; init; }
        public required string Text { get; init; }
        public required string Sentence { get; init; }
    }
}
