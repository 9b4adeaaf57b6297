using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

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
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Detail ??= DefaultDetail(ctx.ProblemDetails, ctx.HttpContext.Request);
            // Routing lists the methods a route is mapped with; HEAD is answered wherever GET is (HeadRequests).
            var allow = ctx.HttpContext.Response.Headers.Allow.ToString();
            var methods = allow.Split(',', StringSplitOptions.TrimEntries);
            if (ctx.ProblemDetails.Status == StatusCodes.Status405MethodNotAllowed && methods.Contains("GET") && !methods.Contains("HEAD"))
            {
                ctx.HttpContext.Response.Headers.Allow = allow + ", HEAD";
            }
        });
        // After the framework's writer, which still answers the clients that accept JSON.
        return services.AddSingleton<IProblemDetailsWriter, WhateverTheAcceptHeaderWriter>();
    }

    /// <summary>
    /// A sentence for the problems the framework writes with a title only: an unknown route, a method a route does not
    /// take, and invalid parameters (their messages, which also stay in "errors" by parameter).
    /// </summary>
    private static string? DefaultDetail(ProblemDetails problem, HttpRequest request) => problem switch
    {
        HttpValidationProblemDetails { Errors.Count: > 0 } invalid => string.Join(" ", invalid.Errors.SelectMany(error => error.Value)),
        { Status: StatusCodes.Status404NotFound } => $"No resource at {request.Path}; the routes are listed at /swagger.",
        { Status: StatusCodes.Status405MethodNotAllowed } => $"{request.Method} is not allowed here: this API only reads (GET and HEAD).",
        _ => null,
    };

    /// <summary>Writes what the framework's writer would have written (defaults, traceId, JSON options) for any Accept.</summary>
    private sealed class WhateverTheAcceptHeaderWriter : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        // Resolved per write, not in the constructor: the framework's writer is registered under the same service type.
        public ValueTask WriteAsync(ProblemDetailsContext context) => context.HttpContext.RequestServices
            .GetServices<IProblemDetailsWriter>().First(writer => writer is not WhateverTheAcceptHeaderWriter).WriteAsync(context);
    }
}
