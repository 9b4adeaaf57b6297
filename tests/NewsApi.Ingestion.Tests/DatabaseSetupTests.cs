using Dapper;
using NewsApi.Testing;
using NewsApi.Ingestion;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;

namespace NewsApi.Ingestion.Tests;

public sealed class DatabaseSetupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_missing_database_is_created_and_seeded_from_the_documents_folder()
    {
        var databasePath = Path.Combine(_folder.Root, "new-folder", "news.db");

        var summary = await DatabaseSetup.EnsureCreatedAndSeededAsync(databasePath, SeedDocuments.Folder, default);

        Assert.Equal(2, summary?.Added);
        Assert.Equal([Path.GetFileName(databasePath)], Directory.GetFiles(Path.GetDirectoryName(databasePath)!).Select(Path.GetFileName));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Pooling=False");
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task An_existing_database_is_migrated_but_not_seeded_again()
    {
        await using (var connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default))
        {
            await new MigrationRunner([]).MigrateAsync(connection, default);
        }

        var summary = await DatabaseSetup.EnsureCreatedAndSeededAsync(_folder.DatabasePath, SeedDocuments.Folder, default);

        Assert.Null(summary);
        using var migrated = _folder.OpenDatabase();
        Assert.Equal(MigrationRunner.FromEmbeddedScripts().LatestVersion, await migrated.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0, await migrated.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task A_setup_cancelled_while_seeding_leaves_no_database_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => DatabaseSetup.EnsureCreatedAndSeededAsync(_folder.DatabasePath, SeedDocuments.Folder, cancelled.Token));

        Assert.Empty(Directory.GetFiles(_folder.Root));
    }

    public void Dispose() => _folder.Dispose();
}
