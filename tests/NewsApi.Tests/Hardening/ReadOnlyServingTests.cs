using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Infrastructure;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

public sealed class ReadOnlyServingTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Fact]
    public async Task The_OpenAPI_document_offers_nothing_but_GET()
    {
        var document = await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadOkAsync<JsonElement>();

        var methods = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => operation.Name))
            .Distinct();
        Assert.Equal(["get"], methods);
    }

    [Fact]
    public async Task The_connections_the_api_opens_refuse_to_write()
    {
        var database = api.Services.GetRequiredService<NewsDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM articles";

        var refusal = await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());

        Assert.Equal(8, refusal.SqliteErrorCode); // SQLITE_READONLY
    }

    [Theory]
    [InlineData(null, 2047L << 20)]
    [InlineData("0", 0L)]
    [InlineData("64", 64L << 20)]
    public async Task Connections_read_through_the_memory_map_the_settings_give(string? setting, long expected)
    {
        using var configured = setting is null ? null : api.WithWebHostBuilder(host => host.UseSetting("NewsDatabase:MemoryMapMiB", setting));
        var database = (configured?.Services ?? api.Services).GetRequiredService<NewsDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA mmap_size";

        Assert.Equal(expected, (long)(await pragma.ExecuteScalarAsync())!);
        Assert.Equal(HttpStatusCode.OK, (await (configured?.CreateClient() ?? api.CreateClient()).GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task A_request_reads_one_snapshot_and_returns_its_connection_with_no_transaction_open()
    {
        var database = api.Services.GetRequiredService<NewsDatabase>();
        SqliteConnection rented;
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            rented = connection;
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT COUNT(*) FROM articles";
            await read.ExecuteScalarAsync();

            Assert.Equal(0, SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle)); // inside the request's read transaction
        }

        Assert.Equal(1, SQLitePCL.raw.sqlite3_get_autocommit(rented.Handle)); // back in the pool, none open
    }

    [Fact]
    public async Task A_query_over_the_time_limit_is_stopped_and_answered_with_a_503_problem()
    {
        using var impatient = api.WithWebHostBuilder(host => host.UseSetting("NewsDatabase:QueryTimeLimit", "00:00:00.000001"));

        using var response = await impatient.CreateClient().GetAsync("/articles?q=Lachin OR defence OR Pakistan&sort=relevance");

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The query took too long", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_same_query_within_the_default_limit_succeeds()
    {
        using var response = await api.CreateClient().GetAsync("/articles?q=Lachin OR defence OR Pakistan&sort=relevance");

        var page = await response.ReadOkAsync<PageOf<ArticleItem>>();
        Assert.Equal(2, page.Items.Count);
    }
}
