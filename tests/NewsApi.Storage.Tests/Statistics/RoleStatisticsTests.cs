using System.Text.Json;
using Dapper;
using NewsApi.Extraction;
using NewsApi.Testing;
using NewsApi.Ingestion;
using NewsApi.Storage.Statistics;

namespace NewsApi.Storage.Tests.Statistics;

public sealed class RoleStatisticsTests : IDisposable
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_role_stated_in_many_articles_lists_the_newest_of_them_and_counts_them_all()
    {
        var first = new DateOnly(2025, 1, 1);
        var reports = EntityStatisticsBuilder.RoleArticles + 5;
        for (var day = 0; day < reports; day++)
        {
            _folder.WriteDocument($"report-{day:00}.txt", $"""
                National

                Budget talks, day {day + 1}

                date {first.AddDays(day):yyyy-MM-dd} Finance Minister Amara Okonkwo arrives in Port Emmerich.

                PORT EMMERICH: Finance Minister Amara Okonkwo met bankers in Port Emmerich to discuss the budget.
                """);
        }

        await new CorpusSeeder(Pipeline).SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath), null, default);

        using var connection = _folder.OpenDatabase();
        var (count, articles) = connection.QuerySingle<(long, string)>(
            "SELECT article_count, articles FROM entity_role_statistics WHERE entity_id = 'amara-okonkwo' AND role = 'Finance Minister'");
        Assert.Equal(reports, count);
        var newestFirst = Enumerable.Range(0, EntityStatisticsBuilder.RoleArticles).Select(day => $"report-{reports - 1 - day:00}");
        Assert.Equal(newestFirst, JsonSerializer.Deserialize<string[]>(articles));
    }

    public void Dispose() => _folder.Dispose();
}
