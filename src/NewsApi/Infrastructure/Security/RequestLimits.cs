namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Size limits on what a client may send: a query string longer than any real search, a request target over 8 KB
/// (414), more than 16 KB or 50 header fields (431). They are enforced here, in the pipeline, so the answer is a
/// problem like every other error. Kestrel's own limits sit at twice these: Kestrel refuses what is over them before any
/// of our code runs, with the bare status and no body, and only a request far past ours ever meets that.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryStringLength = 2048;
    public const int MaxRequestTargetBytes = 8 * 1024;
    public const int MaxRequestHeadersBytes = 16 * 1024;
    public const int MaxRequestHeaderCount = 50;

    public static IWebHostBuilder UseNewsApiServerLimits(this IWebHostBuilder webHost) => webHost.ConfigureKestrel(kestrel =>
    {
        kestrel.AddServerHeader = false; // no product banner for scanners to match against
        kestrel.Limits.MaxRequestLineSize = 2 * MaxRequestTargetBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxRequestHeadersBytes;
        kestrel.Limits.MaxRequestHeaderCount = 2 * MaxRequestHeaderCount;
    });

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var (status, title, detail) = request switch
        {
            _ when request.QueryString.Value?.Length > MaxQueryStringLength => (StatusCodes.Status414UriTooLong,
                "The query string is too long", $"Query strings are limited to {MaxQueryStringLength} characters."),
            _ when request.Path.Value?.Length + request.QueryString.Value?.Length > MaxRequestTargetBytes => (StatusCodes.Status414UriTooLong,
                "The URL is too long", $"Request URLs are limited to {MaxRequestTargetBytes / 1024} KB."),
            _ when request.Headers.Count > MaxRequestHeaderCount => (StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "Too many header fields", $"Requests may carry at most {MaxRequestHeaderCount} header fields."),
            _ when HeaderBytes(request.Headers) > MaxRequestHeadersBytes => (StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "The header fields are too large", $"Request header fields are limited to {MaxRequestHeadersBytes / 1024} KB in all."),
            _ => (0, null, null),
        };
        if (status == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    });

    // As Kestrel counts them: names and values, without separators.
    private static long HeaderBytes(IHeaderDictionary headers)
    {
        var bytes = 0L;
        foreach (var (name, values) in headers)
        {
            bytes += name.Length;
            foreach (var value in values)
            {
                bytes += value?.Length ?? 0;
            }
        }

        return bytes;
    }
}
