using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsApi.Infrastructure.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>
/// Documents what the pipeline adds to every operation, in one place rather than per endpoint: the middleware answers
/// 304 (with ETag), 414 and 431, 429 (with Retry-After and RateLimit headers) and 503 (with Retry-After) before or around
/// any endpoint, and lists send a Link header. Each of these is a shared response or header in components, referenced
/// from every operation it applies to. Every operation is also marked public (security: []).
/// </summary>
public sealed class ResponseDocumentation : IOperationFilter
{
    private const string Problem = "application/problem+json";
    // What ASP.NET Core's problem details writer puts in "type" for these statuses (none for 431).
    private static readonly Dictionary<int, string> ProblemTypes = new()
    {
        [414] = "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
        [503] = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
    };

    private const string TraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var document = context.Document;
        AddComponents(document, context.SchemaRepository, context.SchemaGenerator);
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var path = "/" + context.ApiDescription.RelativePath;
        operation.Responses ??= [];
        operation.Security = [];

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (DataVersionCaching.Applies(path))
            {
                success.Headers["ETag"] = new OpenApiHeaderReference("ETag", document);
                success.Headers["Cache-Control"] = new OpenApiHeaderReference("Cache-Control", document);
            }

            if (metadata.OfType<ExportableMetadata>().Any())
            {
                success.Headers["Link"] = new OpenApiHeaderReference("Link", document);
            }
        }

        if (DataVersionCaching.Applies(path))
        {
            operation.Responses["304"] = new OpenApiResponseReference("NotModified", document);
        }

        operation.Responses["414"] = new OpenApiResponseReference("UriTooLong", document);
        operation.Responses["429"] = new OpenApiResponseReference("TooManyRequests", document);
        operation.Responses["431"] = new OpenApiResponseReference("HeadersTooLarge", document);
        if (!metadata.OfType<ReadsNoDatabase>().Any())
        {
            operation.Responses["503"] = new OpenApiResponseReference("ServiceUnavailable", document);
        }
    }

    private static void AddComponents(OpenApiDocument document, SchemaRepository schemas, ISchemaGenerator generator)
    {
        if (document.Components?.Responses?.ContainsKey("TooManyRequests") == true)
        {
            return;
        }

        // AddComponent also registers each one with the document's workspace, so references to it resolve in code too.
        document.AddComponent<IOpenApiHeader>("ETag", Header("The data version and a hash of the request (weak). Send it back in If-None-Match: the answer is a 304 until the seeder writes new data.", "W/\"42-1f2e3d4c5b6a7980\""));
        document.AddComponent<IOpenApiHeader>("Cache-Control", Header("On data: public, no-cache (keep the response, but ask again with If-None-Match before using it). On a 503 from a failed query: no-cache, no-store.", "public, no-cache"));
        document.AddComponent<IOpenApiHeader>("Link", Header("RFC 8288: the next page (rel=\"next\"), the same link as the body's 'next'; absent on the last page.", "</articles?limit=20&cursor=eyJ...>; rel=\"next\""));
        document.AddComponent<IOpenApiHeader>("Retry-After", Header("Seconds to wait before trying again.", 3, JsonSchemaType.Integer));
        document.AddComponent<IOpenApiHeader>("RateLimit-Policy", Header("IETF RateLimit-Policy: this client's quota q (request units) per window w (seconds).", "\"per-client\";q=600;w=10"));
        document.AddComponent<IOpenApiHeader>("RateLimit", Header("IETF RateLimit: units remaining (r) and seconds until the window resets (t).", "\"per-client\";r=0;t=3"));

        var problem = generator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), schemas);
        document.AddComponent<IOpenApiResponse>("NotModified", new OpenApiResponse
        {
            Description = "Not modified: the If-None-Match tag is still current (or * and the resource exists). No body.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = new OpenApiHeaderReference("ETag", document),
                ["Cache-Control"] = new OpenApiHeaderReference("Cache-Control", document),
            },
        });
        document.AddComponent<IOpenApiResponse>("UriTooLong", ProblemResponse(problem, 414, "URI too long",
            $"The query string is too long ({RequestLimits.MaxQueryStringLength} characters at most) or the URL is (8 KB at most).",
            "The query string is too long", $"Query strings are limited to {RequestLimits.MaxQueryStringLength} characters."));
        document.AddComponent<IOpenApiResponse>("HeadersTooLarge", ProblemResponse(problem, 431, "Request header fields too large",
            $"More than {RequestLimits.MaxRequestHeaderCount} header fields, or more than {RequestLimits.MaxRequestHeadersBytes / 1024} KB of them.",
            "Too many header fields", $"Requests may carry at most {RequestLimits.MaxRequestHeaderCount} header fields."));
        document.AddComponent<IOpenApiResponse>("TooManyRequests", ProblemResponse(problem, 429, "Too many requests",
            "This client (IP address) spent its request units for the window: a lookup costs 1, long searches, facets and exports more. "
            + "Retry-After says when to come back.",
            "Too many requests", "This client may spend 600 request units every 10 s (a lookup costs 1, long searches, facets and exports more: this one 1); try again in 3 s.",
            "Retry-After", "RateLimit", "RateLimit-Policy"));
        document.AddComponent<IOpenApiResponse>("ServiceUnavailable", ProblemResponse(problem, 503, "Service unavailable",
            "The database is busy (too many queries running or waiting: Retry-After says when to try again), stopped a query at its "
            + "time limit (try a narrower search), or cannot be read.",
            "The server is busy", "Too many requests are running or waiting; try again in 2 s.",
            "Retry-After", "Cache-Control"));

        static JsonObject ProblemExample(int status, string title, string detail)
        {
            var example = new JsonObject();
            if (ProblemTypes.TryGetValue(status, out var type))
            {
                example["type"] = type;
            }

            example["title"] = title;
            example["status"] = status;
            example["detail"] = detail;
            example["traceId"] = TraceId;
            return example;
        }

        static OpenApiHeader Header(string description, JsonNode example, JsonSchemaType type = JsonSchemaType.String) => new()
        {
            Description = description,
            Schema = new OpenApiSchema { Type = type },
            Example = example,
        };

        OpenApiResponse ProblemResponse(IOpenApiSchema schema, int status, string description, string more, string title, string detail,
            params string[] headerNames) => new()
        {
            Description = $"{description}: {more}",
            Headers = headerNames.ToDictionary(name => name, name => (IOpenApiHeader)new OpenApiHeaderReference(name, document)),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [Problem] = new()
                {
                    Schema = schema,
                    Example = ProblemExample(status, title, detail),
                },
            },
        };
    }
}
