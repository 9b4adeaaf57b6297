using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure;

/// <summary>
/// HTTP caching for every read: the data only changes when the seeder writes, and the seeder bumps the stored data
/// version when it does (in the story rebuild's transaction). So the ETag of a GET is the data version plus a hash of
/// what was asked (path, query, Accept), known before the endpoint runs: a matching If-None-Match is a 304 without any
/// query. Cache-Control: no-cache lets clients and proxies keep responses but check them each time, which costs one
/// tiny query. The version is left in <see cref="HttpContext.Items"/> for the server's own response cache
/// (<see cref="ServerResponseCache"/>), whose entries it keys.
/// </summary>
public sealed class DataVersionCaching(RequestDelegate next, DataVersion dataVersion)
{
    public const string VersionItem = "NewsApi.DataVersion";

    private const string CacheControl = "public, no-cache";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || http.Request.Path.StartsWithSegments("/swagger") || http.Request.Path.StartsWithSegments("/health")
            || await dataVersion.CurrentAsync(http.RequestAborted) is not { } version)
        {
            await next(http);
            return;
        }

        http.Items[VersionItem] = version;
        var etag = $"W/\"{version}-{RequestHash(http.Request)}\"";
        if (http.Request.Headers.IfNoneMatch.ToString().Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*"))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(http.Response, etag);
            return;
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetHeaders(http.Response, etag);
            }

            return Task.CompletedTask;
        });
        await next(http);
    }

    private static void SetHeaders(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Vary = HeaderNames.Accept; // the same URL answers JSON, CSV or NDJSON
    }

    private static string RequestHash(HttpRequest request) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{request.Path}{request.QueryString}\n{request.Headers.Accept}")), 0, 8);
}

public static class DataVersionCachingExtensions
{
    public static IApplicationBuilder UseDataVersionCaching(this IApplicationBuilder app) => app.UseMiddleware<DataVersionCaching>();
}
