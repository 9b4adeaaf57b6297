using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsApi.Tests.Support;
using Xunit.Abstractions;

namespace NewsApi.Tests.Hardening.Fuzzing;

/// <summary>
/// Sends generated hostile requests to every GET route of the OpenAPI document, with Accept headers of every kind. CI
/// runs a fixed-seed subset; the full
/// run is <c>FUZZ_REQUESTS=10000 dotnet test tests/NewsApi.Tests --filter FullyQualifiedName~RequestFuzzing</c>
/// (FUZZ_SEED picks another sequence). Figures are written to the test output.
/// </summary>
public sealed class RequestFuzzingTests(SeededNewsApi api, ITestOutputHelper output) : IClassFixture<SeededNewsApi>
{
    private const int DefaultRequests = 1500;
    private const int DefaultSeed = 20261123;

    [Fact]
    public async Task Hostile_requests_to_every_route_never_get_a_5xx_and_every_4xx_is_a_problem()
    {
        var requests = Setting("FUZZ_REQUESTS", DefaultRequests);
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        using var unlimited = api.WithWebHostBuilder(host => host.UseSetting("RateLimiting:Enabled", "false"));
        var client = unlimited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var routes = FuzzRoute.ReadAll(await (await client.GetAsync("/swagger/v1/swagger.json")).ReadOkAsync<JsonElement>());
        var random = new Random(seed);
        var values = new HostileValues(random, await KnownIdsAsync(client), await RealCursorsAsync(client));
        var generated = new RequestGenerator(routes, random, values).Generate(requests).ToList();

        var outcomes = new List<(string Url, int Status, string? MediaType)>();
        await Parallel.ForEachAsync(generated, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, fuzz.Url);
            if (fuzz.Accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
            }

            using var response = await client.SendAsync(request, ct);
            lock (outcomes)
            {
                outcomes.Add(($"{fuzz.Url} (Accept: {fuzz.Accept})", (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            }
        });

        var byStatus = outcomes.GroupBy(outcome => outcome.Status).OrderBy(group => group.Key)
            .Select(group => $"{group.Key}: {group.Count()}");
        output.WriteLine($"{outcomes.Count} requests (seed {seed}) over {routes.Count} routes; by status: {string.Join(", ", byStatus)}");
        var failures = outcomes
            .Where(outcome => outcome.Status >= 500 || (outcome.Status >= 400 && outcome.MediaType != "application/problem+json"))
            .Select(outcome => $"{outcome.Status} {outcome.MediaType} GET {outcome.Url[..Math.Min(outcome.Url.Length, 300)]}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} bad responses, e.g.:\n{string.Join('\n', failures.Take(20))}");
        Assert.Contains(outcomes, outcome => outcome.Status == 200); // some get past validation into the queries
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    // Real ids make some requests reach the deeper code: an existing article or entity with hostile parameters.
    private static async Task<List<string>> KnownIdsAsync(HttpClient client)
    {
        var articles = await client.GetFromJsonAsync<PageOf<ArticleItem>>("/articles?limit=100");
        var entities = await client.GetFromJsonAsync<PageOf<EntityItem>>("/entities?q=a&limit=100");
        return [.. articles!.Items.Select(article => article.Id), .. entities!.Items.Select(entity => entity.Id)];
    }

    // Cursors from real 'next' links, for the fuzzer to edit, truncate or use on another list.
    private static async Task<List<string>> RealCursorsAsync(HttpClient client)
    {
        var cursors = new List<string>();
        foreach (var url in new[] { "/articles?limit=1", "/articles?q=Lachin&limit=1", "/people?limit=1", "/places?limit=2" })
        {
            var next = (await client.GetFromJsonAsync<PageOf<JsonElement>>(url))!.Next;
            if (next is not null && HttpUtility.ParseQueryString(new Uri("http://x" + next).Query)["cursor"] is { } cursor)
            {
                cursors.Add(cursor);
            }
        }

        return cursors;
    }
}
