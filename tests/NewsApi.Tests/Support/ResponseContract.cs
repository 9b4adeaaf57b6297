using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace NewsApi.Tests.Support;

/// <summary>
/// Holds the OpenAPI document to what the tests really see. On a test server it checks every response: a status, or a
/// documented kind of header, that the document does not list for that operation fails the request (the server throws,
/// so the client's call fails with the reason), and with it the test that made it.
/// </summary>
public static class ResponseContract
{
    /// <summary>The response headers the API documents; others (security headers, Content-Type) are the same everywhere.</summary>
    public static readonly string[] DocumentedHeaders = ["ETag", "Cache-Control", "Link", "Retry-After", "RateLimit", "RateLimit-Policy"];

    /// <summary>Checks every response of the app this builder builds (first in the pipeline, so the 414 and 431 too).</summary>
    public static void EnforceOn(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Enforcer>());

    /// <summary>
    /// What the document leaves out of this response, as sentences. Paths and methods the document does not describe
    /// (an unknown route's 404, a POST's 405, Swagger UI itself) are the router's, not an operation's.
    /// </summary>
    public static IReadOnlyList<string> Undocumented(OpenApiDocument document, SeenResponse seen)
    {
        if (seen.Method is not ("GET" or "HEAD") || Template(document, seen.Path) is not { } template
            || document.Paths[template].Operations?.GetValueOrDefault(HttpMethod.Get) is not { } operation)
        {
            return [];
        }

        if (operation.Responses?.GetValueOrDefault(seen.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } response)
        {
            return [$"GET {template} answered {seen.Status} ({seen.Method} {seen.Path}), which the OpenAPI document does not list"];
        }

        return seen.Headers
            .Where(header => response.Headers?.Keys.Contains(header, StringComparer.OrdinalIgnoreCase) != true)
            .Select(header => $"GET {template} sent {header} with its {seen.Status}, which the OpenAPI document does not list")
            .ToList();
    }

    // The document's path template that matches a request path; literal segments beat {parameters}.
    private static string? Template(OpenApiDocument document, string path)
    {
        var segments = path.Trim('/').Split('/');
        return document.Paths.Keys
            .Select(template => (Template: template, Parts: template.Trim('/').Split('/')))
            .Where(candidate => candidate.Parts.Length == segments.Length && candidate.Parts.Zip(segments)
                .All(pair => pair.First.StartsWith('{') || pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(candidate => candidate.Parts.Count(part => !part.StartsWith('{')))
            .Select(candidate => candidate.Template)
            .FirstOrDefault();
    }

    private sealed class Enforcer(ISwaggerProvider swagger) : IStartupFilter
    {
        private readonly Lazy<OpenApiDocument> _document = new(() => swagger.GetSwagger("v1"));

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var method = context.Request.Method; // HEAD is served as GET inside the pipeline, so read it first
                var path = context.Request.Path.Value ?? "/";
                await nextMiddleware(context);
                var headers = DocumentedHeaders.Where(header => context.Response.Headers.ContainsKey(header)).ToList();
                var problems = Undocumented(_document.Value, new SeenResponse(method, path, context.Response.StatusCode, headers));
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException(string.Join('\n', problems));
                }
            });
            next(app);
        };
    }
}

/// <summary>One response: the method and path asked, the status and which of the documented headers it carried.</summary>
public sealed record SeenResponse(string Method, string Path, int Status, IReadOnlyList<string> Headers);
