using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Ingestion;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

/// <summary>
/// Ids are kept by other services, so an entity that a later seed merges into another must not leave a dead link: the
/// API answers its id with 301 to the entity that took it. Here "Blair" is ambiguous while a rugby player Mark Blair is in
/// the archive, so it is its own entity; once his article is pruned it joins Tony Blair, and "blair" is retired.
/// </summary>
public sealed class MergedEntityRedirectTests : IAsyncLifetime
{
    private const string TonyBlair = """
        Politics

        Blair defends record on schools

        LONDON: Prime Minister Tony Blair defended his record on schools on Tuesday, telling teachers in Leeds that standards had risen.

        Blair said the government would spend more on buildings next year.
        """;

    private const string SurnameOnly = """
        Politics

        Opposition attacks schools plan

        LONDON: The opposition attacked the schools plan on Wednesday. Mr Blair was not in the Commons to hear it, aides said.

        Blair has promised a statement next week.
        """;

    private const string MarkBlair = """
        Sport

        Edinburgh sign scrum-half

        EDINBURGH: Edinburgh have signed scrum-half Mark Blair from Glasgow on a two-year deal, the club said on Thursday.

        Blair, 24, played twice for Scotland last season.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-redirects-").FullName;
    private Api _api = null!;

    private string DocumentsPath => Path.Combine(_directory, "documents");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DocumentsPath);
        await File.WriteAllTextAsync(Path.Combine(DocumentsPath, "blair-schools.txt"), TonyBlair);
        await File.WriteAllTextAsync(Path.Combine(DocumentsPath, "schools-plan.txt"), SurnameOnly);
        await File.WriteAllTextAsync(Path.Combine(DocumentsPath, "edinburgh-sign.txt"), MarkBlair);
        await SeedAsync();
        _api = new Api(Path.Combine(_directory, "news.db"), DocumentsPath);
    }

    [Fact]
    public async Task A_merged_entity_id_answers_301_to_the_entity_that_took_it_on_every_entity_route()
    {
        var client = _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("Blair", await NameOfAsync(client, "/people/blair")); // apart while two Blairs are in the archive

        File.Delete(Path.Combine(DocumentsPath, "edinburgh-sign.txt"));
        await SeedAsync(prune: true);

        foreach (var (path, location) in new[]
                 {
                     ("/people/blair", "/people/tony-blair"),
                     ("/people/blair/articles?limit=1&sort=oldest", "/people/tony-blair/articles?limit=1&sort=oldest"),
                     ("/people/blair/timeline?interval=month", "/people/tony-blair/timeline?interval=month"),
                     ("/entities/blair/related", "/entities/tony-blair/related"),
                 })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(location, response.Headers.Location?.OriginalString);
        }

        var following = _api.CreateClient(); // follows redirects, as curl -L and HttpClient do
        Assert.Equal("Tony Blair", await NameOfAsync(following, "/people/blair"));
        var articles = await (await following.GetAsync("/people/blair/articles")).ReadOkAsync<JsonElement>();
        Assert.Equal(2, articles.GetProperty("items").GetArrayLength()); // the surname-only article came along
    }

    [Fact]
    public async Task An_id_that_was_never_an_entity_is_still_a_404_problem()
    {
        var client = _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await (await client.GetAsync("/people/nobody-at-all")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/people/nobody-at-all/articles")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retired_id_that_names_an_entity_again_is_served_not_redirected()
    {
        var client = _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var edinburgh = Path.Combine(DocumentsPath, "edinburgh-sign.txt");
        File.Delete(edinburgh);
        await SeedAsync(prune: true);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/people/blair")).StatusCode);

        await File.WriteAllTextAsync(edinburgh, MarkBlair); // the second Blair is back: "Blair" alone is ambiguous again
        await SeedAsync();

        Assert.Equal("Blair", await NameOfAsync(client, "/people/blair"));
    }

    private static async Task<string> NameOfAsync(HttpClient client, string path) =>
        (await (await client.GetAsync(path)).ReadOkAsync<JsonElement>()).GetProperty("name").GetString()!;

    private Task<SeedSummary> SeedAsync(bool prune = false) =>
        new CorpusSeeder(NewsPipeline.CreateDefault()).SeedFolderAsync(
            new SeedRequest(DocumentsPath, Path.Combine(_directory, "news.db"), Prune: prune), progress: null, CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync()
    {
        _api.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private sealed class Api(string databasePath, string documentsPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsDatabase:Path", databasePath);
            builder.UseSetting("NewsDatabase:DocumentsPath", documentsPath);
            ResponseContract.EnforceOn(builder); // 301 must be in the OpenAPI document
        }
    }
}
