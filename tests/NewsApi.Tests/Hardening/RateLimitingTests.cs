using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

public sealed class RateLimitingTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Fact]
    public async Task A_client_over_its_limit_gets_a_429_problem_that_says_when_to_come_back()
    {
        using var limited = api.WithWebHostBuilder(host => host
            .UseSetting("RateLimiting:PermitLimit", "3")
            .UseSetting("RateLimiting:Window", "00:01:00"));
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/people");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/people");

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("\"per-client\";q=3;w=60", refused.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal($"\"per-client\";r=0;t={retryAfter}", refused.Headers.GetValues("RateLimit").Single());
    }

    [Fact]
    public async Task The_default_limit_lets_a_busy_client_through()
    {
        var client = api.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var response = await client.GetAsync("/health");
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
