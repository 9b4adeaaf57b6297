using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsApi.Storage.Writing;

namespace NewsApi.Storage.Stories;

/// <summary>
/// Groups the stored articles into stories and scores related articles, from scratch, in one transaction; then bumps the
/// data version the API's ETags come from. Deterministic: the same articles always give the same stories and ids.
/// <para>
/// <see cref="CandidatePairs"/> chooses, for each article, a few others worth comparing (sharing MinHash bands or salient
/// entities). Each chosen pair gets a text score (estimated Jaccard of word 3-shingles), an entity score (salience-weighted
/// Jaccard) and score = (text + entity) / 2. Two articles are one story when they are near-duplicates (text at least
/// <see cref="NearDuplicateText"/>, any dates) or report the same event: at most <see cref="SameEventDays"/> days apart
/// (or undated), entity score at least <see cref="SameEventEntities"/> and text score at least <see cref="SameEventText"/>.
/// Sharing people is not enough: an article about another event with the same people has little text in common.
/// </para>
/// <para>
/// Stories grow from the strongest links down, and a same-event link that would make a story span more than
/// <see cref="StorySpanDays"/> days is refused: without that, chains of articles each a day or two apart (or undated ones,
/// which are near every date) merge a running topic into one endless story. Each article keeps its
/// <see cref="RelatedPerArticle"/> best-scoring pairs of at least <see cref="RelatedScore"/> as related articles.
/// </para>
/// </summary>
public static class StoryBuilder
{
    public const double NearDuplicateText = 0.5;
    public const int SameEventDays = 3;
    public const double SameEventEntities = 0.3;
    public const double SameEventText = 0.08;
    public const int StorySpanDays = 7;
    public const double RelatedScore = 0.1;
    public const int RelatedPerArticle = 10;
    public const int CommonEntityArticles = 500;

    private const string ArticlesSql = "SELECT id AS Id, published AS Published, headline AS Headline, body AS Body FROM articles ORDER BY id;";
    private const string EntitiesSql = "SELECT article_id AS ArticleId, entity_id AS EntityId, salience AS Salience FROM article_entities ORDER BY article_id;";

    // Articles are fingerprinted in batches: in parallel, without holding the whole archive's text in memory at once.
    private const int FingerprintBatch = 2_000;

    private const string ClearSql = "DELETE FROM story_articles; DELETE FROM stories; DELETE FROM article_similarities;";

    private const string InsertSimilaritySql = """
        INSERT INTO article_similarities (article_a, article_b, text_score, entity_score, score)
        VALUES (@A, @B, @Text, @Entity, @Score);
        """;

    private const string InsertStorySql = """
        INSERT INTO stories (id, representative_id, headline, article_count, first_published, last_published)
        SELECT @Id, @RepresentativeId, headline, @ArticleCount, @FirstPublished, @LastPublished FROM articles WHERE id = @RepresentativeId;
        """;

    private const string InsertMemberSql = "INSERT INTO story_articles (article_id, story_id, similarity) VALUES (@ArticleId, @StoryId, @Similarity);";

    private const string BumpVersionSql = "UPDATE data_version SET version = version + 1, built_at = @BuiltAt WHERE id = 1;";

    /// <summary>
    /// True when stories were never built for this database (e.g. it was seeded before they existed), or before its last
    /// resolution: a seed stopped between the two.
    /// </summary>
    public static async Task<bool> IsStaleAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<bool>(
            "SELECT COALESCE((SELECT built_at FROM data_version WHERE id = 1) < (SELECT resolved_at FROM entity_resolution WHERE id = 1), NOT EXISTS (SELECT 1 FROM data_version WHERE built_at IS NOT NULL));",
            null, cancellationToken);

    /// <summary>The stories and related pairs of the stored articles, computed without writing (so on any connection, beside other work).</summary>
    public static StoryPlan Compute(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (articles, entityCount) = Load(connection, cancellationToken);
        var pairs = Score(articles, CandidatePairs.Find(articles, entityCount));
        return new StoryPlan(articles, pairs, Group(articles, pairs));
    }

