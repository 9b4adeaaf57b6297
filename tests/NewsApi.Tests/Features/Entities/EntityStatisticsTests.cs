using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Ingestion;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

/// <summary>
/// Entity counts, dates, names and co-mentions are stored by the seeder, not counted per request: these tests check that
/// what the API shows follows the articles after every seed. Each test seeds its own folder, since they change it.
/// </summary>
public sealed class EntityStatisticsTests
{
    private const string Munir = "syed-asim-munir";
    private const string QuettaVisit = "903_munir_in_quetta.txt";

    private const string QuettaVisitText = """
        National

        Munir meets traders in Quetta

        date 2025-06-02

        QUETTA: Field Marshal Syed Asim Munir met traders in Quetta on June 2, 2025, and said the highways to Karachi would stay open.

        The army chief told the traders that security on the roads had improved.
        """;

    [Fact]
    public async Task An_article_added_by_a_later_seed_is_counted_in_the_profile_and_the_lists()
    {
        await using var api = new ReseedableNewsApi();
        await api.SeedAsync();
        var client = api.CreateClient();
        var before = await ProfileAsync(client, Munir);

        await api.WriteDocumentAsync(QuettaVisit, QuettaVisitText);
        await api.SeedAsync();

        var after = await ProfileAsync(client, Munir);
        Assert.Equal(before.GetProperty("articleCount").GetInt32() + 1, after.GetProperty("articleCount").GetInt32());
        Assert.Equal("2025-06-02", after.GetProperty("lastSeen").GetString());
        Assert.Contains("quetta", await RelatedIdsAsync(client, Munir));
        Assert.Contains("2025-06-02", await TimelineDaysAsync(client, Munir));
        Assert.Equal(after.GetProperty("articleCount").GetInt32(), await ListedArticleCountAsync(client, "/people?q=Syed%20Asim%20Munir"));
    }

    [Fact]
    public async Task Pruning_an_article_takes_it_out_of_the_counts_dates_and_co_mentions()
    {
        await using var api = new ReseedableNewsApi();
        await api.WriteDocumentAsync(QuettaVisit, QuettaVisitText);
        await api.SeedAsync();
        var client = api.CreateClient();
        var before = await ProfileAsync(client, Munir);

        api.DeleteDocument(QuettaVisit);
        await api.SeedAsync(prune: true);

        var after = await ProfileAsync(client, Munir);
        Assert.Equal(before.GetProperty("articleCount").GetInt32() - 1, after.GetProperty("articleCount").GetInt32());
        Assert.True(after.GetProperty("mentionCount").GetInt32() < before.GetProperty("mentionCount").GetInt32());
        Assert.Equal("2025-05-28", after.GetProperty("lastSeen").GetString());
        Assert.DoesNotContain("quetta", await RelatedIdsAsync(client, Munir));
        Assert.Equal(["2025-05-28"], await TimelineDaysAsync(client, Munir));
        Assert.Equal(after.GetProperty("mentionCount").GetInt32(), after.GetProperty("aliasUsage").EnumerateArray().Sum(alias => alias.GetProperty("mentions").GetInt32()));
        Assert.Equal(after.GetProperty("articleCount").GetInt32(), await ListedArticleCountAsync(client, "/people?q=Syed%20Asim%20Munir"));
    }

    [Fact]
    public async Task A_database_seeded_before_the_statistics_existed_gets_them_on_the_next_seed()
    {
        await using var api = new ReseedableNewsApi();
        await api.SeedAsync();
        var client = api.CreateClient();
        var built = await ProfileAsync(client, Munir);
        await api.ForgetStatisticsAsync();

        await api.SeedAsync();

        Assert.Equal(built.GetRawText(), (await ProfileAsync(client, Munir)).GetRawText());
    }

