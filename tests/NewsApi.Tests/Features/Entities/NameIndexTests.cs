using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

/// <summary>
/// The name search is answered from an in-memory index per data version (EntityNameIndex) and entity profiles from
/// statements prepared once per connection (ReusableConnection). Both must give exactly what the SQL search and fresh
/// statements gave: the same items, best alias, order, totals and cursors, past one page, with the response cache on and
/// off, under concurrent clients and after the data changes under a running API.
/// </summary>
public sealed class NameIndexTests(NameIndexTests.ManyNamesApi api) : IClassFixture<NameIndexTests.ManyNamesApi>
{
    // The SQL search the index replaced, run on the database itself: the reference every answer is checked against.
    private const string ReferenceSql = """
        WITH matches AS (
            SELECT entity_id, alias,
                   CASE WHEN alias_key LIKE @Prefix ESCAPE '\' THEN 0 WHEN alias_key LIKE @WordPrefix ESCAPE '\' THEN 1 ELSE 2 END AS match_rank
            FROM entity_aliases WHERE alias_key LIKE @Contains ESCAPE '\'),
        best AS (
            SELECT entity_id, alias, match_rank,
                   ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY match_rank, length(alias), alias) AS n
            FROM matches)
        SELECT e.id AS Id, b.alias AS MatchedAlias, COALESCE(s.article_count, 0) AS ArticleCount
        FROM best b JOIN entities e ON e.id = b.entity_id AND b.n = 1
        LEFT JOIN entity_statistics s ON s.entity_id = e.id
        WHERE (@Type IS NULL OR e.type = @Type) AND COALESCE(s.article_count, 0) >= @MinArticles
        ORDER BY match_rank, ArticleCount DESC, COALESCE(s.mention_count, 0) DESC, e.id
        """;

