using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Resolution;
using NewsApi.Storage.Writing;

namespace NewsApi.Storage.Resolution;

/// <summary>
/// Resolves the archive after a seed: reads every article's chains, lets <see cref="ArchiveResolver"/> decide which are
/// one entity, and writes the result (entities with their display name and confidence, each chain's entity, the link
/// tables of the articles whose chains moved, the aliases) in one transaction. Ids stay stable: an entity keeps an id
/// its chains already had, one published by an earlier resolution first (see <see cref="StableIds"/>), so ids that
/// other services hold survive re-seeding and a name found fuller later changes the display name, not the id.
/// </summary>
public static class EntityResolution
{
    private const string ChainsSql = """
        SELECT article_id, chain, type, name, names, mention_count, confidence, entity_id FROM article_chains ORDER BY article_id, chain;
        """;

    private const string PublishedIdsSql = "SELECT id FROM entities WHERE id_published = 1;";

    private const string UpsertEntitySql = """
        INSERT INTO entities (id, type, name, confidence, id_published) VALUES (@Id, @Type, @Name, @Confidence, 1)
        ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, confidence = excluded.confidence, id_published = 1
        WHERE type IS NOT excluded.type OR name IS NOT excluded.name OR confidence IS NOT excluded.confidence OR id_published = 0;
        """;

    private const string MoveChainSql = "UPDATE article_chains SET entity_id = @EntityId WHERE article_id = @ArticleId AND chain = @Chain;";

    private const string ChangedArticlesSql = """
        CREATE TEMP TABLE IF NOT EXISTS changed_articles (id TEXT PRIMARY KEY) WITHOUT ROWID;
        DELETE FROM temp.changed_articles;
        """;

    private const string AddChangedArticleSql = "INSERT OR IGNORE INTO temp.changed_articles (id) VALUES (@Id);";

    private const string DeleteOrphansSql = """
        DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM article_chains c WHERE c.entity_id = entities.id);
        DROP TABLE temp.changed_articles;
        DELETE FROM entity_aliases;
        """;

    // A retired id points at the entity that took most of its chains; redirects to it follow it when it is retired in
    // turn, and a redirect goes when its id names an entity again (a split undone) or its target is gone.
    private const string RetireIdSql = """
        UPDATE entity_redirects SET entity_id = @EntityId, retired_at = @RetiredAt WHERE entity_id = @Id;
        INSERT INTO entity_redirects (id, entity_id, retired_at) VALUES (@Id, @EntityId, @RetiredAt)
        ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, retired_at = excluded.retired_at;
        """;

    private const string PruneRedirectsSql = """
        DELETE FROM entity_redirects WHERE id IN (SELECT id FROM entities) OR entity_id NOT IN (SELECT id FROM entities);
        """;

    private const string InsertAliasSql = "INSERT OR IGNORE INTO entity_aliases (entity_id, alias_key, alias) VALUES (@EntityId, @Key, @Alias);";

    private const string MarkResolvedSql = """
        INSERT INTO entity_resolution (id, chains, resolved_at) VALUES (1, @Chains, @ResolvedAt)
        ON CONFLICT (id) DO UPDATE SET chains = excluded.chains, resolved_at = excluded.resolved_at;
        """;

    /// <summary>
    /// True when the archive was never resolved (e.g. a database seeded before chains existed), or was resolved from
    /// another number of chains: a seed stopped between its import and the resolution.
    /// </summary>
    public static async Task<bool> IsStaleAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<bool>(
            "SELECT COALESCE((SELECT chains FROM entity_resolution WHERE id = 1) <> (SELECT COUNT(*) FROM article_chains), 1);",
            null, cancellationToken);

