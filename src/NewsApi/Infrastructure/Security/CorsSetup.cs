using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Security;

/// <summary>Settings of cross-origin access (section "Cors").</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Cors";

    /// <summary>Origins whose pages may call the API from a browser; none: same-origin only.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public string[] Origins => AllowedOrigins.Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray();
}

/// <summary>Browsers on other origins may call the API only when their origins are listed in Cors:AllowedOrigins.</summary>
public static class CorsSetup
{
    public static IServiceCollection AddConfiguredCors(this IServiceCollection services)
    {
        services.AddOptions<CrossOriginOptions>().BindConfiguration(CrossOriginOptions.Section);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, configured) =>
        {
            if (configured.Value.Origins is not { Length: > 0 } origins)
            {
                return;
            }

            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Head)
                .AllowAnyHeader()
                .WithExposedHeaders("Link", "Retry-After", "RateLimit", "RateLimit-Policy"));
        });
        return services;
    }

    /// <summary>No origins listed: no CORS middleware, so no CORS headers at all.</summary>
    public static IApplicationBuilder UseConfiguredCors(this WebApplication app) =>
        app.Services.GetRequiredService<IOptions<CrossOriginOptions>>().Value.Origins.Length == 0 ? app : app.UseCors();
}
