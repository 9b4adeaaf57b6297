namespace NewsApi.Infrastructure;

/// <summary>
/// HEAD is GET without the body (RFC 9110, 9.3.2), and every GET route must answer it. Minimal API routes match the
/// methods they are mapped with, so a HEAD was a 405: here it is routed, validated, cached and answered as the GET, and
/// its body goes nowhere. Before routing, so the GET endpoint is the one chosen.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            (context.Request.Method, context.Response.Body) = (HttpMethods.Head, body);
        }
    });
}
