using Microsoft.OpenApi;

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
                Description = "News articles and the people, organisations and places they mention, read-only. "
                    + "Every error is application/problem+json (RFC 9457) with a traceId.",
            });
            o.SupportNonNullableReferenceTypes(); // a "required string" is not nullable in the schema
            o.IncludeXmlComments(typeof(Program).Assembly); // the model docs become schema descriptions
            o.OperationFilter<ParameterDocumentation>();
            o.OperationFilter<ResponseExamples>();
            o.OperationFilter<ExportDocumentation>();
            o.OperationFilter<Features.Stories.StoryExamples>();
        });
        return services;
    }
}
