using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Infrastructure;
using NewsApi.Extraction.Entities;

namespace NewsApi.Features.Articles;

/// <summary>A page of an article list with its total and the facets asked for, or the entity filters that named several entities.</summary>
public sealed record ArticleList(Page<ArticleSummary> Page, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>Per filter (person, organisation, place) that names more than one entity, the message listing them.</summary>
    public IDictionary<string, string[]> Ambiguous { get; init; } = new Dictionary<string, string[]>();
}

public sealed partial class ArticleQueries(NewsDatabase database, ArticleSearchIndex index)
{
    // Snippets are the costly part of a search, so they are made for the page's articles only, not for every hit; found
    // by the index's rowid (article_id is a stored column: matching on it would read every hit).
    private const string SnippetsSql = """
        SELECT article_id AS Id, snippet(articles_fts, -1, char(2), char(3), '…', 24) AS Snippet
        FROM articles_fts WHERE articles_fts MATCH @Match AND rowid IN @RowIds
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

    // A mention's entity is its chain's, and its sentence a span of its field (migration 0015: stored once, not per mention).
    private const string MentionsSql = """
        SELECT c.entity_id AS EntityId, m.field AS Field, m.start AS Start, m.end AS "End", m.text AS Text,
               COALESCE(m.sentence, substr(CASE m.field WHEN 'headline' THEN a.headline WHEN 'caption' THEN a.caption ELSE a.body END,
                                           m.sentence_start, m.sentence_length)) AS Sentence
        FROM mentions m
        JOIN article_chains c ON c.article_id = m.article_id AND c.chain = m.chain
        JOIN articles a ON a.id = m.article_id
        WHERE m.article_id = @Id
        ORDER BY c.entity_id, CASE m.field WHEN 'headline' THEN 0 WHEN 'caption' THEN 1 ELSE 2 END, m.start
        """;

    /// <summary>
    /// GET /articles: resolves the entity filters, reads the page and, unless <paramref name="counted"/> is false (an
    /// export needs neither), counts the whole list and its facets; one connection, so one time limit, for all of it.
    /// </summary>
    public async Task<ArticleList> ListAsync(ArticleQuery query, bool counted, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var (entityIds, matchesNothing, ambiguous) = await ResolveEntityFiltersAsync(connection, query, ct);
        if (ambiguous.Count > 0 || matchesNothing)
        {
            // An unknown name is a search with no results, as for words no article has.
            var none = query.Facets.ToDictionary(name => name, _ => (IReadOnlyList<FacetCount>)[]);
            return new ArticleList(new Page<ArticleSummary>([], null) { Total = 0 }, none) { Ambiguous = ambiguous };
        }

        return await ListAsync(connection, query with { EntityIds = entityIds }, counted, ct);
    }

    /// <summary>GET /people/{id}/articles (and organisations, places): null when no entity of that type has the id.</summary>
    public async Task<Page<ArticleSummary>?> ListEntityArticlesAsync(string type, EntityArticlesSearch search, bool counted, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM entities WHERE id = @Id AND type = @Type)", new { search.Id, Type = type }, cancellationToken: ct)))
        {
            return null;
        }

        return (await ListAsync(connection, search.Query, counted, ct)).Page;
    }

    private async Task<ArticleList> ListAsync(SqliteConnection connection, ArticleQuery query, bool counted, CancellationToken ct)
    {
        // The search index gives a search's page and total by itself; facets and dedupe are counted in SQLite.
        if (query is { Search: not null, Collapse: false, Facets.Count: 0 } && await ReadIndexedPageAsync(connection, query, ct) is { } indexed)
        {
            return new ArticleList(counted ? indexed : indexed with { Total = null }, new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        var page = await ReadPageAsync(connection, query, ct);
        if (!counted)
        {
            return new ArticleList(page, new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        var (total, facets) = await CountAsync(connection, query, ct);
        return new ArticleList(page with { Total = total }, facets);
    }

    private static async Task<Page<ArticleSummary>> ReadPageAsync(SqliteConnection connection, ArticleQuery query, CancellationToken ct)
    {
        var (sql, args) = ArticlePlans.Page(query);
        var hits = (await connection.QueryAsync<ArticleSummary, long?, (ArticleSummary Summary, long? FtsRowId)>(
            new CommandDefinition(sql, args, cancellationToken: ct), (summary, rowId) => (summary, rowId), splitOn: "FtsRowId")).AsList();
        var rows = hits.Select(hit => hit.Summary).ToList();
        if (query.Search is not null && rows.Count > 0)
        {
            var snippets = await SnippetsAsync(connection, query, hits.Select(hit => hit.FtsRowId!.Value), ct);
            rows = rows.Select(row => row with { Snippet = snippets.GetValueOrDefault(row.Id) }).AsList();
        }

        return Page.FromRows(rows, query.Page.Limit, last => CursorAfter(query, last));
    }

    /// <summary>A search's page from the search index: the hits' articles from the database, in the index's order; null when the index cannot answer.</summary>
    private async Task<Page<ArticleSummary>?> ReadIndexedPageAsync(SqliteConnection connection, ArticleQuery query, CancellationToken ct)
    {
        if (await index.SearchAsync(query, ct) is not { } found)
        {
            return null;
        }

        // One statement for the page: its articles with their headlines and bodies, which the snippets are cut from.
        var (sql, args) = ArticlePlans.ByIds(found.Hits.Select(hit => hit.Id));
        var articles = (await connection.QueryAsync<ArticleSummary, string, (ArticleSummary Summary, string Body)>(
                new CommandDefinition(sql, args, cancellationToken: ct), (summary, body) => (summary, body), splitOn: "Body"))
            .ToDictionary(row => row.Summary.Id, StringComparer.Ordinal);
        var snippets = new ArticleSnippets(ArticleIndexQuery.Terms(query.Search!));
        var rows = found.Hits.Where(hit => articles.ContainsKey(hit.Id)).Select(hit => articles[hit.Id] is var (article, body)
            ? article with { Score = hit.Score, Snippet = snippets.For(article.Headline, body) } : null).OfType<ArticleSummary>().ToList();
        return Page.FromRows(rows, query.Page.Limit, last => CursorAfter(query, last)) with { Total = found.Total };
    }

    private static async Task<Dictionary<string, string?>> SnippetsAsync(
        SqliteConnection connection, ArticleQuery query, IEnumerable<long> ftsRowIds, CancellationToken ct) =>
        (await connection.QueryAsync<(string Id, string Snippet)>(new CommandDefinition(
            SnippetsSql, new { query.Match, RowIds = ftsRowIds.ToArray() }, cancellationToken: ct)))
            .ToDictionary(hit => hit.Id, hit => (string?)ArticleSnippets.ToHtml(hit.Snippet), StringComparer.Ordinal);

    private static string CursorAfter(ArticleQuery query, ArticleSummary last) => query.Page.CursorAfter(query.Sort switch
    {
        ArticleSort.Relevance => new ArticleKey(-last.Score, null),
        ArticleSort.Newest => new ArticleKey(null, last.Published?.ToString("yyyy-MM-dd", null) ?? ""),
        _ => new ArticleKey(null, last.Published?.ToString("yyyy-MM-dd", null) ?? "9999-12-31"),
    }, last.Id);

    /// <summary>The entity filters resolved to ids (an id, or any name of exactly one entity of the filter's type).</summary>
    private static async Task<(List<string> Ids, bool MatchesNothing, Dictionary<string, string[]> Ambiguous)> ResolveEntityFiltersAsync(
        SqliteConnection connection, ArticleQuery query, CancellationToken ct)
    {
        var ids = new List<string>(query.EntityIds);
        var ambiguous = new Dictionary<string, string[]>();
        var matchesNothing = false;
        foreach (var (type, value) in query.EntityNames)
        {
            var args = new { Type = type, Value = value, Key = NameKey.Of(value) };
            var matches = (await connection.QueryAsync<string>(new CommandDefinition(ResolveEntitySql, args, cancellationToken: ct))).AsList();
            switch (matches.Count)
            {
                case 0:
                    matchesNothing = true;
                    break;
                case 1:
                    ids.Add(matches[0]);
                    break;
                default:
                    ambiguous[type] = [$"'{value}' names {matches.Count} different {type} entities: {string.Join(", ", matches)}. Use one of these ids."];
                    break;
            }
        }

        return (ids, matchesNothing, ambiguous);
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
