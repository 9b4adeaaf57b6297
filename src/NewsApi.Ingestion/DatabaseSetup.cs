using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;
using NewsApi.Storage.Search;

namespace NewsApi.Ingestion;

/// <summary>The API's first start: a missing database is created and seeded; an existing one is only migrated.</summary>
public static class DatabaseSetup
{
    /// <summary>
    /// False when the file is a NewsApi database with migrations still to apply (made by an older NewsApi). Read-only;
    /// a file that cannot be read as one counts as up to date, so the API starts and reports it per request as before.
    /// </summary>
    public static async Task<bool> IsUpToDateAsync(string databasePath, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await NewsDatabaseFile.OpenForReadingAsync(databasePath, cancellationToken);
            var recorded = await MigrationRunner.RecordedVersionsAsync(connection, cancellationToken);
            return MigrationRunner.FromEmbeddedScripts().MissingFrom(recorded).Count == 0;
        }
        catch (SqliteException)
        {
            return true;
        }
    }

    /// <returns>The seeding summary when the database was created; null when it already existed.</returns>
    /// <exception cref="UnusableDatabaseException">The existing file is not a database this NewsApi can use.</exception>
    public static async Task<SeedSummary?> EnsureCreatedAndSeededAsync(
        string databasePath, string documentsDirectory, CancellationToken cancellationToken)
    {
        if (File.Exists(databasePath))
        {
            await using var connection = await NewsDatabaseFile.OpenForWritingAsync(databasePath, cancellationToken);
            await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, cancellationToken);
            await DerivedTables.RefreshAsync(connection, TimeProvider.System, articlesChanged: false, cancellationToken); // seeded before they existed

            return null;
        }

        // Build under a temporary name and move it into place only when complete: a start interrupted mid-seed
        // must not leave a half-seeded file that the next start would take as finished.
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var building = fullPath + ".seeding";
        DeleteWithSidecars(building);
        try
        {
            var seeder = new CorpusSeeder(NewsPipeline.CreateDefault());
            var summary = await seeder.SeedFolderAsync(new SeedRequest(documentsDirectory, building), progress: null, cancellationToken);
            File.Move(building, fullPath);
            DeleteSearchIndex(fullPath); // an earlier database's, if any: the search index follows its database
            Directory.Move(ArticleIndex.PathFor(building), ArticleIndex.PathFor(fullPath));
            return summary;
        }
        finally
        {
            DeleteWithSidecars(building);
        }
    }

    private static void DeleteWithSidecars(string databasePath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        DeleteSearchIndex(databasePath);
    }

    private static void DeleteSearchIndex(string databasePath)
    {
        if (Directory.Exists(ArticleIndex.PathFor(databasePath)))
        {
            Directory.Delete(ArticleIndex.PathFor(databasePath), recursive: true);
        }
    }
}
