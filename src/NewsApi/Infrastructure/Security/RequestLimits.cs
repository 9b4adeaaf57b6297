namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Size limits on what a client may send. Kestrel refuses an oversized request line (414) or header block (431)
/// before any of our code runs; below that, a query string longer than any real search is a 414 problem.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryStringLength = 2048;
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxRequestHeadersBytes = 16 * 1024;
    public const int MaxRequestHeaderCount = 50;

    public static IWebHostBuilder UseNewsApiServerLimits(this IWebHostBuilder webHost) => webHost.ConfigureKestrel(kestrel =>
    {
        kestrel.AddServerHeader = false; // no product banner for scanners to match against
        kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        kestrel.Limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
    });

    public static IApplicationBuilder UseQueryStringLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.Value?.Length > MaxQueryStringLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = "The query string is too long",
                    Detail = $"Query strings are limited to {MaxQueryStringLength} characters.",
                },
            });
            return;
        }

        await next(context);
    });
}
