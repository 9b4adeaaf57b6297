using System.Text.Json;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests.Contract;

/// <summary>api.http is an executable contract: httpyac sends every request in it to the seeded server and checks its assertions.</summary>
public sealed class ApiHttpTests(KestrelNewsApi api) : IClassFixture<KestrelNewsApi>
{
    [Fact]
    public async Task Every_request_in_api_http_asserts_what_its_comment_says_and_passes()
    {
        var apiHttp = Path.Combine(NodeTools.RepositoryRoot, "api.http");
        var requestLines = File.ReadLines(apiHttp).Count(line => line.Split(' ')[0] is "GET" or "HEAD" or "POST");

        var (exitCode, output, errors) = await NodeTools.RunAsync(
            "httpyac/bin/httpyac.js", ["send", "api.http", "--all", "--json"], NodeTools.RepositoryRoot,
            new Dictionary<string, string> { ["NEWSAPI_URL"] = api.BaseAddress.ToString().TrimEnd('/') });

        using var report = JsonDocument.Parse(output);
        var requests = report.RootElement.GetProperty("requests").EnumerateArray().ToList();
        var failures = requests
            .SelectMany(request => request.GetProperty("testResults").EnumerateArray()
                .Where(test => test.GetProperty("status").GetString() != "SUCCESS")
                .Select(test => $"line {request.GetProperty("line")} \"{request.GetProperty("title")}\": {test.GetProperty("message")} {test.GetProperty("status")}"
                    + (test.TryGetProperty("error", out var error) ? $" ({error.GetProperty("displayMessage")})" : "")))
            .ToList();
        var silent = requests.Where(request => request.GetProperty("testResults").GetArrayLength() == 0)
            .Select(request => $"line {request.GetProperty("line")} \"{request.GetProperty("title")}\" asserts nothing")
            .ToList();

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(silent.Count == 0, string.Join('\n', silent));
        Assert.Equal(requestLines, requests.Count); // every request ran, each in its own block
        Assert.True(exitCode == 0, errors);
    }
}
