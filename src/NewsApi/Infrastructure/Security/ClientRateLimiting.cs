using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Security;

/// <summary>How many requests one client (IP address) may make per window; generous, so only runaway callers notice.</summary>
public sealed class ClientRateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The policy as the IETF RateLimit-Policy header spells it: quota q per window of w seconds.</summary>
    public string PolicyHeader => $"\"per-client\";q={PermitLimit};w={(int)Window.TotalSeconds}";
}

/// <summary>
/// A fixed window per client IP address. A request is charged its <see cref="RequestCost"/>, so a client sending
/// worst-case searches runs out long before one sending lookups. A refused request is a 429 problem with Retry-After and
/// the IETF RateLimit / RateLimit-Policy headers, so a well-behaved client knows when to come back.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ClientRateLimitOptions>().BindConfiguration(ClientRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ClientRateLimitOptions>>((limiter, configured) =>
        {
            var options = configured.Value;
            if (!options.Enabled)
            {
                return;
            }

            limiter.GlobalLimiter = new CostWeighted(options.PermitLimit, PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 })));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => WriteTooManyRequestsAsync(rejected, options);
        });
        return services;
    }

    // Behind a trusted reverse proxy (ForwardedHeaders settings) this is the client's address the proxy forwarded.
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, ClientRateLimitOptions options)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = seconds;
        context.Response.Headers["RateLimit-Policy"] = options.PolicyHeader;
        context.Response.Headers["RateLimit"] = $"\"per-client\";r=0;t={seconds}";

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client may spend {options.PermitLimit} request units every {options.Window.TotalSeconds:0.#} s (a lookup costs 1, "
                    + $"long searches, facets and exports more: this one {RequestCost.Of(context)}); try again in {seconds} s.",
            },
        });
    }

    /// <summary>Asks the inner limiter for a request's cost in permits instead of one (capped at the whole budget).</summary>
    private sealed class CostWeighted(int budget, PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
    {
        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
            inner.AttemptAcquire(resource, Cost(resource, permitCount));

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            inner.AcquireAsync(resource, Cost(resource, permitCount), cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Cost(HttpContext resource, int permitCount) => permitCount == 0 ? 0 : Math.Min(budget, permitCount * RequestCost.Of(resource));
    }
}