    public static TheoryData<string, bool> Lookups => new()
    {
        { "/entities?q=a", false },         // most names: ranks 0, 1 and 2, several pages
        { "/entities?q=o", true },
        { "/entities?q=ok", false },
        { "/entities?q=ova", true },        // inside words only
        { "/people?q=an", false },
        { "/people?q=an&minArticles=3", true },
        { "/places?q=a", false },
        { "/entities?q=zzz", true },        // nothing
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Every_page_of_a_name_search_is_the_sql_search_and_the_cursors_walk_it_once(string url, bool responseCache)
    {
        using var client = api.Client(responseCache);
        var expected = await ReferenceAsync(url);

        var (walked, total, pages) = await WalkAsync(client, $"{url}&limit=100");

        Assert.Equal(expected, walked);
        Assert.Equal(expected.Count, total);
        Assert.Equal(Math.Max(1, (expected.Count + 99) / 100), pages);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(33)]
    public async Task Small_pages_walk_the_same_list_as_large_ones(int limit)
    {
        using var client = api.Client(responseCache: false);

        var (walked, total, _) = await WalkAsync(client, $"/entities?q=a&limit={limit}");

        Assert.Equal(await ReferenceAsync("/entities?q=a"), walked);
        Assert.True(total > 100, $"the search should have more than a page of names, not {total}");
    }

    [Fact]
    public async Task Concurrent_clients_get_the_sql_answers()
    {
        var urls = Lookups.Select(row => (string)row[0]).ToArray();
        var expected = new Dictionary<string, List<Item>>();
        foreach (var url in urls)
        {
            expected[url] = await ReferenceAsync(url);
        }

        using var client = api.Client(responseCache: false);
        var answers = await Task.WhenAll(Enumerable.Range(0, 48).Select(async i =>
        {
            var url = urls[i % urls.Length];
            var walked = await WalkAsync(client, $"{url}&limit=40");
            var entity = await (await client.GetAsync("/people/okonkwo-abara")).ReadOkAsync<EntityProfile>();
            return (url, walked.Items, entity.ArticleCount);
        }));

        Assert.All(answers, answer => Assert.Equal(expected[answer.url], answer.Items));
        Assert.All(answers, answer => Assert.Equal(answers[0].ArticleCount, answer.ArticleCount));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reseed_under_a_running_api_changes_the_answers_to_the_new_data(bool responseCache)
    {
        var reseeded = new ManyNamesApi();
        await reseeded.InitializeAsync();
        try
        {
            await ReseedAsync(reseeded, responseCache);
        }
        finally
        {
            await ((IAsyncLifetime)reseeded).DisposeAsync();
        }
    }

    private static async Task ReseedAsync(ManyNamesApi reseeded, bool responseCache)
    {
        using var client = reseeded.Client(responseCache);
        var before = await WalkAsync(client, "/entities?q=ok&limit=100");
        var profileBefore = await (await client.GetAsync("/people/okonkwo-abara")).ReadOkAsync<EntityProfile>();
        Assert.Equal(await reseeded.ReferenceAsync("/entities?q=ok"), before.Items);

        // As a seed does: names come and go, counts change, and the data version is bumped, all in one transaction.
        await reseeded.WriteAsync("""
            DELETE FROM entity_aliases WHERE entity_id IN (SELECT id FROM entities WHERE id LIKE 'okonkwo-%' ORDER BY id LIMIT 40);
            INSERT INTO entities (id, type, name) VALUES ('okra-newcomer', 'person', 'Okra Newcomer');
            INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ('okra-newcomer', 'okra newcomer', 'Okra Newcomer');
            INSERT INTO entity_statistics (entity_id, article_count, mention_count) VALUES ('okra-newcomer', 999, 999);
            UPDATE entity_statistics SET article_count = article_count + 500 WHERE entity_id = 'okonkwo-abara';
            INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ('okonkwo-abara', 'the okonkwo', 'The Okonkwo');
            UPDATE data_version SET version = version + 1 WHERE id = 1;
            """);

        var after = await WalkAsync(client, "/entities?q=ok&limit=100");
        var profileAfter = await (await client.GetAsync("/people/okonkwo-abara")).ReadOkAsync<EntityProfile>();

        Assert.Equal(await reseeded.ReferenceAsync("/entities?q=ok"), after.Items);
        Assert.Equal("okra-newcomer", after.Items[0].Id);
        Assert.NotEqual(before.Total, after.Total);
        Assert.Equal(profileBefore.ArticleCount + 500, profileAfter.ArticleCount);
        Assert.Contains("The Okonkwo", profileAfter.Aliases);
    }

    private Task<List<Item>> ReferenceAsync(string url) => api.ReferenceAsync(url);

    private static async Task<(List<Item> Items, long Total, int Pages)> WalkAsync(HttpClient client, string url)
    {
        var items = new List<Item>();
        long? total = null;
        var pages = 0;
        for (string? next = url; next is not null; pages++)
        {
            var page = await (await client.GetAsync(next)).ReadOkAsync<NamePage>();
            total ??= page.Total;
            items.AddRange(page.Items.Select(item => new Item(item.Id, item.MatchedAlias, item.ArticleCount)));
            next = page.Next;
        }

        return (items, total ?? -1, pages);
    }

    public sealed record Item(string Id, string? MatchedAlias, long ArticleCount);

    private sealed class ReferenceRow
    {
        public string Id { get; set; } = "";
        public string? MatchedAlias { get; set; }
        public long ArticleCount { get; set; }
    }

    private sealed record NamePage(List<EntityItem> Items, string? Next, long? Total);

    private sealed record EntityProfile(string Id, long ArticleCount, List<string> Aliases);

    /// <summary>
    /// The seed articles plus 600 generated people and places written straight into the entity tables (a forename and
    /// surname each, with aliases, counts with ties), so a name search has several pages; the seeder's own tables are kept.
    /// </summary>
    public sealed class ManyNamesApi : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private static readonly string[] Forenames = ["Abara", "Ngozi", "Tomasz", "Ana", "Oksana", "Kofi", "Leila", "Ivana", "Joao", "Anouk", "Okello", "Dana"];
        private static readonly string[] Surnames = ["Okonkwo", "Novak", "Haddad", "Mendes", "Solberg", "Okafor", "Watanabe", "Ivanova", "Sokol", "Andersen", "Lukova", "Tanaka"];

        private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-names-").FullName;
        private readonly Dictionary<bool, WebApplicationFactory<Program>> _servers = [];

        private string DatabasePath => Path.Combine(_directory, "news.db");

        public async Task InitializeAsync()
        {
            await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, SeededNewsApi.DocumentsPath, CancellationToken.None);
            var random = new Random(16);
            var sql = new System.Text.StringBuilder();
            foreach (var surname in Surnames)
            {
                foreach (var forename in Forenames)
                {
                    foreach (var (type, suffix) in new[] { ("person", ""), ("person", " Jr"), ("place", " Town"), ("person", " Snr") })
                    {
                        var name = $"{forename} {surname}{suffix}";
                        var id = $"{surname}-{forename}{suffix.Replace(' ', '-')}".ToLowerInvariant();
                        var articles = random.Next(1, 6); // few values: many ties, ordered by mentions, then id
                        sql.Append(CultureInfo.InvariantCulture, $"""
                            INSERT INTO entities (id, type, name) VALUES ('{id}', '{type}', '{name}');
                            INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ('{id}', '{name.ToLowerInvariant()}', '{name}');
                            INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ('{id}', '{(surname + suffix).ToLowerInvariant()}', '{surname}{suffix}');
                            INSERT INTO entity_statistics (entity_id, article_count, mention_count) VALUES ('{id}', {articles}, {articles + random.Next(0, 2)});

                            """);
                    }
                }
            }

            await WriteAsync(sql + "UPDATE data_version SET version = version + 1 WHERE id = 1;");
        }

        public HttpClient Client(bool responseCache)
        {
            if (!_servers.TryGetValue(responseCache, out var server))
            {
                server = _servers[responseCache] = WithWebHostBuilder(builder =>
                    builder.UseSetting("ResponseCache:Enabled", responseCache ? "true" : "false"));
            }

            return server.CreateClient();
        }

        public async Task WriteAsync(string sql)
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(sql, transaction: transaction);
            await transaction.CommitAsync();
        }

        /// <summary>What the SQL search gives for this list URL's q, type and minArticles.</summary>
        public async Task<List<Item>> ReferenceAsync(string url)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
            var key = NewsApi.Extraction.Entities.NameKey.Of(query["q"].ToString());
            var route = url.Split('?')[0];
            var args = new
            {
                Prefix = $"{key}%",
                WordPrefix = $"% {key}%",
                Contains = $"%{key}%",
                Type = route switch { "/people" => "person", "/places" => "place", "/organisations" => "organisation", _ => null },
                MinArticles = query.TryGetValue("minArticles", out var min) ? int.Parse(min.ToString(), CultureInfo.InvariantCulture) : route == "/entities" ? 0 : 1,
            };
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            return [.. (await connection.QueryAsync<ReferenceRow>(ReferenceSql, args)).Select(row => new Item(row.Id, row.MatchedAlias, row.ArticleCount))];
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsDatabase:Path", DatabasePath);
            builder.UseSetting("NewsDatabase:DocumentsPath", SeededNewsApi.DocumentsPath);
            builder.UseSetting("RateLimiting:Enabled", "false");
            ResponseContract.EnforceOn(builder);
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            foreach (var server in _servers.Values)
            {
                await server.DisposeAsync();
            }

            await DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
