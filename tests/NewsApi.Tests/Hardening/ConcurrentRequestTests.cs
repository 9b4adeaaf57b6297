using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Eight clients asking for the same large thing at once, with the response cache on: every one gets the whole body,
/// the same as the others. The cache used to hold the seven later ones until the first was done and then serve them its
/// entry, which has no body when the response was over the cache's size limit (7 empty 200s), or fail them all with it.
/// </summary>
[Collection(SharedArchive.Name)]
public sealed class ConcurrentRequestTests(ArchiveNewsApi api)
{
    private const int Clients = 8;
    private const int AllArticles = ArchiveNewsApi.Articles + 5;

    [Fact]
    public async Task Eight_identical_requests_for_a_page_over_the_cache_size_limit_all_get_the_whole_page()
    {
        // A page of 100 articles is ~25 KB: over a 16 KB limit, as a 4 MB body is over the default 512 KB.
        using var smallCache = api.WithWebHostBuilder(host => host.UseSetting("ResponseCache:MaximumBodyKilobytes", "16"));
        var client = smallCache.CreateClient();

        var bodies = await EightAtOnceAsync(client, "/articles?limit=100&facets=person,place");

        Assert.All(bodies, body => Assert.Equal(100, JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength()));
        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task Eight_identical_requests_under_the_size_limit_all_get_the_whole_page_and_the_next_one_comes_from_the_cache()
    {
        var client = api.CreateClient();

        var bodies = await EightAtOnceAsync(client, "/articles?limit=50&sort=oldest");
        using var again = await client.GetAsync("/articles?limit=50&sort=oldest");

        Assert.All(bodies, body => Assert.Equal(50, JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength()));
        Assert.Single(bodies.Distinct());
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(bodies[0], await again.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("ndjson")]
    public async Task Eight_identical_exports_at_once_all_get_every_row(string format)
    {
        var client = api.CreateClient();

        var bodies = await EightAtOnceAsync(client, $"/articles?format={format}");

        var lines = bodies[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(AllArticles + (format == "csv" ? 1 : 0), lines);
        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task Eight_large_pages_and_eight_exports_of_one_list_at_once_are_all_complete()
    {
        var client = api.CreateClient();

        var both = await Task.WhenAll(EightAtOnceAsync(client, "/articles?limit=100"), EightAtOnceAsync(client, "/articles?format=ndjson"));

        Assert.Single(both[0].Distinct());
        Assert.Equal(100, JsonDocument.Parse(both[0][0]).RootElement.GetProperty("items").GetArrayLength());
        Assert.Single(both[1].Distinct());
        Assert.Equal(AllArticles, both[1][0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<string[]> EightAtOnceAsync(HttpClient client, string url)
    {
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, Clients).Select(async _ =>
        {
            await start.WaitAsync();
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }).ToList();
        start.Release(Clients);
        return await Task.WhenAll(requests);
    }
}
