using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsApi.Tests.Hardening.Fuzzing;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>HEAD on every GET route, and If-None-Match: * (RFC 9110 9.3.2 and 13.1.2).</summary>
public sealed class ConditionalAndHeadRequestTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task HEAD_on_every_GET_route_answers_like_GET_without_a_body()
    {
        var document = await (await _client.GetAsync("/swagger/v1/swagger.json")).ReadOkAsync<JsonElement>();
        var routes = FuzzRoute.ReadAll(document).Select(route => route.Template).ToList();
        Assert.True(routes.Count >= 14, $"only {routes.Count} routes in the OpenAPI document");

        var article = (await (await _client.GetAsync("/articles")).ReadOkAsync<PageOf<ArticleItem>>()).Items[0].Id;

        foreach (var url in routes.Select(route => WithKnownIds(route, article)).Append("/articles?limit=0").Append("/no-such-route"))
        {
            using var get = await _client.GetAsync(url);
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {url}: {(int)head.StatusCode}, GET: {(int)get.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task An_id_in_other_letter_case_stays_a_404_after_the_right_one_was_cached()
    {
        // The response cache's key ignored case, so /people/Syed-Asim-Munir answered the cached 200 of the lower-case id.
        using var found = await _client.GetAsync("/people/syed-asim-munir");
        using var again = await _client.GetAsync("/people/syed-asim-munir");
        using var otherCase = await _client.GetAsync("/people/Syed-Asim-Munir");
        using var otherCaseStar = await SendIfNoneMatchStarAsync("/people/SYED-ASIM-MUNIR");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.NotNull(again.Headers.Age); // the cache is on and answered the second
        await otherCase.ReadProblemAsync(HttpStatusCode.NotFound);
        await otherCaseStar.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/people/syed-asim-munir")]
    [InlineData("/articles?q=Lachin")]
    [InlineData("/people?format=csv")]
    public async Task If_none_match_star_is_a_304_for_an_existing_representation(string url)
    {
        using var response = await SendIfNoneMatchStarAsync(url);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/people/nobody-at-all", HttpStatusCode.NotFound)]
    [InlineData("/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/no-such-route", HttpStatusCode.NotFound)]
    [InlineData("/articles?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/people/syed-asim-munir/timeline?interval=fortnight", HttpStatusCode.BadRequest)]
    public async Task If_none_match_star_keeps_the_error_of_a_request_with_nothing_to_match(string url, HttpStatusCode status)
    {
        using var response = await SendIfNoneMatchStarAsync(url);

        await response.ReadProblemAsync(status);
    }

    [Fact]
    public async Task If_none_match_star_is_a_304_when_the_response_cache_already_holds_the_answer()
    {
        using var first = await _client.GetAsync("/places");
        using var cached = await _client.GetAsync("/places");
        Assert.NotNull(cached.Headers.Age);

        using var response = await SendIfNoneMatchStarAsync("/places");

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendIfNoneMatchStarAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        return await _client.SendAsync(request);
    }

    private static string WithKnownIds(string template, string article) => template switch
    {
        _ when template.StartsWith("/articles/", StringComparison.Ordinal) => template.Replace("{id}", article, StringComparison.Ordinal),
        _ when template.StartsWith("/organisations/", StringComparison.Ordinal) => template.Replace("{id}", "inter-services-public-relations", StringComparison.Ordinal),
        _ when template.StartsWith("/places/", StringComparison.Ordinal) => template.Replace("{id}", "lachin", StringComparison.Ordinal),
        "/entities" => "/entities?q=mun",
        _ => template.Replace("{id}", "syed-asim-munir", StringComparison.Ordinal),
    };
}
