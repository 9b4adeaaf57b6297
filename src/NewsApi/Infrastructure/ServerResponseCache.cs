using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>Settings of the server's response cache (section "ResponseCache").</summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "ResponseCache";

    public bool Enabled { get; set; } = true;

    /// <summary>Memory the cached responses may take, all together.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>Larger responses (long exports) are sent but not kept.</summary>
    public int MaximumBodyKilobytes { get; set; } = 512;
}

/// <summary>
/// Keeps successful GET responses in memory, keyed by path, query, Accept and the seeder's data version: between two
/// seeds the data cannot change, so a repeated lookup or search is answered without touching the database, and the
/// first request after a seed finds no entry of the old version. ASP.NET Core's output cache does the storing, the
/// size limit and the eviction; only 200 responses are kept, so errors and 503s are always computed afresh.
/// Two things are switched off because they lose bodies. Locking (identical requests in flight wait for the first and
/// are served its entry): when that response is over the body size limit the entry has headers and no body, so the
/// waiters got a 200 with an empty body, and when it fails they all failed with it. And exports, which stream a whole
/// list of any length: they are never kept (nor buffered), so an export is always written from the database.
/// </summary>
public static class ServerResponseCache
{
    public static IServiceCollection AddServerResponseCache(this IServiceCollection services)
    {
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResponseCacheOptions>>((cache, configured) =>
        {
            var options = configured.Value;
            cache.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L;
            cache.MaximumBodySize = options.MaximumBodyKilobytes * 1024L;
            // Ids are case-sensitive: with the default case-blind key, /places/Iraq answered /places/iraq's cached 200.
            cache.UseCaseSensitivePaths = true;
            cache.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Items.ContainsKey(DataVersionCaching.VersionItem) && !ExportFormat.IsRequested(context.HttpContext.Request))
                .SetLocking(false)
                .VaryByValue(context => new("data-version", context.Items[DataVersionCaching.VersionItem]!.ToString()!))
                .SetVaryByHeader("Accept")
                .Expire(TimeSpan.FromMinutes(10)));
        });
        return services;
    }

    /// <summary>After <see cref="DataVersionCaching"/>, which leaves the data version for the cache key.</summary>
    public static IApplicationBuilder UseServerResponseCache(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ResponseCacheOptions>>().Value.Enabled ? app.UseOutputCache() : app;
}
