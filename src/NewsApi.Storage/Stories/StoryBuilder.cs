using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Storage.Stories;

/// <summary>
/// Groups the stored articles into stories and scores related articles, from scratch, in one transaction; then bumps the
/// data version the API's ETags come from. Deterministic: the same articles always give the same stories and ids.
/// <para>
/// Two articles are compared when they share an entity that is not in more than <see cref="CommonEntityArticles"/>
/// articles, or when one of their MinHash bands agrees (locality-sensitive hashing finds near-duplicates that share no
/// entity). Each pair gets a text score (estimated Jaccard of word 3-shingles), an entity score (salience-weighted Jaccard)
/// and score = (text + entity) / 2. Two articles are one story when they are near-duplicates (text at least
/// <see cref="NearDuplicateText"/>, any dates) or report the same event: at most <see cref="SameEventDays"/> days apart
/// (or undated), entity score at least <see cref="SameEventEntities"/> and text score at least <see cref="SameEventText"/>.
/// Sharing people is not enough: an article about another event with the same people has little text in common. Stories
/// are the connected groups of such pairs; pairs scoring at least <see cref="RelatedScore"/> are kept as related articles.
/// </para>
/// </summary>
public static class StoryBuilder
{
    public const double NearDuplicateText = 0.5;
    public const int SameEventDays = 3;
    public const double SameEventEntities = 0.3;
    public const double SameEventText = 0.08;
    public const double RelatedScore = 0.1;
    public const int CommonEntityArticles = 500;

    private const int Bands = 32;
    private const int RowsPerBand = ArticleFingerprint.SignatureLength / Bands;

    private const string ArticlesSql = "SELECT id AS Id, published AS Published, headline AS Headline, body AS Body FROM articles ORDER BY id;";
    private const string EntitiesSql = "SELECT article_id AS ArticleId, entity_id AS EntityId, salience AS Salience FROM article_entities;";

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

    /// <summary>True when stories were never built for this database (e.g. it was seeded before they existed).</summary>
    public static async Task<bool> NeverBuiltAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT NOT EXISTS (SELECT 1 FROM data_version WHERE built_at IS NOT NULL);", cancellationToken: cancellationToken));

    public static async Task RebuildAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        var articles = await LoadAsync(connection, cancellationToken);
        var pairs = ScoreCandidates(articles);
        var stories = Group(articles, pairs);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ClearSql, transaction: transaction, cancellationToken: cancellationToken));
        foreach (var pair in pairs.Where(pair => pair.Score >= RelatedScore))
        {
            var args = new { A = articles[pair.A].Id, B = articles[pair.B].Id, Text = pair.Text, Entity = pair.Entity, pair.Score };
            await connection.ExecuteAsync(new CommandDefinition(InsertSimilaritySql, args, transaction, cancellationToken: cancellationToken));
        }

        foreach (var story in stories)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertStorySql, story, transaction, cancellationToken: cancellationToken));
            foreach (var member in story.Members)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertMemberSql, member, transaction, cancellationToken: cancellationToken));
            }
        }

        var builtAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(new CommandDefinition(BumpVersionSql, new { BuiltAt = builtAt }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<ArticleFingerprint>> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var entities = (await connection.QueryAsync<EntityRow>(new CommandDefinition(EntitiesSql, cancellationToken: cancellationToken)))
            .ToLookup(row => row.ArticleId);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(ArticlesSql, cancellationToken: cancellationToken));
        return rows.Select(row => ArticleFingerprint.Create(
                row.Id,
                DateOnly.TryParseExact(row.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                $"{row.Headline}\n{row.Body}",
                entities[row.Id].ToDictionary(entity => entity.EntityId, entity => entity.Salience, StringComparer.Ordinal)))
            .ToList();
    }

    private static List<ScoredPair> ScoreCandidates(List<ArticleFingerprint> articles)
    {
        var candidates = new SortedSet<(int A, int B)>();
        var buckets = new List<IEnumerable<IGrouping<object, int>>>
        {
            Enumerable.Range(0, articles.Count)
                .SelectMany(i => articles[i].Entities.Keys.Select(entity => (Key: (object)entity, Index: i)))
                .GroupBy(pair => pair.Key, pair => pair.Index),
        };
        for (var band = 0; band < Bands; band++)
        {
            var start = band * RowsPerBand;
            buckets.Add(Enumerable.Range(0, articles.Count)
                .Where(i => articles[i].Signature[0] != ulong.MaxValue) // an empty text has no shingles to agree on
                .GroupBy(i => (object)(band, string.Join(',', articles[i].Signature.Skip(start).Take(RowsPerBand))), i => i));
        }

        foreach (var group in buckets.SelectMany(groups => groups).Select(group => group.ToList()).Where(g => g.Count is > 1 and <= CommonEntityArticles))
        {
            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    candidates.Add((Math.Min(group[x], group[y]), Math.Max(group[x], group[y])));
                }
            }
        }

        return candidates.Select(pair =>
        {
            var (a, b) = (articles[pair.A], articles[pair.B]);
            var text = a.TextSimilarity(b);
            var entity = a.EntitySimilarity(b);
            var sameStory = text >= NearDuplicateText
                || (a.DaysApart(b) is null or <= SameEventDays && entity >= SameEventEntities && text >= SameEventText);
            return new ScoredPair(pair.A, pair.B, text, entity, Math.Round((text + entity) / 2, 4), sameStory);
        }).ToList();
    }

    /// <summary>Connected groups of same-story pairs; each story's representative is the member most similar to the rest.</summary>
    private static List<StoryRow> Group(List<ArticleFingerprint> articles, List<ScoredPair> pairs)
    {
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        foreach (var pair in pairs.Where(pair => pair.SameStory))
        {
            var (a, b) = (Root(pair.A), Root(pair.B));
            parent[Math.Max(a, b)] = Math.Min(a, b);
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
                    .OrderByDescending(m => members.Sum(other => Score(m, other)))
                    .ThenBy(m => articles[m].Published ?? DateOnly.MaxValue)
                    .ThenBy(m => articles[m].Id, StringComparer.Ordinal)
                    .First();
                var first = members.OrderBy(m => articles[m].Published ?? DateOnly.MaxValue).ThenBy(m => articles[m].Id, StringComparer.Ordinal).First();
                var dates = members.Select(m => articles[m].Published).OfType<DateOnly>().ToList();
                var id = $"story-{articles[first].Id}";
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

    private sealed record ScoredPair(int A, int B, double Text, double Entity, double Score, bool SameStory);

    private sealed record StoryRow(string Id, string RepresentativeId, int ArticleCount, string? FirstPublished, string? LastPublished, IReadOnlyList<MemberRow> Members);

    private sealed record MemberRow(string ArticleId, string StoryId, double Similarity);

    private sealed record ArticleRow
    {
        public required string Id { get; init; }
        public string? Published { get; init; }
        public required string Headline { get; init; }
        public required string Body { get; init; }
    }

    private sealed record EntityRow
    {
        public required string ArticleId { get; init; }
        public required string EntityId { get; init; }
        public double Salience { get; init; }
    }
}
