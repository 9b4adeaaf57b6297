using System.Net;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests;

/// <summary>
/// What only the real server shows: its banner and the size limits. The API's own limits answer with a problem; Kestrel's,
/// twice as high, refuse before the API runs, with the bare status.
/// </summary>
public sealed class KestrelLimitsTests(KestrelNewsApi api) : IClassFixture<KestrelNewsApi>
{
    private readonly HttpClient _client = new() { BaseAddress = api.BaseAddress };

    [Fact]
    public async Task Responses_name_no_server_software()
    {
        using var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Theory]
    [InlineData(20)] // over the API's 16 KB: its own 431 problem
    [InlineData(40)] // over Kestrel's 32 KB too: Kestrel's bare 431, before any of the API's code
    public async Task Oversized_request_headers_are_refused_with_431(int kilobytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Padding", new string('x', kilobytes * 1024));
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        if (kilobytes < 32)
        {
            await AssertProblemAsync(response);
        }
    }

    [Fact]
    public async Task Too_many_header_fields_are_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        for (var i = 0; i < 60; i++)
        {
            request.Headers.Add($"X-Field-{i}", "x");
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Theory]
    [InlineData("/articles?q=", 3)]        // the query string limit (2,048 characters)
    [InlineData("/people/", 10)]           // the API's 8 KB URL limit
    [InlineData("/articles?q=", 20)]       // Kestrel's 16 KB request line: its bare 414
    public async Task An_oversized_request_line_is_refused_with_414(string start, int kilobytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, start + new string('a', kilobytes * 1024));
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        if (kilobytes < 16)
        {
            await AssertProblemAsync(response);
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
    }
}
