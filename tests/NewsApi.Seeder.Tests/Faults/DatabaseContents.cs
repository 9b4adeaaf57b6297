using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Seeder.Tests.Faults;

/// <summary>
/// What a database says, table by table, without what legitimately differs between two runs (when an article was
/// seeded, the row numbers of mentions): two runs over the same documents must give equal contents.
/// </summary>
public sealed record DatabaseContents(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables, string IntegrityCheck)
{
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["articles"] = """
            SELECT id, source_file, content_hash, section, headline, headline_derived, published, published_source, dateline, caption,
                   credit, subheadings, body, word_count FROM articles
            """,
        ["entities"] = "SELECT id, type, name, confidence FROM entities",
        ["entity_aliases"] = "SELECT entity_id, alias_key, alias FROM entity_aliases",
        ["article_chains"] = "SELECT article_id, chain, type, name, names, roles, mention_count, in_headline, in_lede, confidence, entity_id FROM article_chains",
        ["article_entities"] = "SELECT article_id, entity_id, mention_count, salience FROM article_entities",
        ["entity_roles"] = "SELECT article_id, entity_id, role FROM entity_roles",
        ["mentions"] = "SELECT article_id, mention, chain, field, start, \"end\", text, sentence_start, sentence_length, sentence FROM mentions",
        ["articles_fts"] = "SELECT article_id, headline, body FROM articles_fts",
    };

    public static DatabaseContents Read(string databasePath)
    {
        using var connection = Open(databasePath);
        var tables = Queries.ToDictionary(
            query => query.Key,
            query => (IReadOnlyList<string>)connection.Query(query.Value)
                .Select(row => string.Join(" | ", ((IDictionary<string, object?>)row).Values))
                .Order(StringComparer.Ordinal)
                .ToList());
        return new DatabaseContents(tables, string.Join("; ", connection.Query<string>("PRAGMA integrity_check")));
    }

    /// <summary>How many articles are stored so far, or 0 while the file is not yet a seeded database.</summary>
    public static long CountArticles(string databasePath)
    {
        try
        {
            using var connection = Open(databasePath);
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