    [Fact]
    public async Task Every_profile_agrees_with_the_articles_it_links_to()
    {
        await using var api = new ReseedableNewsApi();
        await api.WriteDocumentAsync(QuettaVisit, QuettaVisitText);
        await api.SeedAsync();
        var client = api.CreateClient();

        var people = await (await client.GetAsync("/people?limit=100")).ReadOkAsync<JsonElement>();
        foreach (var person in people.GetProperty("items").EnumerateArray())
        {
            var profile = await ProfileAsync(client, person.GetProperty("id").GetString()!);
            var articles = await (await client.GetAsync($"{profile.GetProperty("articles").GetString()}?limit=100")).ReadOkAsync<JsonElement>();
            var dates = articles.GetProperty("items").EnumerateArray()
                .Select(article => article.GetProperty("published").GetString()).OfType<string>().Order(StringComparer.Ordinal).ToList();

            Assert.Equal(articles.GetProperty("total").GetInt32(), profile.GetProperty("articleCount").GetInt32());
            Assert.Equal(person.GetProperty("articleCount").GetInt32(), profile.GetProperty("articleCount").GetInt32());
            Assert.Equal(dates.FirstOrDefault(), profile.GetProperty("firstSeen").GetString());
            Assert.Equal(dates.LastOrDefault(), profile.GetProperty("lastSeen").GetString());
        }
    }

    private static async Task<JsonElement> ProfileAsync(HttpClient client, string id) =>
        await (await client.GetAsync($"/people/{id}")).ReadOkAsync<JsonElement>();

    private static async Task<List<string>> TimelineDaysAsync(HttpClient client, string id) =>
        [.. (await (await client.GetAsync($"/people/{id}/timeline")).ReadOkAsync<JsonElement>())
            .GetProperty("periods").EnumerateArray().Where(day => day.GetProperty("articles").GetInt32() > 0)
            .Select(day => day.GetProperty("start").GetString()!)];

    private static async Task<List<string>> RelatedIdsAsync(HttpClient client, string id) =>
        [.. (await (await client.GetAsync($"/entities/{id}/related?limit=100")).ReadOkAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Select(edge => edge.GetProperty("target").GetString()!)];

    private static async Task<int> ListedArticleCountAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ReadOkAsync<JsonElement>()).GetProperty("items")[0].GetProperty("articleCount").GetInt32();

    /// <summary>The API over the two seed documents copied into a temp folder that a test may change and seed again.</summary>
    private sealed class ReseedableNewsApi : WebApplicationFactory<Program>
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-entity-statistics-").FullName;

        public ReseedableNewsApi()
        {
            Directory.CreateDirectory(DocumentsPath);
            foreach (var file in Directory.EnumerateFiles(SeededNewsApi.DocumentsPath))
            {
                File.Copy(file, Path.Combine(DocumentsPath, Path.GetFileName(file)));
            }
        }

        private string DocumentsPath => Path.Combine(_directory, "documents");

        private string DatabasePath => Path.Combine(_directory, "news.db");

        public Task WriteDocumentAsync(string fileName, string text) => File.WriteAllTextAsync(Path.Combine(DocumentsPath, fileName), text);

        public void DeleteDocument(string fileName) => File.Delete(Path.Combine(DocumentsPath, fileName));

        public Task<SeedSummary> SeedAsync(bool prune = false) =>
            new CorpusSeeder(NewsPipeline.CreateDefault()).SeedFolderAsync(new SeedRequest(DocumentsPath, DatabasePath, prune), progress: null, CancellationToken.None);

        /// <summary>Leaves the database as one seeded before migration 0004 would be once migrated: tables there, never built.</summary>
        public async Task ForgetStatisticsAsync()
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            await connection.ExecuteAsync("""
                DELETE FROM entity_statistics; DELETE FROM entity_alias_usage; DELETE FROM entity_role_statistics;
                DELETE FROM entity_co_mentions; DELETE FROM entity_alias_words; DELETE FROM entity_timeline; DELETE FROM entity_sections;
                DELETE FROM corpus_statistics;
                """);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsDatabase:Path", DatabasePath);
            builder.UseSetting("NewsDatabase:DocumentsPath", DocumentsPath);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools(); // pooled read-only connections would keep the file open
            Directory.Delete(_directory, recursive: true);
        }
    }
}
