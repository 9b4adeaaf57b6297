using Microsoft.OpenApi;
using NewsApi.Extraction.Entities;

namespace NewsApi.Infrastructure;

public static class SwaggerSetup
{
    public static IServiceCollection AddNewsApiSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "News API",
                Version = "v1",
                Description = $"News articles and the {EntityTypes.Listed(type => type.Plural.ToLowerInvariant())} they mention, read-only. "
                    + "Every error is application/problem+json (RFC 9457) with a traceId. Every GET also answers HEAD (no body); "
                    + "any other method is a 405 problem, an unknown route a 404 problem.",
            });
            o.SupportNonNullableReferenceTypes(); // a "required string" is not nullable in the schema
            o.IncludeXmlComments(typeof(Program).Assembly); // the model docs become schema descriptions
            o.OperationFilter<ParameterDocumentation>();
            o.OperationFilter<ResponseExamples>();
            o.OperationFilter<ExportDocumentation>();
            o.OperationFilter<ResponseDocumentation>();
            o.SchemaFilter<Features.Health.HealthCountsSchema>();
            o.DocumentFilter<DocumentOutline>();
        });
        return services;
    }

    public static WebApplication UseNewsApiSwagger(this WebApplication app)
    {
        // The server is the one the document was fetched from, so clients and Swagger UI call back where they are.
        app.UseSwagger(o => o.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This server" }]));
        app.UseSwaggerUI(o =>
        {
            o.EnableTryItOutByDefault();
            o.DisplayRequestDuration();
        });
        return app;
    }
}
