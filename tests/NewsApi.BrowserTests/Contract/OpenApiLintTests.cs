using System.Text.Json;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests.Contract;

/// <summary>The served OpenAPI document passes Redocly CLI's recommended rules with no error and no warning.</summary>
public sealed class OpenApiLintTests(KestrelNewsApi api) : IClassFixture<KestrelNewsApi>
{
    [Fact]
    public async Task The_OpenAPI_document_passes_Redocly_recommended_rules_without_errors_or_warnings()
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var document = Path.Combine(Path.GetTempPath(), $"newsapi-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await http.GetStringAsync("/swagger/v1/swagger.json"));
        try
        {
            var (exitCode, output, errors) = await NodeTools.RunAsync(
                "@redocly/cli/bin/cli.js", ["lint", document, "--extends=recommended", "--format=json"], Path.GetTempPath());

            using var report = JsonDocument.Parse(output);
            var problems = report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(problem => $"{problem.GetProperty("severity")} {problem.GetProperty("ruleId")}: {problem.GetProperty("message")} "
                    + $"at {problem.GetProperty("location")[0].GetProperty("pointer")}")
                .ToList();
            var totals = report.RootElement.GetProperty("totals");
            Assert.True(problems.Count == 0, string.Join('\n', problems));
            Assert.Equal(0, totals.GetProperty("errors").GetInt32());
            Assert.Equal(0, totals.GetProperty("warnings").GetInt32());
            Assert.True(exitCode == 0, errors);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