    /// <summary>Replaces the stored stories and related pairs with <paramref name="plan"/>'s, and bumps the data version.</summary>
    public static async Task WriteAsync(SqliteConnection connection, StoryPlan plan, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(clock);
        var (articles, pairs, stories) = (plan.Articles, plan.Pairs, plan.Stories);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(ClearSql, transaction, cancellationToken);
        // Hundreds of thousands of rows at 100k articles: each statement prepared once and re-bound per row.
        using (var statements = new PreparedStatements(connection))
        {
            foreach (var pair in Related(articles.Count, pairs))
            {
                statements.Execute(transaction, InsertSimilaritySql,
                    ("A", articles[pair.A].Id), ("B", articles[pair.B].Id), ("Text", pair.Text), ("Entity", pair.Entity), ("Score", pair.Score));
            }

            foreach (var story in stories)
            {
                statements.Execute(transaction, InsertStorySql, ("Id", story.Id), ("RepresentativeId", story.RepresentativeId),
                    ("ArticleCount", story.ArticleCount), ("FirstPublished", story.FirstPublished), ("LastPublished", story.LastPublished));
                foreach (var member in story.Members)
                {
                    statements.Execute(transaction, InsertMemberSql,
                        ("ArticleId", member.ArticleId), ("StoryId", member.StoryId), ("Similarity", member.Similarity));
                }
            }
        }

        var builtAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(BumpVersionSql, transaction, cancellationToken, ("BuiltAt", builtAt));
        await transaction.CommitAsync(cancellationToken);
    }

    private static (List<ArticleFingerprint> Articles, int EntityCount) Load(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Entity ids become numbers, so fingerprints compare sorted arrays rather than dictionaries of strings.
        var entityNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new Dictionary<string, List<(int, float)>>(StringComparer.Ordinal);
        foreach (var row in connection.Stream(EntitiesSql, EntityRow.Read))
        {
            if (!entityNumbers.TryGetValue(row.EntityId, out var number))
            {
                entityNumbers[row.EntityId] = number = entityNumbers.Count;
            }

            if (!entities.TryGetValue(row.ArticleId, out var list))
            {
                entities[row.ArticleId] = list = [];
            }

            list.Add((number, (float)row.Salience));
        }

        var articles = new List<ArticleFingerprint>();
        var batch = new List<ArticleRow>(FingerprintBatch);
        void Fingerprint()
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fingerprints = new ArticleFingerprint[batch.Count];
            Parallel.For(0, batch.Count, i => fingerprints[i] = ArticleFingerprint.Create(
                batch[i].Id,
                DateOnly.TryParseExact(batch[i].Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                $"{batch[i].Headline}\n{batch[i].Body}",
                entities.GetValueOrDefault(batch[i].Id) ?? []));
            articles.AddRange(fingerprints);
            batch.Clear();
        }

        foreach (var row in connection.Stream(ArticlesSql, ArticleRow.Read))
        {
            batch.Add(row);
            if (batch.Count == FingerprintBatch)
            {
                Fingerprint();
            }
        }

        Fingerprint();
        return (articles, entityNumbers.Count);
    }

    private static List<ScoredPair> Score(List<ArticleFingerprint> articles, List<(int A, int B)> candidates)
    {
        var scored = new ScoredPair[candidates.Count];
        Parallel.For(0, candidates.Count, k =>
        {
            var (a, b) = (articles[candidates[k].A], articles[candidates[k].B]);
            var text = a.TextSimilarity(b);
            var entity = a.EntitySimilarity(b);
            var nearDuplicate = text >= NearDuplicateText;
            var sameEvent = a.DaysApart(b) is null or <= SameEventDays && entity >= SameEventEntities && text >= SameEventText;
            scored[k] = new ScoredPair(candidates[k].A, candidates[k].B, text, entity, Math.Round((text + entity) / 2, 4), nearDuplicate, sameEvent);
        });
        return [.. scored];
    }

    /// <summary>The pairs among some article's <see cref="RelatedPerArticle"/> best (score, then the other's index), each once.</summary>
    private static IEnumerable<ScoredPair> Related(int articleCount, List<ScoredPair> pairs)
    {
        var byArticle = new List<ScoredPair>?[articleCount];
        foreach (var pair in pairs.Where(pair => pair.Score >= RelatedScore))
        {
            (byArticle[pair.A] ??= []).Add(pair);
            (byArticle[pair.B] ??= []).Add(pair);
        }

        var kept = new HashSet<ScoredPair>();
        for (var i = 0; i < articleCount; i++)
        {
            kept.UnionWith(byArticle[i]?.OrderByDescending(pair => pair.Score).ThenBy(pair => pair.A + pair.B - i).Take(RelatedPerArticle) ?? []);
        }

        return kept.OrderBy(pair => pair.A).ThenBy(pair => pair.B);
    }

