using System.Net;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Stories;

public sealed class CachingTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Asking_again_with_the_etag_gets_a_304_without_a_body()
    {
        var first = await _client.GetAsync("/stories");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/stories");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task The_csv_and_json_of_one_list_have_different_etags()
    {
        var json = await _client.GetAsync("/people");
        var csv = await _client.GetAsync("/people?format=csv");

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
    }

    [Fact]
    public async Task After_the_seeder_adds_an_article_the_old_etag_no_longer_matches()
    {
        var before = (await _client.GetAsync("/articles")).Headers.ETag!;

        await api.AddArticleAndReseedAsync("903_quetta_budget.txt", """
            National

            Balochistan presents its budget in Quetta

            QUETTA: The Balochistan government presented its budget for the coming year on June 20, 2025, with more money for schools and roads.
            """);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/articles");
        again.Headers.IfNoneMatch.Add(before);
        var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.Contains("903-quetta-budget", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_server_cache_until_the_seeder_writes_again()
    {
        var first = await _client.GetAsync("/articles?q=ambulances");
        var second = await _client.GetAsync("/articles?q=ambulances");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // served from memory
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        await api.AddArticleAndReseedAsync("904_karachi_ambulances.txt", """
            National

            Karachi adds ambulances to its rescue service

            KARACHI: The Sindh government handed fifty new ambulances to the Karachi rescue service on June 22, 2025.
            """);
        var afterSeeding = await _client.GetAsync("/articles?q=ambulances");

        Assert.Null(afterSeeding.Headers.Age);
        Assert.Contains("904-karachi-ambulances", await afterSeeding.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_never_served_from_the_server_cache()
    {
        await _client.GetAsync("/articles?limit=0");
        var again = await _client.GetAsync("/articles?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }
}
