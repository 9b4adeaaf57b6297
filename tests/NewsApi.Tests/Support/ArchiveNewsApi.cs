using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Support;

/// <summary>
/// The API over an archive of more than ten pages: <see cref="Articles"/> short generated articles (a few recurring people,
/// organisations and places, dated over two years) plus <see cref="HostileHeadlines"/>, seeded by the real seeder and
/// pipeline into a temp file. Served with the API's own settings (response cache on) and no rate limit, unless a test
/// asks otherwise with <see cref="WebApplicationFactory{T}.WithWebHostBuilder"/>.
/// </summary>
public sealed class ArchiveNewsApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int Articles = 1_100;

    /// <summary>Headlines a spreadsheet would run as formulas if a CSV export passed them on as they are.</summary>
    public static readonly string[] HostileHeadlines =
        ["=HYPERLINK(\"http://x\",\"y\")", "+cmd Budget Talks", "-1+1 Council Vote", "@SUM(1) Port Deal", "=1+2;=3 Rail Link"];

    private static readonly string[] People = ["Amara Okonkwo", "Rafael Mendes", "Ingrid Solberg", "Kenji Watanabe", "Leila Haddad", "Tomas Novak"];
    private static readonly string[] Places = ["Lagos", "Lisbon", "Oslo", "Osaka", "Beirut", "Prague", "Nairobi", "Lima"];
    private static readonly string[] Organisations = ["World Health Organization", "International Monetary Fund", "African Union"];
    private static readonly string[] Topics = ["port expansion", "rail links", "water sharing", "vaccination", "tax reform", "flood relief"];

    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-archive-").FullName;

    public string DatabasePath => Path.Combine(_directory, "news.db");

    private string DocumentsPath => Path.Combine(_directory, "documents");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DocumentsPath);
        var random = new Random(12);
        for (var i = 0; i < Articles; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(DocumentsPath, $"{i:D4}_archive.txt"), Article(random, headline: null));
        }

        for (var i = 0; i < HostileHeadlines.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(DocumentsPath, $"hostile_{i}.txt"), Article(random, HostileHeadlines[i]));
        }

        await new CorpusSeeder(NewsPipeline.CreateDefault())
            .SeedFolderAsync(new SeedRequest(DocumentsPath, DatabasePath), progress: null, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsDatabase:Path", DatabasePath);
        builder.UseSetting("RateLimiting:Enabled", "false");
        ResponseContract.EnforceOn(builder); // every status and header the tests see must be in the OpenAPI document
    }

    private static string Article(Random random, string? headline)
    {
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var (host, guest) = (Pick(People), Pick(People));
        var (place, organisation, topic) = (Pick(Places), Pick(Organisations), Pick(Topics));
        var published = new DateOnly(2024, 1, 1).AddDays(random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        headline ??= $"{host.Split(' ')[1]} Discusses {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(topic)} in {place}";
        return $"""
            International

            {headline}

            date {published} {host} arrives in {place}.

            {place.ToUpperInvariant()}: {host} met {guest} in {place} to discuss {topic}, according to the {organisation}.

            "We agreed to meet again before the end of the year," {host.Split(' ')[1]} told reporters after the talks on {topic}.

            """;
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The test classes that share one archive: seeding it takes the real pipeline several seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SharedArchive : ICollectionFixture<ArchiveNewsApi>
{
    public const string Name = "archive";
}
