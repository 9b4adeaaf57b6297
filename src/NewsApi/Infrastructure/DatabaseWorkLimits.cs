using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>How much database work runs at once (section "DatabaseWork"); the rest waits in a short queue, then gets a 503.</summary>
public sealed class DatabaseWorkOptions
{
    public const string Section = "DatabaseWork";

    /// <summary>Requests of any cost that may query the database at the same time.</summary>
    [Range(1, 1024)]
    public int MaxConcurrent { get; set; } = 8;

    /// <summary>Of those, how many may be expensive (<see cref="RequestCost.Expensive"/>): long searches, facets, exports.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentExpensive { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Requests that may wait for a slot; one more is refused at once. Lookups take about a millisecond, so a long queue is a short wait.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 256;

    /// <summary>Expensive requests that may wait for an expensive slot; one more is refused at once.</summary>
    [Range(0, 10_000)]
    public int ExpensiveQueueLimit { get; set; } = 8;

    /// <summary>
    /// How long a request may wait for a slot before it is refused: eight worst-case searches queued behind one slot kept
    /// the last client waiting eleven seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Bounds the database work in flight. SQLite runs each query on the thread that asked (Microsoft.Data.Sqlite's async
/// methods complete synchronously), so eight slow searches held eight thread-pool threads and the CPU, and everything
/// else, /health/live included, queued behind them for seconds. Here a request that reads the database first takes a slot:
/// one of <see cref="DatabaseWorkOptions.MaxConcurrent"/>, and an expensive one also one of the few expensive slots, so
/// cheap lookups always find room. Waiting for a slot holds no thread. Past the queue the answer is a 503 problem with
/// Retry-After, at once, instead of a wait the client cannot see the end of; so is a request that waited
/// <see cref="DatabaseWorkOptions.MaxQueueWait"/> for its slot. Cache hits never get here.
/// </summary>
public sealed class DatabaseWorkLimits : IDisposable
{
    private readonly ConcurrencyLimiter _all;
    private readonly ConcurrencyLimiter _expensive;
    private readonly string _retryAfter;
    private readonly TimeSpan _maxQueueWait;

    public DatabaseWorkLimits(IOptions<DatabaseWorkOptions> options, IOptions<NewsDatabaseOptions> database)
    {
        var limits = options.Value;
        _all = Limiter(limits.MaxConcurrent, limits.QueueLimit);
        _expensive = Limiter(Math.Min(limits.MaxConcurrentExpensive, limits.MaxConcurrent), limits.ExpensiveQueueLimit);
        // A slot frees up within a query's time limit.
        _retryAfter = Math.Max(1, (int)Math.Ceiling(database.Value.QueryTimeLimit.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        _maxQueueWait = limits.MaxQueueWait;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<ReadsNoDatabase>() is not null)
        {
            await next(context);
            return;
        }

        var expensive = RequestCost.Of(context) >= RequestCost.Expensive;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        wait.CancelAfter(_maxQueueWait);
        RateLimitLease? expensiveSlot = null, slot = null;
        try
        {
            try
            {
                expensiveSlot = expensive ? await _expensive.AcquireAsync(1, wait.Token) : null;
                slot = expensiveSlot is { IsAcquired: false } ? null : await _all.AcquireAsync(1, wait.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // Waited as long as a client is kept waiting: refused below, like a full queue.
            }

            if (slot is not { IsAcquired: true })
            {
                await RefuseAsync(context, expensive);
                return;
            }

            await next(context);
        }
        finally
        {
            slot?.Dispose();
            expensiveSlot?.Dispose();
        }
    }

    public void Dispose()
    {
        _all.Dispose();
        _expensive.Dispose();
    }

    private static ConcurrencyLimiter Limiter(int permits, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private async Task RefuseAsync(HttpContext context, bool expensive)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = _retryAfter;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The server is busy",
                Detail = expensive
                    ? $"Too many expensive requests (long searches, facets, exports) are running or waiting; try again in {_retryAfter} s."
                    : $"Too many requests are running or waiting; try again in {_retryAfter} s.",
            },
        });
    }
}

/// <summary>Marks an endpoint that never reads the database, so the database work limits leave it alone.</summary>
public sealed class ReadsNoDatabase
{
    public static readonly ReadsNoDatabase Instance = new();
}

public static class DatabaseWorkLimitsExtensions
{
    public static IServiceCollection AddDatabaseWorkLimits(this IServiceCollection services)
    {
        services.AddOptions<DatabaseWorkOptions>().BindConfiguration(DatabaseWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<DatabaseWorkLimits>();
    }

    /// <summary>After the response cache: a cached answer needs no database work.</summary>
    public static IApplicationBuilder UseDatabaseWorkLimits(this IApplicationBuilder app)
    {
        var limits = app.ApplicationServices.GetRequiredService<DatabaseWorkLimits>();
        // Each slot may hold a thread-pool thread for as long as its query runs; with no more threads than cores (the
        // pool's minimum), two slow queries left nothing for the rest until the pool slowly added threads.
        var options = app.ApplicationServices.GetRequiredService<IOptions<DatabaseWorkOptions>>().Value;
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, options.MaxConcurrent + Environment.ProcessorCount), io);
        return app.Use(next => context => limits.InvokeAsync(context, next));
    }

    public static TBuilder WithoutDatabase<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(ReadsNoDatabase.Instance);
}
