using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Every error is the right status with a problem+json body, a traceId and a detail saying what went wrong, whatever the
/// client says it accepts.
/// </summary>
public sealed class ProblemResponseTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    public static readonly TheoryData<string> AcceptHeaders =
        ["text/csv", "text/html", "application/x-ndjson", "application/xml", "*/*", "application/json", "image/png;;q=x", "%%%"];

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task A_query_string_over_the_limit_is_a_414_problem(string accept) =>
        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/articles?q=" + new string('a', 3000), accept), HttpStatusCode.RequestUriTooLong);

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task An_unknown_route_is_a_404_problem(string accept) =>
        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/no-such-route", accept), HttpStatusCode.NotFound);

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task A_wrong_method_is_a_405_problem(string accept)
    {
        var response = await SendAsync(HttpMethod.Post, "/articles", accept);

        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal)); // HEAD is answered as GET
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task An_unknown_id_is_a_404_problem(string accept) =>
        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/people/nobody-at-all", accept), HttpStatusCode.NotFound);

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task An_invalid_parameter_is_a_400_problem(string accept) =>
        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/articles?limit=0", accept), HttpStatusCode.BadRequest);

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task A_client_over_its_rate_limit_gets_a_429_problem_with_retry_after(string accept)
    {
        using var limited = api.WithWebHostBuilder(host => host.UseSetting("RateLimiting:PermitLimit", "1").UseSetting("RateLimiting:Window", "00:01:00"));
        var client = limited.CreateClient();
        using var allowed = await client.GetAsync("/health");

        using var refused = await SendAsync(HttpMethod.Get, "/people", accept, client);

        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string accept, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await (client ?? api.CreateClient()).SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var problem = await response.ReadProblemAsync(status); // status, application/problem+json, the status in the body, a traceId
            Assert.True(problem.TryGetProperty("detail", out var detail) && detail.GetString()!.Length > 10, $"no detail in {problem}");
        }
    }
}
