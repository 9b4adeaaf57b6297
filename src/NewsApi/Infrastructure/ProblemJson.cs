using System.Diagnostics;

namespace NewsApi.Infrastructure;

/// <summary>
/// Every error leaves as application/problem+json with a traceId, whatever the client's Accept header says. ASP.NET
/// Core's own writer writes only for clients that accept JSON; for the others (text/csv, text/html, application/xml,
/// garbage) it declines, and then a 414 or a 429 became a 500 with an empty body and a 404 plain text. An error body in
/// a type the client did not list is allowed (RFC 9110, 15.5.7) and far more useful than none.
/// </summary>
public static class ProblemJson
{
    public static IServiceCollection AddProblemJson(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier);
        // After the framework's writer, which still answers the clients that accept JSON.
        return services.AddSingleton<IProblemDetailsWriter, WhateverTheAcceptHeaderWriter>();
    }

    /// <summary>Writes what the framework's writer would have written (defaults, traceId, JSON options) for any Accept.</summary>
    private sealed class WhateverTheAcceptHeaderWriter : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        // Resolved per write, not in the constructor: the framework's writer is registered under the same service type.
        public ValueTask WriteAsync(ProblemDetailsContext context) => context.HttpContext.RequestServices
            .GetServices<IProblemDetailsWriter>().First(writer => writer is not WhateverTheAcceptHeaderWriter).WriteAsync(context);
    }
}