    /// <summary>
    /// Stories from the strongest links down (near-duplicates first, then by score), refusing a same-event link that would
    /// make a story span more than <see cref="StorySpanDays"/> days; each story's representative is the member most similar
    /// to the rest.
    /// </summary>
    private static List<StoryRow> Group(List<ArticleFingerprint> articles, List<ScoredPair> pairs)
    {
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var first = articles.Select(article => article.Published).ToArray(); // per root: the story's earliest and latest date
        var last = articles.Select(article => article.Published).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);

        var links = pairs.Where(pair => pair.NearDuplicate || pair.SameEvent)
            .OrderByDescending(pair => pair.NearDuplicate).ThenByDescending(pair => pair.Score).ThenBy(pair => pair.A).ThenBy(pair => pair.B);
        foreach (var pair in links)
        {
            var (a, b) = (Root(pair.A), Root(pair.B));
            if (a == b)
            {
                continue;
            }

            var (from, to) = (Earliest(first[a], first[b]), Latest(last[a], last[b]));
            if (!pair.NearDuplicate && from is { } start && to is { } end && end.DayNumber - start.DayNumber > StorySpanDays)
            {
                continue;
            }

            (parent[Math.Max(a, b)], first[Math.Min(a, b)], last[Math.Min(a, b)]) = (Math.Min(a, b), from, to);
        }

        // Each member's summed score against the rest of its story, from the scored pairs (unscored pairs count 0).
        var together = new double[articles.Count];
        foreach (var pair in pairs.Where(pair => Root(pair.A) == Root(pair.B)))
        {
            together[pair.A] += pair.Score;
            together[pair.B] += pair.Score;
        }

        var scores = pairs.ToDictionary(pair => (pair.A, pair.B), pair => pair.Score);
        double Score(int a, int b) => a == b ? 1 : scores.GetValueOrDefault((Math.Min(a, b), Math.Max(a, b)));

        return Enumerable.Range(0, articles.Count)
            .GroupBy(Root)
            .Where(group => group.Count() > 1)
            .Select(group =>
            {
                var members = group.ToList();
                var representative = members
                    .OrderByDescending(m => together[m])
                    .ThenBy(m => articles[m].Published ?? DateOnly.MaxValue)
                    .ThenBy(m => articles[m].Id, StringComparer.Ordinal)
                    .First();
                var earliest = members.OrderBy(m => articles[m].Published ?? DateOnly.MaxValue).ThenBy(m => articles[m].Id, StringComparer.Ordinal).First();
                var dates = members.Select(m => articles[m].Published).OfType<DateOnly>().ToList();
                var id = $"story-{articles[earliest].Id}";
                return new StoryRow(
                    id,
                    articles[representative].Id,
                    members.Count,
                    dates.Count == 0 ? null : dates.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    dates.Count == 0 ? null : dates.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    members.Select(m => new MemberRow(articles[m].Id, id, Score(m, representative))).ToList());
            })
            .ToList();
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    internal sealed record ScoredPair(int A, int B, double Text, double Entity, double Score, bool NearDuplicate, bool SameEvent);

    internal sealed record StoryRow(string Id, string RepresentativeId, int ArticleCount, string? FirstPublished, string? LastPublished, IReadOnlyList<MemberRow> Members);

    internal sealed record MemberRow(string ArticleId, string StoryId, double Similarity);

    /// <summary>A row of <see cref="ArticlesSql"/>.</summary>
    private sealed record ArticleRow(string Id, string? Published, string Headline, string Body)
    {
        public static ArticleRow Read(SqliteDataReader row) => new(row.GetString(0), row.GetNullableString(1), row.GetString(2), row.GetString(3));
    }

    /// <summary>A row of <see cref="EntitiesSql"/>.</summary>
    private sealed record EntityRow(string ArticleId, string EntityId, double Salience)
    {
        public static EntityRow Read(SqliteDataReader row) => new(row.GetString(0), row.GetString(1), row.GetDouble(2));
    }
}

/// <summary>What <see cref="StoryBuilder.Compute"/> found, for <see cref="StoryBuilder.WriteAsync"/> to store.</summary>
public sealed class StoryPlan
{
    internal StoryPlan(List<ArticleFingerprint> articles, List<StoryBuilder.ScoredPair> pairs, List<StoryBuilder.StoryRow> stories) =>
        (Articles, Pairs, Stories) = (articles, pairs, stories);

    internal List<ArticleFingerprint> Articles { get; }

    internal List<StoryBuilder.ScoredPair> Pairs { get; }

    internal List<StoryBuilder.StoryRow> Stories { get; }
}
