using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so every client would share one rate-limit
/// budget. Listing the proxy in ForwardedHeaders:KnownProxies (addresses) or ForwardedHeaders:KnownNetworks (CIDR, such
/// as 10.0.0.0/8) makes the API take the client's address from X-Forwarded-For, but only on requests that come from
/// a listed proxy: anyone else could write that header. Off by default (nothing listed): the header is ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    private const string Section = "ForwardedHeaders";

    public static IApplicationBuilder UseTrustedForwardedHeaders(this WebApplication app)
    {
        var proxies = Read(app.Configuration, "KnownProxies", (string text, out IPAddress? address) => IPAddress.TryParse(text, out address));
        var networks = Read(app.Configuration, "KnownNetworks", (string text, out IPNetwork network) => IPNetwork.TryParse(text, out network));
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear(); // the defaults trust loopback
        options.KnownIPNetworks.Clear();
        proxies.ForEach(proxy => options.KnownProxies.Add(proxy!));
        networks.ForEach(network => options.KnownIPNetworks.Add(network));
        return app.UseForwardedHeaders(options);
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Read<T>(IConfiguration configuration, string key, TryParse<T> parse) =>
        (configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? [])
        .Where(text => !string.IsNullOrWhiteSpace(text))
        .Select(text => parse(text.Trim(), out var value)
            ? value
            : throw new InvalidOperationException($"{Section}:{key}: '{text}' is not {(key == "KnownProxies" ? "an IP address" : "a network such as 10.0.0.0/8")}."))
        .ToList();
}
