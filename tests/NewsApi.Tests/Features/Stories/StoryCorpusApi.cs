using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Ingestion;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Stories;

/// <summary>
/// The API over a corpus the tests build: the two seed documents plus the team-written articles in Corpus/ (a rewrite of
/// the seeds' meeting, another event with the same people on the next day, and an unrelated match report), seeded by the
/// real seeder into a temp file. <see cref="AddArticleAndReseedAsync"/> writes one more file and seeds again.
/// </summary>
public sealed class StoryCorpusApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SeedWithDate = "001-5bc9951281a706f7";
    public const string SeedWithoutDate = "000-414a6a6b185ff7a0";
    public const string Rewrite = "900-lachin-wire-rewrite";
    public const string OtherEventSamePeople = "901-karachi-flood-relief";
    public const string Unrelated = "902-lahore-cricket";

    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-stories-").FullName;

    private string DocumentsPath => Path.Combine(_directory, "documents");

    public string DatabasePath => Path.Combine(_directory, "news.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DocumentsPath);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "documents"))
                     .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Features", "Stories", "Corpus"))))
        {
            File.Copy(file, Path.Combine(DocumentsPath, Path.GetFileName(file)));
        }

        await SeedAsync();
    }

    public async Task AddArticleAndReseedAsync(string fileName, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(DocumentsPath, fileName), text);
        await SeedAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsDatabase:Path", DatabasePath);
        builder.UseSetting("NewsDatabase:DocumentsPath", DocumentsPath);
        ResponseContract.EnforceOn(builder); // every status and header the tests see must be in the OpenAPI document
    }

    private Task<SeedSummary> SeedAsync() =>
        new CorpusSeeder(NewsPipeline.CreateDefault()).SeedFolderAsync(new SeedRequest(DocumentsPath, DatabasePath), progress: null, CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
