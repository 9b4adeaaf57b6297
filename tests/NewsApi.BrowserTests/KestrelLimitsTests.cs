using System.Net;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests;

/// <summary>What only the real server shows: its banner and the size limits Kestrel enforces before the app runs.</summary>
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

    [Fact]
    public async Task Oversized_request_headers_are_refused_with_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Padding", new string('x', 20 * 1024));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_request_line_is_refused_with_414()
    {
        using var response = await _client.GetAsync("/articles?q=" + new string('a', 10 * 1024));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
