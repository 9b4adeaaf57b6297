using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Archive;

/// <summary>
/// The API over a temp SQLite file seeded from Archive/Corpus by the real seeder (the API's first-start seeding, which
/// runs the same CorpusSeeder as the `seed` command). Seeded once per test class.
/// </summary>
public sealed class ArchiveApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-archive-").FullName;

    public static string CorpusPath => Path.Combine(AppContext.BaseDirectory, "Archive", "Corpus");

    private string DatabasePath => Path.Combine(_directory, "news.db");

    public async Task InitializeAsync() =>
        await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, CorpusPath, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsDatabase:Path", DatabasePath);
        builder.UseSetting("NewsDatabase:DocumentsPath", CorpusPath);
        builder.UseSetting("RateLimiting:Enabled", "false"); // the checks make a few thousand requests from one client
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        SqliteConnection.ClearAllPools(); // pooled read-only connections would keep the file open
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
