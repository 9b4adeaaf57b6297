using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>Shows the format parameter and the CSV and NDJSON responses on every exportable list.</summary>
public sealed class ExportDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ExportableMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "format",
            In = ParameterLocation.Query,
            Description = "json (default: one page), or csv / ndjson: the whole list from the cursor on, streamed. "
                + "An Accept header of text/csv or application/x-ndjson does the same.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["json", "csv", "ndjson"] },
            Example = JsonValue.Create("csv"),
        });
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[ExportFormat.Csv.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            response.Content[ExportFormat.Ndjson.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }
}
