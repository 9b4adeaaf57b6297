using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Health;

public sealed class HealthTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Fact]
    public async Task Health_reports_a_reachable_database_with_the_seed_counts()
    {
        var health = await (await api.CreateClient().GetAsync("/health")).ReadOkAsync<JsonElement>();

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("databaseReachable").GetBoolean());
        var counts = health.GetProperty("counts");
        Assert.Equal(2, counts.GetProperty("articles").GetInt32());
        Assert.Equal(7, counts.GetProperty("people").GetInt32());
        Assert.Equal(1, counts.GetProperty("organisations").GetInt32());
        Assert.Equal(8, counts.GetProperty("places").GetInt32());
        Assert.Equal(await MentionRowsAsync(), counts.GetProperty("mentions").GetInt64());
    }

    private async Task<long> MentionRowsAsync()
    {
        var path = api.Services.GetRequiredService<NewsApi.Infrastructure.NewsDatabase>().FilePath;
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mentions");
    }
}
