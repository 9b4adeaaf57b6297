using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Behind a reverse proxy: the rate limit is kept per client address from X-Forwarded-For only when the request comes
/// from a proxy listed in ForwardedHeaders; otherwise the header is ignored. On real Kestrel, where requests have a
/// remote address (127.0.0.1, standing in for the proxy).
/// </summary>
public sealed class ForwardedHeadersTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "127.0.0.1")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget(string key, string value)
    {
        using var server = Start(key, value);

        var first = await StatusesAsync(server.Client, "203.0.113.7", 4);
        var second = await StatusesAsync(server.Client, "203.0.113.8", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Theory]
    [InlineData(null, null)] // the default: nothing trusted
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.9.8.7")]
    public async Task Without_a_trusted_proxy_a_forwarded_address_is_ignored_and_clients_share_the_senders_budget(string? key, string? value)
    {
        using var server = Start(key, value);

        var first = await StatusesAsync(server.Client, "203.0.113.7", 2);
        var second = await StatusesAsync(server.Client, "203.0.113.8", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Forwarded-For", forwardedFor } } };
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private RealServer Start(string? key, string? value)
    {
        var factory = api.WithWebHostBuilder(host =>
        {
            host.UseSetting("RateLimiting:PermitLimit", "2").UseSetting("RateLimiting:Window", "00:01:00");
            if (key is not null)
            {
                host.UseSetting(key, value);
            }
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RealServer(factory, new HttpClient { BaseAddress = new Uri(address) });
    }

    private sealed record RealServer(WebApplicationFactory<Program> Factory, HttpClient Client) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }
}
