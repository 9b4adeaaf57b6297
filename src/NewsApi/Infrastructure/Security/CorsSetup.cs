namespace NewsApi.Infrastructure.Security;

/// <summary>Browsers on other origins may call the API only when their origins are listed in Cors:AllowedOrigins.</summary>
public static class CorsSetup
{
    private const string AllowedOriginsKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddConfiguredCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        if (origins.Length == 0)
        {
            return services; // no CORS headers at all: same-origin only
        }

        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("Link", "Retry-After", "RateLimit", "RateLimit-Policy")));
    }

    public static IApplicationBuilder UseConfiguredCors(this WebApplication app) =>
        AllowedOrigins(app.Configuration).Length == 0 ? app : app.UseCors();

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection(AllowedOriginsKey).Get<string[]>()?.Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray() ?? [];
}
