using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;
using NewsApi.Storage;
using NewsApi.Storage.Statistics;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Timelines over an existing database whose two articles about Syed Asim Munir are dated 0001-01-01 and 9999-12-31
/// (the seeder no longer stores such dates, but a database from before may hold them): bounded, and never a 500.
/// </summary>
public sealed class TimelineBoundsTests(TimelineBoundsTests.ExtremeDatesApi api) : IClassFixture<TimelineBoundsTests.ExtremeDatesApi>
{
    private const string Timeline = "/people/syed-asim-munir/timeline";
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("year")]
    public async Task A_timeline_longer_than_3700_periods_is_a_400_that_asks_for_from_to_or_a_longer_interval(string interval)
    {
        using var response = await _client.GetAsync($"{Timeline}?interval={interval}");

        var message = Assert.Single(await response.ReadFieldErrorsAsync("interval"));
        Assert.Contains("from and to", message, StringComparison.Ordinal);
        Assert.Contains("3,700", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("day", "9999-12-01", null, 31, "9999-12-31", 1)]
    [InlineData("week", "9999-06-01", null, 31, "9999-12-27", 1)]
    [InlineData("month", "9999-01-01", "9999-12-31", 12, "9999-12-01", 1)]
    [InlineData("year", "9000-01-01", null, 1000, "9999-01-01", 1)]
    [InlineData("month", null, "0001-12-31", 12, "0001-12-01", 0)]
    [InlineData("day", "2025-01-01", "2025-12-31", 365, "2025-12-31", 0)]
    public async Task A_range_within_the_bound_lists_every_period_up_to_the_last_day_of_the_calendar(
        string interval, string? from, string? to, int periods, string lastStart, int lastArticles)
    {
        var query = $"?interval={interval}" + (from is null ? "" : $"&from={from}") + (to is null ? "" : $"&to={to}");

        var timeline = await (await _client.GetAsync(Timeline + query)).ReadOkAsync<JsonElement>();

        var list = timeline.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(periods, list.Count);
        Assert.Equal(lastStart, list[^1].GetProperty("start").GetString());
        Assert.Equal(lastArticles, list[^1].GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task The_first_period_of_year_one_is_counted()
    {
        var timeline = await (await _client.GetAsync($"{Timeline}?interval=month&to=0001-03-31")).ReadOkAsync<JsonElement>();

        var first = timeline.GetProperty("periods")[0];
        Assert.Equal(("0001-01-01", 1), (first.GetProperty("start").GetString(), first.GetProperty("articles").GetInt32()));
    }

    [Fact]
    public async Task To_before_from_is_a_400_naming_to()
    {
        await (await _client.GetAsync($"{Timeline}?from=2025-02-01&to=2025-01-01")).ReadFieldErrorsAsync("to");
    }

    [Fact]
    public async Task The_entity_profile_and_article_lists_with_these_dates_are_not_errors()
    {
        foreach (var url in new[] { "/people/syed-asim-munir", "/people/syed-asim-munir/articles", "/articles?sort=oldest", "/articles?facets=published" })
        {
            using var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
    }

    /// <summary>The seeds, with the dated article moved to 0001-01-01 and the undated one to 9999-12-31, statistics rebuilt.</summary>
    public sealed class ExtremeDatesApi : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-dates-").FullName;

        private string DatabasePath => Path.Combine(_directory, "news.db");

        public async Task InitializeAsync()
        {
            await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, SeededNewsApi.DocumentsPath, CancellationToken.None);
            await using var connection = await NewsDatabaseFile.OpenForWritingAsync(DatabasePath, CancellationToken.None);
            await connection.ExecuteAsync("UPDATE articles SET published = CASE WHEN published IS NULL THEN '9999-12-31' ELSE '0001-01-01' END");
            await EntityStatisticsBuilder.RebuildAsync(connection, TimeProvider.System, CancellationToken.None);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("NewsDatabase:Path", DatabasePath);

        Task IAsyncLifetime.DisposeAsync()
        {
            Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