    public static async Task RunAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var statements = new PreparedStatements(connection);
        var chains = ReadChains(connection, transaction);
        var entities = ArchiveResolver.Default.Resolve(chains.Select(chain => chain.Archive).ToList());
        cancellationToken.ThrowIfCancellationRequested();
        var published = (await connection.QueryAsync(PublishedIdsSql, row => row.GetString(0), transaction, cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var ids = StableIds.Assign(entities, chains, published);

        foreach (var (index, entity) in entities.Index())
        {
            statements.Execute(transaction, UpsertEntitySql,
                ("Id", ids[index]), ("Type", EntityTypes.Name(entity.Type)), ("Name", entity.Name), ("Confidence", entity.Confidence));
        }

        statements.Execute(transaction, ChangedArticlesSql);
        foreach (var (index, entity) in entities.Index())
        {
            foreach (var chain in entity.Chains.Select(chain => chains[chain]).Where(chain => chain.EntityId != ids[index]))
            {
                statements.Execute(transaction, MoveChainSql, ("EntityId", ids[index]), ("ArticleId", chain.ArticleId), ("Chain", chain.Chain));
                statements.Execute(transaction, AddChangedArticleSql, ("Id", chain.ArticleId));
            }
        }

        statements.Execute(transaction, ArticleLinks.ForChangedArticlesSql);
        statements.Execute(transaction, DeleteOrphansSql);
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var (retired, successor) in RetiredIds(entities, chains, ids, published))
        {
            statements.Execute(transaction, RetireIdSql, ("Id", retired), ("EntityId", successor), ("RetiredAt", now));
        }

        statements.Execute(transaction, PruneRedirectsSql);
        foreach (var (index, entity) in entities.Index())
        {
            WriteAliases(statements, transaction, ids[index], entity, chains);
        }

        statements.Execute(transaction, MarkResolvedSql, ("Chains", chains.Count), ("ResolvedAt", now));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Published ids no entity keeps, each with the id of the entity that took most of its chains (ties to the smaller
    /// id). A first guess made while writing was never served, so it needs no redirect.
    /// </summary>
    private static IEnumerable<(string Retired, string Successor)> RetiredIds(
        IReadOnlyList<ArchiveEntity> entities, List<StoredChain> chains, string[] ids, HashSet<string> published)
    {
        var kept = ids.ToHashSet(StringComparer.Ordinal);
        return entities.Index()
            .SelectMany(entity => entity.Item.Chains.Select(chain => (Old: chains[chain].EntityId, New: ids[entity.Index])))
            .Where(move => !kept.Contains(move.Old) && published.Contains(move.Old))
            .GroupBy(move => move.Old, StringComparer.Ordinal)
            .Select(moves => (Retired: moves.Key, Successor: moves.GroupBy(move => move.New, StringComparer.Ordinal)
                .OrderByDescending(successor => successor.Count()).ThenBy(successor => successor.Key, StringComparer.Ordinal)
                .First().Key))
            .OrderBy(retired => retired.Retired, StringComparer.Ordinal);
    }

    /// <summary>The display name, then every name its chains use, one spelling per key (the smallest, as the API expects).</summary>
    private static void WriteAliases(PreparedStatements statements, SqliteTransaction transaction, string id, ArchiveEntity entity, List<StoredChain> chains)
    {
        statements.Execute(transaction, InsertAliasSql, ("EntityId", id), ("Key", NameKey.Of(entity.Name)), ("Alias", entity.Name));
        var aliases = entity.Chains.SelectMany(chain => chains[chain].Archive.Names)
            .Select(name => name.Text)
            .GroupBy(NameKey.Of, StringComparer.Ordinal)
            .Select(spellings => (Key: spellings.Key, Alias: spellings.Min(StringComparer.Ordinal)!))
            .OrderBy(alias => alias.Key, StringComparer.Ordinal);
        foreach (var (key, alias) in aliases)
        {
            statements.Execute(transaction, InsertAliasSql, ("EntityId", id), ("Key", key), ("Alias", alias));
        }
    }

    private static List<StoredChain> ReadChains(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ChainsSql;
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        var chains = new List<StoredChain>();
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var articleId = reader.GetString(0);
            if (!articles.TryGetValue(articleId, out var article))
            {
                articles[articleId] = article = articles.Count;
            }

            var names = ChainNames.FromJson(reader.GetString(4)).Select(name => new NameUse(name.Text, name.Mentions, name.Titled)).ToList();
            var archive = new ArchiveChain(article, EntityTypes.Parse(reader.GetString(2)), reader.GetString(3), names, reader.GetInt32(5), reader.GetDouble(6));
            chains.Add(new StoredChain(articleId, reader.GetInt32(1), reader.GetString(7), archive));
        }

        return chains;
    }

    internal sealed record StoredChain(string ArticleId, int Chain, string EntityId, ArchiveChain Archive);
}
