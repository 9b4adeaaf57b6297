using Dapper;
using NewsApi.Testing;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;

namespace NewsApi.Storage.Tests.Migrations;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_new_database_gets_every_shipped_migration_recorded_once()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var runner = MigrationRunner.FromEmbeddedScripts();

        var firstRun = await runner.MigrateAsync(connection, default);
        var secondRun = await runner.MigrateAsync(connection, default);

        Assert.Equal(1, firstRun[0].Version);
        Assert.Equal("initial", firstRun[0].Name);
        Assert.Empty(secondRun);
        var recorded = await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_version ORDER BY version");
        Assert.Equal(firstRun.Select(m => ((long)m.Version, m.Name)), recorded);
        Assert.Equal(runner.LatestVersion, firstRun[^1].Version);
    }

    [Fact]
    public async Task A_migrated_database_has_the_tables_the_api_reads_with_wal_and_foreign_keys_on()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, default);

        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_schema WHERE type = 'table'")).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "articles", "entities", "entity_aliases", "article_entities", "entity_roles", "mentions", "articles_fts", "schema_version" },
            tables);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task Only_migrations_newer_than_the_database_are_applied()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var first = new Migration(1, "notes", "CREATE TABLE notes (text TEXT);");
        var second = new Migration(2, "note_authors", "ALTER TABLE notes ADD COLUMN author TEXT;");
        await new MigrationRunner([first]).MigrateAsync(connection, default);

        var applied = await new MigrationRunner([second, first]).MigrateAsync(connection, default);

        Assert.Equal([second], applied);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM pragma_table_info('notes')"));
    }

    // Branches number migrations in parallel: a database that got 0012 first must still get 0008 when it lands.
    [Fact]
    public async Task A_lower_numbered_migration_shipped_later_is_applied_to_a_database_past_it()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var first = new Migration(1, "notes", "CREATE TABLE notes (text TEXT);");
        var third = new Migration(3, "note_dates", "ALTER TABLE notes ADD COLUMN written TEXT;");
        var second = new Migration(2, "note_authors", "ALTER TABLE notes ADD COLUMN author TEXT;");
        await new MigrationRunner([first, third]).MigrateAsync(connection, default);

        var applied = await new MigrationRunner([first, second, third]).MigrateAsync(connection, default);
        var again = await new MigrationRunner([first, second, third]).MigrateAsync(connection, default);

        Assert.Equal([second], applied);
        Assert.Empty(again);
        Assert.Equal(["text", "written", "author"], await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('notes') ORDER BY cid"));
        Assert.Equal([1L, 2L, 3L], await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_database_at_the_previous_version()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var broken = new Migration(1, "broken", "CREATE TABLE notes (text TEXT); INSERT INTO no_such_table VALUES (1);");

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => new MigrationRunner([broken]).MigrateAsync(connection, default));

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'notes'"));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_both_versions_named()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var runner = MigrationRunner.FromEmbeddedScripts();
        await runner.MigrateAsync(connection, default);
        await connection.ExecuteAsync("INSERT INTO schema_version VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z')");

        var refusal = await Assert.ThrowsAsync<UnusableDatabaseException>(() => runner.MigrateAsync(connection, default));

        Assert.Contains("999", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(runner.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_as_unusable()
    {
        await File.WriteAllTextAsync(_folder.DatabasePath, "these are my notes, not a database, but long enough to have a header page");

        var refusal = await Assert.ThrowsAsync<UnusableDatabaseException>(() => NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default));

        Assert.Contains(_folder.DatabasePath, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_seeded_before_multi_article_files_keeps_every_article_and_its_mentions_when_migrated()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        await new MigrationRunner([EmbeddedMigration(1, "initial")]).MigrateAsync(connection, default);
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, source_file, content_hash, headline, body, word_count, seeded_at)
            VALUES ('summit', 'summit.txt', 'hash-1', 'Summit', 'Leaders met in Lachin.', 4, '2025-05-28T00:00:00Z');
            INSERT INTO entities (id, type, name) VALUES ('lachin', 'place', 'Lachin');
            INSERT INTO article_entities (article_id, entity_id, mention_count, salience) VALUES ('summit', 'lachin', 1, 0.5);
            INSERT INTO mentions (article_id, entity_id, field, start, end, text, sentence)
            VALUES ('summit', 'lachin', 'body', 15, 21, 'Lachin', 'Leaders met in Lachin.');
            """);

        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, default);

        // The articles table is rebuilt; with foreign keys on, dropping the old one would have deleted these rows.
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mentions WHERE article_id = 'summit'"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM article_entities WHERE article_id = 'summit'"));
        Assert.Equal(("summit.txt", "", "[]"), await connection.QuerySingleAsync<(string, string, string)>(
            "SELECT source_file, record, date_references FROM articles WHERE id = 'summit'"));
        Assert.Equal(("summit.txt", "hash-1"), await connection.QuerySingleAsync<(string, string)>("SELECT path, content_hash FROM source_files"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));
    }

    // Migration 0015 reads the full-text index's text from articles and keeps a mention's sentence as a span of its field:
    // an existing database keeps each article under the index rowid the search index beside it refers to, every mention
    // with its entity and sentence, and an index that follows later writes.
    [Fact]
    public async Task A_database_from_before_the_smaller_schema_keeps_its_search_rows_and_mention_sentences_when_migrated()
    {
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        var shipped = MigrationRunner.FromEmbeddedScripts().MissingFrom([]);
        await new MigrationRunner(shipped.Where(migration => migration.Version < 15)).MigrateAsync(connection, default);
        const string body = "Leaders met in Lachin. 😀 Munir spoke in Baku.";
        await connection.ExecuteAsync($"""
            INSERT INTO articles (id, source_file, content_hash, headline, body, word_count, seeded_at) VALUES
                ('summit', 'summit.txt', 'hash-1', 'Summit in Lachin', '{body}', 9, '2025-05-28T00:00:00Z'),
                ('talks', 'talks.txt', 'hash-2', 'Talks', 'Talks went on.', 3, '2025-05-28T00:00:00Z');
            INSERT INTO articles_fts (rowid, article_id, headline, body) VALUES
                (7, 'summit', 'Summit in Lachin', '{body}'), (3, 'talks', 'Talks', 'Talks went on.');
            INSERT INTO entities (id, type, name) VALUES ('lachin', 'place', 'Lachin'), ('baku', 'place', 'Baku');
            INSERT INTO article_chains (article_id, chain, type, name, names, mention_count, entity_id) VALUES
                ('summit', 0, 'place', 'Lachin', '[]', 2, 'lachin'), ('summit', 1, 'place', 'Baku', '[]', 2, 'baku');
            INSERT INTO mentions (article_id, entity_id, chain, field, start, end, text, sentence) VALUES
                ('summit', 'lachin', 0, 'headline', 10, 16, 'Lachin', 'Summit in Lachin'),
                ('summit', 'lachin', 0, 'body', 15, 21, 'Lachin', 'Leaders met in Lachin.'),
                ('summit', 'baku', 1, 'body', 42, 46, 'Baku', 'Munir spoke in Baku.'),
                ('summit', 'baku', 1, 'body', 42, 46, 'Baku', 'A sentence the field does not have.');
            """);

        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, default);

        Assert.Equal([(7L, "summit")], await connection.QueryAsync<(long, string)>("SELECT rowid, article_id FROM articles_fts WHERE articles_fts MATCH 'baku'"));
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT search_rowid FROM articles WHERE id = 'talks'"));
        Assert.Equal(
            [("lachin", "Summit in Lachin"), ("lachin", "Leaders met in Lachin."), ("baku", "Munir spoke in Baku."), ("baku", "A sentence the field does not have.")],
            await connection.QueryAsync<(string, string)>("""
                SELECT c.entity_id, COALESCE(m.sentence, substr(CASE m.field WHEN 'headline' THEN a.headline ELSE a.body END, m.sentence_start, m.sentence_length))
                FROM mentions m JOIN article_chains c USING (article_id, chain) JOIN articles a ON a.id = m.article_id ORDER BY m.mention
                """));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mentions WHERE sentence IS NOT NULL"));

        // The index follows the table: a deleted article is no longer found, a new one is.
        await connection.ExecuteAsync("""
            DELETE FROM articles WHERE id = 'talks';
            INSERT INTO articles (id, source_file, content_hash, headline, body, word_count, seeded_at, search_rowid)
            VALUES ('vote', 'vote.txt', 'hash-3', 'Vote', 'Talks ended in a vote.', 5, '2025-05-29T00:00:00Z', 8);
            """);
        Assert.Equal(["vote"], await connection.QueryAsync<string>("SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'talks'"));
        await connection.ExecuteAsync("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"); // fails when index and table differ
        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));
    }

    private static Migration EmbeddedMigration(int version, string name)
    {
        using var stream = typeof(MigrationRunner).Assembly.GetManifestResourceStream($"migrations/{version:D4}_{name}.sql")!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }

    public void Dispose() => _folder.Dispose();
}
