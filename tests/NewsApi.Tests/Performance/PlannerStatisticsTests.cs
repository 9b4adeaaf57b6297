using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Infrastructure;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Performance;

public sealed class PlannerStatisticsTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Fact]
    public async Task A_seed_leaves_statistics_for_the_query_planner()
    {
        var path = api.Services.GetRequiredService<NewsDatabase>().FilePath;
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");

        var analysed = (await connection.QueryAsync<string>("SELECT DISTINCT tbl FROM sqlite_stat1")).ToList();

        Assert.Contains("articles", analysed);
        Assert.Contains("article_entities", analysed);
        Assert.Contains("entities", analysed);
    }
}
