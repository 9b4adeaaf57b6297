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
            || !Applies(http.Request.Path)
            || await dataVersion.CurrentAsync(http.RequestAborted) is not { } version)
        {
            await next(http);
            return;
        }

        http.Items[VersionItem] = version;
        var etag = $"W/\"{version}-{RequestHash(http.Request)}\"";
        var tags = http.Request.Headers.IfNoneMatch.ToString().Split(',').Select(tag => tag.Trim()).ToList();
        if (tags.Contains(etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(http.Response, etag);
            return;
        }

        // "*" matches any current representation, so it is a 304 only when the request would have been a 200: an
        // unknown id, route or a bad request keeps its 404 or 400. That is known once the endpoint answers.
        var notModified = tags.Contains("*") ? new NotModifiedIfOk(http.Response) : null;
        http.Response.OnStarting(() =>
        {
            notModified?.Decide();
            if (http.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            {
                SetHeaders(http.Response, etag);
            }

            return Task.CompletedTask;
        });
        await next(http);
    }

    /// <summary>Every read gets an ETag except Swagger's and the health probes', which must answer afresh each time.</summary>
    public static bool Applies(PathString path) => !path.StartsWithSegments("/swagger") && !path.StartsWithSegments("/health");

    private static void SetHeaders(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Vary = HeaderNames.Accept; // the same URL answers JSON, CSV or NDJSON
    }

    /// <summary>
    /// Stands in for the response body of an "If-None-Match: *" request: at the first write or flush (or when the
    /// response starts without a body) a 200 becomes a 304 and the body is dropped; any other status passes through.
    /// </summary>
    private sealed class NotModifiedIfOk : Stream
    {
        private readonly HttpResponse _response;
        private readonly Stream _body;
        private bool? _dropBody;

        public NotModifiedIfOk(HttpResponse response)
        {
            (_response, _body) = (response, response.Body);
            response.Body = this;
        }

        public void Decide()
        {
            if (_dropBody is null && (_dropBody = _response.StatusCode == StatusCodes.Status200OK) == true)
            {
                _response.StatusCode = StatusCodes.Status304NotModified;
                _response.ContentLength = null;
            }
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Decide();
            return _dropBody == true ? Task.CompletedTask : _body.FlushAsync(cancellationToken);
        }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Decide();
            return _dropBody == true ? ValueTask.CompletedTask : _body.WriteAsync(buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static string RequestHash(HttpRequest request) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{request.Path}{request.QueryString}\n{request.Headers.Accept}")), 0, 8);
}

public static class DataVersionCachingExtensions
{
    public static IApplicationBuilder UseDataVersionCaching(this IApplicationBuilder app) => app.UseMiddleware<DataVersionCaching>();
}
