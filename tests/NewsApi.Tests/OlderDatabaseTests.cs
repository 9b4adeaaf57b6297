using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Storage.Migrations;

namespace NewsApi.Tests;

public sealed class OlderDatabaseTests : IDisposable
{
    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm"];
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"newsapi-older-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_database_made_by_an_older_newsapi_is_migrated_on_start_and_its_people_are_served()
    {
        await CreateVersion3DatabaseWithOneArticleAsync();
        using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("NewsDatabase:Path", _databasePath));

        using var response = await api.CreateClient().GetAsync("/people/syed-asim-munir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var person = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, person.RootElement.GetProperty("articleCount").GetInt32());
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Pooling=False");
        Assert.Equal(MigrationRunner.FromEmbeddedScripts().LatestVersion, await connection.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
    }

    // Branches number migrations in parallel: a database that has 0012 must still get a lower-numbered one landed after it.
    [Fact]
    public async Task A_database_missing_a_migration_below_its_newest_gets_it_on_start()
    {
        var shipped = MigrationRunner.FromEmbeddedScripts();
        var withoutSeven = new MigrationRunner(shipped.MissingFrom([]).Where(migration => migration.Version != 7));
        await using (var connection = new SqliteConnection($"Data Source={_databasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await withoutSeven.MigrateAsync(connection, default);
        }

        using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("NewsDatabase:Path", _databasePath));
        using var response = await api.CreateClient().GetAsync("/people/nobody/articles?sort=oldest");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var migrated = new SqliteConnection($"Data Source={_databasePath};Pooling=False");
        Assert.Contains(7, await migrated.QueryAsync<int>("SELECT version FROM schema_version"));
        Assert.Equal(1, await migrated.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'article_entities_oldest'"));
    }

    /// <summary>The schema of migrations 0001-0003 (as the previous release left it), with one article about one person.</summary>
    private async Task CreateVersion3DatabaseWithOneArticleAsync()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var migrations = assembly.GetManifestResourceNames().Where(name => name.StartsWith("migrations/000", StringComparison.Ordinal)).Order()
            .Take(3).Select((name, i) =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Migration(i + 1, name, reader.ReadToEnd());
            }).ToList();
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Pooling=False");
        await connection.OpenAsync();
        await new MigrationRunner(migrations).MigrateAsync(connection, default);
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, source_file, content_hash, headline, body, word_count, seeded_at, published)
            VALUES ('summit', 'summit.txt', 'hash', 'Army chief in Lachin', 'Syed Asim Munir visited Lachin.', 5, '2025-05-28T00:00:00Z', '2025-05-28');
            INSERT INTO entities (id, type, name) VALUES ('syed-asim-munir', 'person', 'Syed Asim Munir');
            INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ('syed-asim-munir', 'syed asim munir', 'Syed Asim Munir');
            INSERT INTO article_entities (article_id, entity_id, mention_count, salience) VALUES ('summit', 'syed-asim-munir', 1, 1.0);
            UPDATE data_version SET built_at = '2025-05-28T00:00:00Z';
            """);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in DatabaseFileSuffixes.Select(suffix => _databasePath + suffix).Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
