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
    public async Task A_client_over_its_limit_does_not_make_the_liveness_probe_fail()
    {
        // A flooding client behind the orchestrator's address (one NAT, one proxy) spends the address's budget.
        using var limited = api.WithWebHostBuilder(host => host
            .UseSetting("RateLimiting:PermitLimit", "2")
            .UseSetting("RateLimiting:Window", "00:01:00"));
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/people")).Dispose();
        }

        using var people = await client.GetAsync("/people");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, people.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task An_expensive_request_spends_more_of_the_budget_than_a_lookup()
    {
        using var limited = api.WithWebHostBuilder(host => host
            .UseSetting("RateLimiting:PermitLimit", "20")
            .UseSetting("RateLimiting:Window", "00:01:00"));
        var client = limited.CreateClient();

        // 1 + 3 per facet: 16 of the 20.
        using var search = await client.GetAsync("/articles?facets=person,organisation,place,section,published");
        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var lookup = await client.GetAsync("/people/syed-asim-munir");
            lookups.Add(lookup.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], lookups);
    }

    [Fact]
    public async Task A_search_costing_more_than_the_whole_budget_is_charged_the_whole_budget_not_refused_forever()
    {
        using var limited = api.WithWebHostBuilder(host => host
            .UseSetting("RateLimiting:PermitLimit", "10")
            .UseSetting("RateLimiting:Window", "00:01:00"));
        var client = limited.CreateClient();
        var worstCase = "/articles?facets=person,organisation,place,section,published&q=" + Uri.EscapeDataString(string.Join(" OR ", Enumerable.Range('a', 26).Select(c => $"{(char)c}*")));

        using var first = await client.GetAsync(worstCase);
        using var second = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ReadProblemAsync(HttpStatusCode.TooManyRequests);
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
