using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Infrastructure;
using NewsApi.Tests.Support;
using SQLitePCL;

namespace NewsApi.Tests.Performance;

/// <summary>
/// The hot lookups must stay index lookups as the archive grows: each test calls an endpoint through the real HTTP
/// pipeline, traces the SQL it runs (parameters filled in by SQLite) and fails when EXPLAIN QUERY PLAN shows a full
/// scan of one of the big tables. Scans of a covering index and of the full-text virtual table are allowed.
/// </summary>
public sealed partial class QueryPlanTests(QueryPlanTests.TracedNewsApi api) : IClassFixture<QueryPlanTests.TracedNewsApi>
{
    private static readonly string[] BigTables =
    [
        "articles", "entities", "entity_aliases", "article_chains", "article_entities", "entity_roles", "mentions",
        "stories", "story_articles", "article_similarities",
    ];

    [Fact]
    public async Task Entity_by_id_reads_no_big_table_in_full() =>
        await AssertNoFullScanAsync($"/people/{await FirstIdAsync("/people")}");

    // Name lookup matches q anywhere in an alias, which no B-tree index can serve: the in-memory name index reads every
    // alias once per data version (that table grows with the distinct names, not the articles). Nothing else may be scanned.
    [Fact]
    public async Task Entity_name_lookup_reads_only_the_alias_list_in_full() =>
        await AssertNoFullScanAsync("/entities?q=Sharif", allowedScan: "entity_aliases");

    // /health is a readiness probe, asked often: counting the mention rows took 5 s cold at 100k articles.
    [Fact]
    public async Task Health_counts_no_mention_rows()
    {
        var plans = await PlansAsync("/health");

        Assert.All(plans, query => Assert.DoesNotContain(query.Plan, detail => detail.Contains("mentions", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Article_by_id_reads_no_big_table_in_full() =>
        await AssertNoFullScanAsync($"/articles/{await FirstIdAsync("/articles")}");

    [Fact]
    public async Task Full_text_search_reads_no_big_table_in_full() => await AssertNoFullScanAsync("/articles?q=security");

    [Fact]
    public async Task Articles_by_person_read_no_big_table_in_full() =>
        await AssertNoFullScanAsync($"/articles?person={await FirstIdAsync("/people")}");

    [Fact]
    public async Task Entity_articles_read_no_big_table_in_full() =>
        await AssertNoFullScanAsync($"/people/{await FirstIdAsync("/people")}/articles");

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    public async Task An_entitys_articles_come_in_date_order_from_an_index_without_sorting_them_all(string sort)
    {
        var plans = await PlansAsync($"/people/{await FirstIdAsync("/people")}/articles?sort={sort}");

        Assert.All(plans, query => Assert.DoesNotContain(query.Plan, detail => detail.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)));
    }

    // The facet counts of a short list (one place's dated articles) must start from that list, not from every entity of
    // the types asked: 1,011 ms on 2,225 real articles when SQLite began with all 6,267 people.
    [Fact]
    public async Task Entity_facets_of_a_filtered_list_read_entities_only_by_id()
    {
        var plans = await PlansAsync("/articles?place=lachin&from=2000-01-01&facets=person,organisation,place");

        var (sql, plan) = Assert.Single(plans, query => query.Sql.Contains("ae.entity_id", StringComparison.Ordinal) && query.Sql.Contains("listed", StringComparison.Ordinal));
        var entityReads = plan.Where(detail => EntitiesRead().IsMatch(detail)).ToList();
        Assert.True(entityReads.Count > 0 && entityReads.All(detail => detail.Contains("(id=?)", StringComparison.Ordinal)),
            $"entities are read other than by id in:\n{string.Join('\n', plan)}\n{sql}");
    }

    // One entity's list with facets counts from the entity's statistics: reading every listed article and its links took
    // seconds for a person in 9,000 of 100,000 articles.
    [Fact]
    public async Task One_entitys_facets_read_neither_its_articles_nor_their_links()
    {
        var plans = await PlansAsync($"/articles?person={await FirstIdAsync("/people")}&facets=person,organisation,place,section,published");

        var (sql, plan) = Assert.Single(plans, query => query.Sql.Contains("'total'", StringComparison.Ordinal));
        Assert.DoesNotContain(TablesByAlias(sql).Values, table => table is "articles" or "article_entities");
        Assert.DoesNotContain(plan, detail => FullScan().IsMatch(detail));
    }

    // Without a filter the list is every article: sorting them all for one page hit the time limit at 100k.
    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    public async Task The_article_list_comes_in_date_order_from_an_index_on_every_page(string sort)
    {
        using var client = api.CreateClient();
        using var first = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/articles?sort={sort}&limit=1", UriKind.Relative)));
        var next = first.RootElement.GetProperty("next").GetString()!;

        // Another limit for the first page: the response cache would answer the request made above without a query.
        foreach (var path in new[] { $"/articles?sort={sort}&limit=2", next })
        {
            var plans = await PlansAsync(path);
            Assert.All(plans, query => Assert.DoesNotContain(query.Plan, detail => detail.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)));
            Assert.Contains(plans, query => query.Plan.Any(detail => detail.Contains($"USING INDEX articles_{sort}", StringComparison.Ordinal)));
        }
    }

    private async Task AssertNoFullScanAsync(string path, string? allowedScan = null)
    {
        foreach (var (sql, plan) in await PlansAsync(path))
        {
            var tables = TablesByAlias(sql);
            var fullScans = plan.Select(detail => FullScan().Match(detail)).Where(scan => scan.Success)
                .Select(scan => tables.GetValueOrDefault(scan.Groups["table"].Value, scan.Groups["table"].Value))
                .Where(table => BigTables.Contains(table, StringComparer.OrdinalIgnoreCase) && table != allowedScan).ToList();
            Assert.True(fullScans.Count == 0, $"GET {path} runs a full table scan ({string.Join("; ", fullScans)}) in:\n{sql}");
        }
    }

    /// <summary>Each query the endpoint ran, with its EXPLAIN QUERY PLAN details.</summary>
    private async Task<List<(string Sql, List<string> Plan)>> PlansAsync(string path)
    {
        using var client = api.CreateClient();
        api.Statements.Clear();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");

        var queries = api.Statements.Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        Assert.NotEmpty(queries);

        await using var connection = new SqliteConnection(api.ReadOnlyConnectionString);
        var plans = new List<(string, List<string>)>();
        foreach (var sql in queries)
        {
            // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail).
            plans.Add((sql, (await connection.QueryAsync<(long, long, long, string Detail)>($"EXPLAIN QUERY PLAN {sql}")).Select(row => row.Detail).ToList()));
        }

        return plans;
    }

    // EXPLAIN QUERY PLAN names a table by its alias when the query gives one ("FROM entities e" scans as "SCAN e").
    private static Dictionary<string, string> TablesByAlias(string sql)
    {
        var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match source in TableSource().Matches(sql))
        {
            tables.TryAdd(source.Groups["alias"].Value, source.Groups["table"].Value);
        }

        return tables;
    }

    private async Task<string> FirstIdAsync(string listPath)
    {
        using var client = api.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri(listPath, UriKind.Relative)));
        return list.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [GeneratedRegex(@"^(SCAN|SEARCH) e\b")]
    private static partial Regex EntitiesRead();

