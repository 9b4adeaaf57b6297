using Microsoft.Data.Sqlite;
using NewsApi.Storage.Writing;

namespace NewsApi.Storage.Statistics;

/// <summary>
/// Rebuilds entity_co_mentions: for every two entities named in one article, how many articles name both, and how many
/// name the other. Counted in memory over the links read once in article order, then written sorted by key: the same
/// rows SQL's self-join of article_entities gives, without sorting every pair of every article (at 100,000 articles
/// about 9 million) to group them (19 s there, most of the statistics' rebuild).
/// </summary>
internal static class CoMentions
{
    private const string LinksSql = "SELECT article_id, entity_id FROM article_entities ORDER BY article_id, entity_id;";

    private const string InsertSql = """
        INSERT INTO entity_co_mentions (entity_id, other_id, articles, other_articles)
        VALUES (@EntityId, @OtherId, @Articles, @OtherArticles);
        """;

    /// <summary>Fills the emptied table inside the caller's transaction.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleCounts = new List<int>();
        var pairs = new Dictionary<long, int>();
        var article = new List<int>();
        string? currentArticle = null;

        using (var command = connection.CreateCommand())
        {
            command.CommandText = LinksSql;
            command.Transaction = transaction;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var articleId = reader.GetString(0);
                if (articleId != currentArticle)
                {
                    CountPairs(article, pairs);
                    (currentArticle, article) = (articleId, []);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var entityId = reader.GetString(1);
                if (!numbers.TryGetValue(entityId, out var number))
                {
                    number = ids.Count;
                    numbers.Add(entityId, number);
                    ids.Add(entityId);
                    articleCounts.Add(0);
                }

                articleCounts[number]++;
                article.Add(number);
            }

            CountPairs(article, pairs);
        }

        // Both directions of each pair, in key order, so that every insert appends to the table's B-tree.
        var rows = new List<(int Entity, int Other, int Articles)>(pairs.Count * 2);
        foreach (var (key, articles) in pairs)
        {
            var (first, second) = ((int)(key >> 32), (int)key);
            rows.Add((first, second, articles));
            rows.Add((second, first, articles));
        }

        rows.Sort((a, b) => string.CompareOrdinal(ids[a.Entity], ids[b.Entity]) is var byEntity and not 0 ? byEntity : string.CompareOrdinal(ids[a.Other], ids[b.Other]));
        using var statements = new PreparedStatements(connection);
        foreach (var (entity, other, articles) in rows)
        {
            statements.Execute(
                transaction, InsertSql, ("EntityId", ids[entity]), ("OtherId", ids[other]), ("Articles", articles), ("OtherArticles", articleCounts[other]));
        }
    }

    /// <summary>Adds one article's entities (each once: the links' key is article and entity) to the pair counts.</summary>
    private static void CountPairs(List<int> entities, Dictionary<long, int> pairs)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            for (var j = i + 1; j < entities.Count; j++)
            {
                var (low, high) = entities[i] < entities[j] ? (entities[i], entities[j]) : (entities[j], entities[i]);
                var key = ((long)low << 32) | (uint)high;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }
    }
}
