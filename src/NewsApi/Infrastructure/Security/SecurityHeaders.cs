namespace NewsApi.Infrastructure.Security;

/// <summary>Headers that keep browsers from sniffing, framing or leaking the API's responses.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from our own origin and nothing else. Swagger UI needs its own scripts and styles, inline style
    /// attributes and data: images (its icons); JSON responses need nothing, so one policy fits both.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // OnStarting, not now: the exception handler clears the headers of a response it rewrites.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