    // "SCAN articles" or "SCAN a"; a scan USING an index, or of a virtual table, is not a full table scan.
    [GeneratedRegex(@"^SCAN (?<table>\w+)$")]
    private static partial Regex FullScan();

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+(?<table>\w+)\s+(?:AS\s+)?(?<alias>(?!WHERE|JOIN|ON|LEFT|GROUP|ORDER|LIMIT|USING)\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex TableSource();

    /// <summary>The seeded API with a connection observer that records every statement SQLite runs.</summary>
    public sealed class TracedNewsApi : IAsyncLifetime
    {
        private readonly SeededNewsApi _seeded = new();
        private readonly StatementTrace _trace = new();
        private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _factory;

        public ConcurrentQueue<string> Statements => _trace.Statements;

        public string ReadOnlyConnectionString { get; private set; } = "";

        public HttpClient CreateClient() => _factory!.CreateClient();

        public async Task InitializeAsync()
        {
            await _seeded.InitializeAsync();
            _factory = _seeded.WithWebHostBuilder(builder => builder.ConfigureServices(
                services => services.AddSingleton<IConnectionObserver>(_trace)));
            var path = _factory.Services.GetRequiredService<NewsDatabase>().FilePath;
            // The seed's planner statistics describe two articles, for which scanning a table is right; without them
            // SQLite plans for large tables, as in a real archive, which is what these tests are about.
            await using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await writer.ExecuteAsync("DELETE FROM sqlite_stat1");
            }

            ReadOnlyConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        }

        public async Task DisposeAsync()
        {
            await _factory!.DisposeAsync();
            await ((IAsyncLifetime)_seeded).DisposeAsync();
        }
    }

    private sealed class StatementTrace : IConnectionObserver
    {
        public ConcurrentQueue<string> Statements { get; } = new();

        public void Opened(SqliteConnection connection) =>
            raw.sqlite3_trace(connection.Handle, (_, statement) => Statements.Enqueue(statement.utf8_to_string()), null);
    }
}
