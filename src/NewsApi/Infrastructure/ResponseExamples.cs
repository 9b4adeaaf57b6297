using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>An endpoint's example success body, from the seed articles; each feature registers its own where it maps the endpoint.</summary>
public sealed record ResponseExample(object Body);

public static class ResponseExampleExtensions
{
    /// <summary>Shows <paramref name="body"/> as the example of the endpoint's 200 response in the OpenAPI document.</summary>
    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, object body) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseExample(body));
}

/// <summary>Puts each operation's registered example body on its success response, and one example on its 400 and 404 problems.</summary>
public sealed class ResponseExamples : IOperationFilter
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, object> Problems = new()
    {
        ["400"] = new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            title = "The request has invalid parameters.",
            status = 400,
            errors = new Dictionary<string, string[]> { ["limit"] = [PageRules.LimitMessage] },
            traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        },
        ["404"] = new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            title = "Not found",
            status = 404,
            detail = "No such id.",
            traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var registered = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseExample>().LastOrDefault()?.Body;
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var example = status == "200" ? registered : Problems.GetValueOrDefault(status);
            foreach (var media in response.Content?.Values ?? [])
            {
                media.Example = example is null ? null : JsonSerializer.SerializeToNode(example, example.GetType(), Web);
            }
        }
    }
}
