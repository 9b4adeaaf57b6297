using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsApi.Tests.Support;

namespace NewsApi.Tests;

public sealed class UnavailableDatabaseTests : IDisposable
{
    private readonly string _notADatabase = Path.GetTempFileName();
    private readonly WebApplicationFactory<Program> _api;

    public UnavailableDatabaseTests()
    {
        File.WriteAllText(_notADatabase, "this file is not a SQLite database, but it exists, so the API does not seed over it");
        _api = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("NewsDatabase:Path", _notADatabase));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/articles?q=Lachin")]
    [InlineData("/people")]
    public async Task A_file_that_is_not_a_database_makes_the_api_answer_503_problems(string url)
    {
        using var response = await _api.CreateClient().GetAsync(url);

        await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Liveness_answers_alive_without_reading_the_broken_database()
    {
        using var response = await _api.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"alive\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _api.Dispose();
        File.Delete(_notADatabase);
    }
}
