using Dapper;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Stories;

/// <summary>Reads the stories and similarities the seeder's StoryBuilder stored.</summary>
public sealed class StoryQueries(NewsDatabase database)
{
    // Latest first; undated stories last (their key is ''), then id so the order is total for the cursor.
    private const string ListSql = """
        SELECT id AS Id, headline AS Headline, representative_id AS RepresentativeArticleId, article_count AS ArticleCount,
               first_published AS FirstPublished, last_published AS LastPublished
        FROM stories
        WHERE (@From IS NULL OR last_published >= @From) AND (@To IS NULL OR first_published <= @To)
          AND (@AfterId IS NULL OR COALESCE(last_published, '') < @AfterDate OR (COALESCE(last_published, '') = @AfterDate AND id > @AfterId))
        ORDER BY COALESCE(last_published, '') DESC, id
        LIMIT @Take;
        SELECT COUNT(*) FROM stories WHERE (@From IS NULL OR last_published >= @From) AND (@To IS NULL OR first_published <= @To);
        """;

    private const string DetailSql = """
        SELECT id AS Id, headline AS Headline, representative_id AS RepresentativeArticleId, article_count AS ArticleCount,
               first_published AS FirstPublished, last_published AS LastPublished
        FROM stories WHERE id = @Id;
        SELECT a.id AS Id, a.headline AS Headline, a.published AS Published, m.similarity AS Similarity
        FROM story_articles m JOIN articles a ON a.id = m.article_id
        WHERE m.story_id = @Id
        ORDER BY m.similarity DESC, a.id;
        """;

    // Both directions of each stored pair, ordered same story first, then score; a member of the same story whose pair
    // scored below the related threshold still comes first, with the scores it has (none: 0).
    private const string RelatedSql = """
        WITH mine AS (SELECT story_id FROM story_articles WHERE article_id = @Id),
        pairs AS (
            SELECT article_b AS other, text_score, entity_score, score FROM article_similarities WHERE article_a = @Id
            UNION ALL
            SELECT article_a, text_score, entity_score, score FROM article_similarities WHERE article_b = @Id
            UNION ALL
            SELECT s.article_id, 0, 0, 0 FROM story_articles s JOIN mine ON s.story_id = mine.story_id
            WHERE s.article_id <> @Id
              AND NOT EXISTS (SELECT 1 FROM article_similarities p
                              WHERE (p.article_a = @Id AND p.article_b = s.article_id) OR (p.article_b = @Id AND p.article_a = s.article_id))),
        ranked AS (
            SELECT a.id AS Id, a.headline AS Headline, a.published AS Published,
                   EXISTS (SELECT 1 FROM story_articles s JOIN mine ON s.story_id = mine.story_id WHERE s.article_id = a.id) AS SameStory,
                   p.score AS Score, p.text_score AS TextScore, p.entity_score AS EntityScore, COUNT(*) OVER () AS ListTotal
            FROM pairs p JOIN articles a ON a.id = p.other)
        SELECT * FROM ranked
        WHERE @AfterId IS NULL OR (-SameStory, -Score, Id) > (-@AfterSame, -@AfterScore, @AfterId)
        ORDER BY SameStory DESC, Score DESC, Id
        LIMIT @Take
        """;

    public async Task<Page<StorySummary>> ListAsync(StorySearch search, CancellationToken ct)
    {
        var (limit, after) = (search.Page.Limit, search.Page.After);
        var args = new
        {
            From = QueryValues.ParseDate(search.From),
            To = QueryValues.ParseDate(search.To),
            AfterId = after?.Id,
            AfterDate = after?.Key,
            Take = limit + 1,
        };
        await using var connection = await database.OpenAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ListSql, args, cancellationToken: ct));
        var rows = (await results.ReadAsync<StorySummary>()).AsList();
        var page = Page.FromRows(rows, limit, last =>
            search.Page.CursorAfter(last.LastPublished?.ToString("yyyy-MM-dd", null) ?? "", last.Id));
        return page with { Total = await results.ReadSingleAsync<long>() };
    }

    public async Task<StoryDetail?> FindAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(DetailSql, new { Id = id }, cancellationToken: ct));
        var story = await results.ReadSingleOrDefaultAsync<StorySummary>();
        if (story is null)
        {
            return null;
        }

        return new StoryDetail
        {
            Id = story.Id,
            Headline = story.Headline,
            RepresentativeArticleId = story.RepresentativeArticleId,
            ArticleCount = story.ArticleCount,
            FirstPublished = story.FirstPublished,
            LastPublished = story.LastPublished,
            Articles = (await results.ReadAsync<StoryMember>()).AsList(),
        };
    }

    /// <summary>The related articles of an article, or null when there is no such article.</summary>
    public async Task<Page<RelatedArticle>?> RelatedAsync(RelatedSearch search, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @Id)", new { search.Id }, cancellationToken: ct)))
        {
            return null;
        }

        var (limit, after) = (search.Page.Limit, search.Page.After);
        var args = new { search.Id, AfterId = after?.Id, AfterSame = after?.Key.SameStory, AfterScore = after?.Key.Score, Take = limit + 1 };
        var rows = (await connection.QueryAsync<RelatedRow>(new CommandDefinition(RelatedSql, args, cancellationToken: ct))).AsList();
        return Page.FromCountedRows(rows, limit, firstPage: after is null, row => row.ListTotal, row => row.Article,
            last => search.Page.CursorAfter(new RelatedKey(last.SameStory ? 1 : 0, last.Score), last.Id));
    }

    private sealed record RelatedRow
    {
        public required string Id { get; init; }
        public required string Headline { get; init; }
        public DateOnly? Published { get; init; }
        public bool SameStory { get; init; }
        public double Score { get; init; }
        public double TextScore { get; init; }
        public double EntityScore { get; init; }
        public long ListTotal { get; init; }

        public RelatedArticle Article => new()
        {
            Id = Id, Headline = Headline, Published = Published, SameStory = SameStory, Score = Score, TextScore = TextScore, EntityScore = EntityScore,
        };
    }
}
