using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Support;

/// <summary>
/// The API over a temp SQLite file that the real seeder (storage + extraction pipeline) fills from the bundled
/// documents in db/documents. One per test class: seeding runs the whole extraction, so it is shared, never repeated.
/// </summary>
public sealed class SeededNewsApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-tests-").FullName;

    private string DatabasePath => Path.Combine(_directory, "news.db");

    public static string DocumentsPath => Path.Combine(AppContext.BaseDirectory, "documents");

    public async Task InitializeAsync() =>
        await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, DocumentsPath, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsDatabase:Path", DatabasePath);
        builder.UseSetting("NewsDatabase:DocumentsPath", DocumentsPath);
        ResponseContract.EnforceOn(builder); // every status and header the tests see must be in the OpenAPI document
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        SqliteConnection.ClearAllPools(); // pooled read-only connections would keep the file open
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
