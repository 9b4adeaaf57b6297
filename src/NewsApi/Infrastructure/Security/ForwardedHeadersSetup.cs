using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
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
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section);
        return services;
    }

    public static IApplicationBuilder UseTrustedForwardedHeaders(this WebApplication app)
    {
        var trusted = app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value;
        var proxies = Read(trusted.KnownProxies, nameof(trusted.KnownProxies), (string text, out IPAddress? address) => IPAddress.TryParse(text, out address));
        var networks = Read(trusted.KnownNetworks, nameof(trusted.KnownNetworks), (string text, out IPNetwork network) => IPNetwork.TryParse(text, out network));
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

    private static List<T> Read<T>(string[] texts, string key, TryParse<T> parse) =>
        texts
        .Where(text => !string.IsNullOrWhiteSpace(text))
        .Select(text => parse(text.Trim(), out var value)
            ? value
            : throw new InvalidOperationException($"{TrustedProxyOptions.Section}:{key}: '{text}' is not {(key == "KnownProxies" ? "an IP address" : "a network such as 10.0.0.0/8")}."))
        .ToList();
}

/// <summary>Settings of the reverse proxies whose X-Forwarded-For is believed (section "ForwardedHeaders").</summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy IP addresses.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, such as 10.0.0.0/8.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
