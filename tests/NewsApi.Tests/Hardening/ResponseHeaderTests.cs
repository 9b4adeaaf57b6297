using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

public sealed class ResponseHeaderTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Theory]
    [InlineData("/people")]
    [InlineData("/articles?limit=0")]
    [InlineData("/swagger/index.html")]
    public async Task Every_response_forbids_sniffing_framing_and_referrers(string url)
    {
        using var response = await api.CreateClient().GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task A_bug_outside_Development_is_a_500_problem_without_the_exception_or_a_stack_trace()
    {
        using var failing = api.WithWebHostBuilder(host => host
            .UseEnvironment(Environments.Production)
            .ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowForUnknownRoutes>()));

        using var response = await failing.CreateClient().GetAsync("/anything");

        await response.ReadProblemAsync(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ThrowForUnknownRoutes.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Without_configured_origins_no_cross_origin_caller_is_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/people") { Headers = { { "Origin", "https://elsewhere.example" } } };

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_is_allowed_and_any_other_is_not()
    {
        using var withCors = api.WithWebHostBuilder(host => host.UseSetting("Cors:AllowedOrigins:0", "https://news.example"));
        var client = withCors.CreateClient();

        using var allowed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/people") { Headers = { { "Origin", "https://news.example" } } });
        using var other = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/people") { Headers = { { "Origin", "https://elsewhere.example" } } });
        using var allowedAgain = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/people") { Headers = { { "Origin", "https://news.example" } } });
        using var otherAgain = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/people") { Headers = { { "Origin", "https://elsewhere.example" } } });

        Assert.Equal("https://news.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        // The repeats come from the server's response cache, which must not hand one origin's answer to another.
        Assert.Equal("https://news.example", Header(allowedAgain, "Access-Control-Allow-Origin"));
        Assert.False(otherAgain.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_query_string_longer_than_any_real_search_is_a_414_problem()
    {
        using var response = await api.CreateClient().GetAsync("/articles?q=" + new string('a', 3000));

        await response.ReadProblemAsync(HttpStatusCode.RequestUriTooLong);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    /// <summary>Stands in for a bug: any request no endpoint takes throws, with a message that must not leak.</summary>
    private sealed class ThrowForUnknownRoutes : IStartupFilter
    {
        public const string Secret = "connection string with a password";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(_ => throw new InvalidOperationException(Secret));
        };
    }
}
