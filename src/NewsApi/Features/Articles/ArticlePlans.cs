using Dapper;

namespace NewsApi.Features.Articles;

/// <summary>
/// The SQL of an article list, one small plan per kind of request. <see cref="Page"/> picks the plan that reads one page
/// (limit + 1 rows, in the list's order, after the cursor); <see cref="Count"/> the one that counts the whole list and
/// its facets. Every plan lists the same articles for the same query: they differ only in how SQLite gets to them.
/// </summary>
internal static class ArticlePlans
{
    // The FTS table's columns are (article_id, headline, body): a headline match weighs four body matches.
    private const string HitsSql = """
        hits AS (
            SELECT rowid AS fts_rowid, article_id, bm25(articles_fts, 0.0, 4.0, 1.0) AS rank
            FROM articles_fts WHERE articles_fts MATCH @Match)
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

    private const string TotalSql = "SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, COUNT(*) AS Count";

    // One branch per facet asked for, over the listed articles.
    private static readonly Dictionary<string, string> FacetSql = new(StringComparer.OrdinalIgnoreCase)
    {
        ["section"] = "SELECT 'section', a.section, NULL, COUNT(*) FROM listed l JOIN articles a ON a.id = l.id GROUP BY a.section",
        ["published"] = "SELECT 'published', substr(a.published, 1, 7), NULL, COUNT(*) FROM listed l JOIN articles a ON a.id = l.id GROUP BY 2",
        // CROSS JOIN fixes the order: from the listed articles to their links to the entities by id. Left to itself SQLite
        // starts from every entity of the types asked, with or without ANALYZE (3,741 Wikinews articles, 18,684
        // entities, a place in 20 articles: 27 -> 1.5 ms of CPU).
        ["entities"] = """
            SELECT e.type, e.id, e.name, COUNT(*) FROM listed l CROSS JOIN article_entities ae ON ae.article_id = l.id CROSS JOIN entities e ON e.id = ae.entity_id
            WHERE e.type IN @FacetTypes GROUP BY e.id
            """,
    };

    /// <summary>The plan that reads one page of the list.</summary>
    public static (string Sql, DynamicParameters Args) Page(ArticleQuery query) => query switch
    {
        { Search: not null, Sort: ArticleSort.Relevance, HasArticleFilters: false, Collapse: false } => RankedInTheIndex(query),
        { Search: null, EntityIds.Count: > 0, Collapse: false } => EntityArticlesByDate(query),
        _ => FilteredAndSorted(query),
    };

    /// <summary>The list rows of these articles (found by the search index) and their bodies, in no particular order.</summary>
    public static (string Sql, DynamicParameters Args) ByIds(IEnumerable<string> ids) => ("""
        SELECT a.id AS Id, a.headline AS Headline, a.section AS Section, a.published AS Published,
               a.dateline AS Dateline, a.word_count AS WordCount, sa.story_id AS StoryId, a.body AS Body
        FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
        WHERE a.id IN @Ids
        """, new DynamicParameters(new { Ids = ids.ToArray() }));

    /// <summary>The plan that counts the whole list (every page) and its facets.</summary>
    public static (string Sql, DynamicParameters Args) Count(ArticleQuery query)
    {
        var args = Arguments(query);
        var entityTypes = query.Facets.Where(ArticleFacets.IsEntityType).ToList();
        if (entityTypes.Count > 0)
        {
            args.Add("FacetTypes", entityTypes);
        }

        if (query is { Search: null, Collapse: false, From: null, To: null, Section: null, EntityIds.Count: 1 })
        {
            return (OneEntitysCounts(query.Facets, entityTypes.Count > 0), args);
        }

        // A plain search or list counts from an index alone: joining every hit to its article only to count it is the
        // slowest part of a search for a common word.
        if (query is { Facets.Count: 0, Collapse: false, From: null, To: null, Section: null, EntityIds.Count: 0 })
        {
            return (query.Search is not null ? $"{TotalSql} FROM articles_fts WHERE articles_fts MATCH @Match" : $"{TotalSql} FROM articles", args);
        }

        var branches = query.Facets.Where(name => name is "section" or "published").Append(entityTypes.Count > 0 ? "entities" : null)
            .OfType<string>().Select(name => FacetSql[name]).Prepend($"{TotalSql} FROM listed");
        return ($"{Listed(query)}\n{string.Join("\nUNION ALL\n", branches)}", args);
    }

    /// <summary>
    /// One entity's articles, unfiltered: the total and facets from the entity's statistics (built with the links, see
    /// EntityStatisticsBuilder), one row per section, day or co-mentioned entity instead of one per listed article and
    /// link. The entity's own row is a value of its type's facet, in every one of its articles.
    /// </summary>
    private static string OneEntitysCounts(IReadOnlyList<string> facets, bool entityFacets)
    {
        const string total = "COALESCE((SELECT article_count FROM entity_statistics WHERE entity_id = @Entity0), 0)";
        var branches = new List<string> { $"SELECT 'total' AS Facet, NULL AS Value, NULL AS Label, {total} AS Count" };
        if (facets.Contains("section"))
        {
            branches.Add("SELECT 'section', section, NULL, articles FROM entity_sections WHERE entity_id = @Entity0");
            branches.Add($"SELECT 'section', NULL, NULL, {total} - (SELECT COALESCE(SUM(articles), 0) FROM entity_sections WHERE entity_id = @Entity0)");
        }

        if (facets.Contains("published"))
        {
            branches.Add("SELECT 'published', substr(published, 1, 7), NULL, SUM(articles) FROM entity_timeline WHERE entity_id = @Entity0 GROUP BY 2");
            branches.Add($"SELECT 'published', NULL, NULL, {total} - (SELECT COALESCE(SUM(articles), 0) FROM entity_timeline WHERE entity_id = @Entity0)");
        }

        if (entityFacets)
        {
            branches.Add("""
                SELECT e.type, e.id, e.name, c.articles FROM entity_co_mentions c JOIN entities e ON e.id = c.other_id
                WHERE c.entity_id = @Entity0 AND e.type IN @FacetTypes
                """);
            branches.Add($"SELECT e.type, e.id, e.name, {total} FROM entities e WHERE e.id = @Entity0 AND e.type IN @FacetTypes");
        }

        // A count of 0 is no value: the articles without a section or date, when every article has one.
        return $"SELECT * FROM ({string.Join("\nUNION ALL\n", branches)}) WHERE Count > 0 OR Facet = 'total'";
    }

    /// <summary>
    /// A search by relevance with nothing to filter on the articles themselves: the full-text index ranks and cuts the
    /// page first, and only the page's hits are joined to their articles (joining every hit costs more than ranking them).
    /// </summary>
    private static (string, DynamicParameters) RankedInTheIndex(ArticleQuery query)
    {
        var args = Arguments(query);
        var sql = $"""
            WITH {HitsSql},
            page AS (SELECT fts_rowid, article_id, rank FROM hits h WHERE {Continues(query, args, "h.rank", "h.article_id")} ORDER BY rank, article_id LIMIT @Take)
            {Columns(query)}
            FROM page h JOIN articles a ON a.id = h.article_id
            LEFT JOIN story_articles sa ON sa.article_id = a.id
            ORDER BY h.rank, a.id
            """;
        return (sql, args);
    }

    /// <summary>
    /// An entity's articles by date: read in order from the links' date index (migration 0007) and stopped at the page,
    /// instead of fetching and sorting every article of the entity. Its sort key is the index's expression.
    /// </summary>
    private static (string, DynamicParameters) EntityArticlesByDate(ArticleQuery query)
    {
        var args = Arguments(query);
        var key = DateKey(query.Sort, "ae.published");
        var conditions = Conditions(query).Skip(1).Append(Continues(query, args, key, "ae.article_id"));
        var sql = $"""
            {Columns(query)}
            FROM article_entities ae JOIN articles a ON a.id = ae.article_id
            LEFT JOIN story_articles sa ON sa.article_id = a.id
            WHERE ae.entity_id = @Entity0 AND {string.Join(" AND ", conditions)}
            ORDER BY {key} {Direction(query.Sort)}, ae.article_id
            LIMIT @Take
            """;
        return (sql, args);
    }

    /// <summary>Everything else: the matching articles (hits or all), filtered, optionally collapsed, sorted, then cut.</summary>
    private static (string, DynamicParameters) FilteredAndSorted(ArticleQuery query)
    {
        var args = Arguments(query);
        var key = query.Sort == ArticleSort.Relevance ? "h.rank" : DateKey(query.Sort, "a.published");
        var conditions = Conditions(query).Append(Continues(query, args, key, "a.id"));
        if (query.Collapse)
        {
            conditions = conditions.Append("a.id IN (SELECT id FROM listed)");
        }

        var sql = $"""
            {(query.Collapse ? Listed(query) : query.Search is null ? "" : $"WITH {HitsSql}")}
            {Columns(query)}
            {(query.Search is null ? "FROM articles a" : "FROM hits h JOIN articles a ON a.id = h.article_id")}
            LEFT JOIN story_articles sa ON sa.article_id = a.id
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY {key} {Direction(query.Sort)}, a.id
            LIMIT @Take
            """;
        return (sql, args);
    }

    /// <summary>
    /// The CTEs that define which articles a query lists, whatever the page: 'matching' applies the search and filters,
    /// 'listed' then drops the articles that dedupe=collapse hides behind another member of their story.
    /// </summary>
    private static string Listed(ArticleQuery query)
    {
        var conditions = Conditions(query).DefaultIfEmpty("1 = 1");
        return $"""
            WITH {(query.Search is null ? "" : HitsSql + ",")}
            matching AS (
                SELECT a.id FROM {(query.Search is null ? "articles a" : "hits h JOIN articles a ON a.id = h.article_id")}
                WHERE {string.Join(" AND ", conditions)}),
            listed AS (SELECT m.id FROM matching m WHERE {(query.Collapse ? NotHiddenByStorySql : "1 = 1")})
            """;
    }

    // A search's rows carry their score and full-text rowid (for the snippets); a list's have neither.
    private static string Columns(ArticleQuery query) => $"""
        SELECT a.id AS Id, a.headline AS Headline, a.section AS Section, a.published AS Published,
               a.dateline AS Dateline, a.word_count AS WordCount, NULL AS Snippet, sa.story_id AS StoryId,
               {(query.Search is null ? "NULL AS Score, NULL" : "-h.rank AS Score, h.fts_rowid")} AS FtsRowId
        """;

    /// <summary>The filters on articles a (entities, dates, section), besides the search.</summary>
    private static IEnumerable<string> Conditions(ArticleQuery query) =>
        query.EntityIds.Select((_, i) => $"a.id IN (SELECT article_id FROM article_entities WHERE entity_id = @Entity{i})")
            .Concat(query.From is null ? [] : ["a.published >= @From"])
            .Concat(query.To is null ? [] : ["a.published <= @To"])
            .Concat(query.Section is null ? [] : ["a.section = @Section COLLATE NOCASE"]);

    private static DynamicParameters Arguments(ArticleQuery query)
    {
        var args = new DynamicParameters(new { query.Match, query.From, query.To, query.Section, Take = query.Page.Limit + 1 });
        for (var i = 0; i < query.EntityIds.Count; i++)
        {
            args.Add($"Entity{i}", query.EntityIds[i]);
        }

        return args;
    }

    /// <summary>Rows after the cursor in (key, id) order; every row on the first page.</summary>
    private static string Continues(ArticleQuery query, DynamicParameters args, string key, string id)
    {
        if (query.Page.After is not { } after)
        {
            return "1 = 1";
        }

        args.Add("AfterKey", query.Sort == ArticleSort.Relevance ? after.Key.Rank : after.Key.Date);
        args.Add("AfterId", after.Id);
        var comparison = query.Sort == ArticleSort.Newest ? "<" : ">";
        // The first term is an index range on the key (a deep page starts where the cursor is); the second breaks ties by id.
        return $"{key} {comparison}= @AfterKey AND ({key} {comparison} @AfterKey OR {id} > @AfterId)";
    }

    // Undated articles come last in both date orders, so the key is never NULL.
    private static string DateKey(ArticleSort sort, string published) =>
        sort == ArticleSort.Newest ? $"COALESCE({published}, '')" : $"COALESCE({published}, '9999-12-31')";

    private static string Direction(ArticleSort sort) => sort == ArticleSort.Newest ? "DESC" : "ASC";
}
