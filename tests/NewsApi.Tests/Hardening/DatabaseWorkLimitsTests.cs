using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Infrastructure;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Database work is bounded: a request holding a slot is simulated by holding the first connection it opens (the
/// connection observer seam the query-plan tests use), so the tests see exactly who runs, who waits and who is refused.
/// </summary>
public sealed class DatabaseWorkLimitsTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private const string Expensive = "/articles?q=Lachin&facets=person,organisation,place,section";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Past_the_expensive_slots_and_their_queue_an_expensive_request_is_a_503_problem_with_retry_after()
    {
        using var held = new HeldConnection();
        var client = await StartAsync(held, ("DatabaseWork:MaxConcurrentExpensive", "1"), ("DatabaseWork:ExpensiveQueueLimit", "1"));

        var running = client.GetAsync(Expensive);
        await held.WaitUntilHeldAsync();
        var queued = client.GetAsync(Expensive + "&limit=5");
        await Task.Delay(200);
        using var refused = await client.GetAsync(Expensive + "&limit=6");

        var problem = await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("expensive", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single()); // the query time limit
        Assert.False(queued.IsCompleted);

        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await running.WaitAsync(Patience)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued.WaitAsync(Patience)).StatusCode);
    }

    [Fact]
    public async Task While_the_expensive_slots_are_taken_lookups_and_liveness_are_answered()
    {
        using var held = new HeldConnection();
        var client = await StartAsync(held, ("DatabaseWork:MaxConcurrentExpensive", "1"), ("DatabaseWork:ExpensiveQueueLimit", "0"));

        var running = client.GetAsync(Expensive);
        await held.WaitUntilHeldAsync();

        using var live = await client.GetAsync("/health/live");
        using var person = await client.GetAsync("/people/syed-asim-munir");
        using var list = await client.GetAsync("/articles?q=Lachin");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.False(running.IsCompleted);
        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await running.WaitAsync(Patience)).StatusCode);
    }

    [Fact]
    public async Task Past_all_slots_and_the_queue_a_lookup_is_a_503_problem_but_liveness_still_answers()
    {
        using var held = new HeldConnection();
        var client = await StartAsync(held, ("DatabaseWork:MaxConcurrent", "1"), ("DatabaseWork:QueueLimit", "0"));

        var running = client.GetAsync("/people/syed-asim-munir");
        await held.WaitUntilHeldAsync();
        using var refused = await client.GetAsync("/places/lachin");
        using var live = await client.GetAsync("/health/live");

        await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await running.WaitAsync(Patience)).StatusCode);
    }

    [Fact]
    public async Task A_request_that_waits_longer_than_the_queue_allows_is_a_503_problem_not_an_endless_wait()
    {
        using var held = new HeldConnection();
        var client = await StartAsync(held, ("DatabaseWork:MaxConcurrentExpensive", "1"), ("DatabaseWork:MaxQueueWait", "00:00:00.300"));

        var running = client.GetAsync(Expensive);
        await held.WaitUntilHeldAsync();
        using var waited = await client.GetAsync(Expensive + "&limit=5").WaitAsync(Patience);

        var problem = await waited.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(waited.Headers.Contains("Retry-After"));
        Assert.False(running.IsCompleted);
        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await running.WaitAsync(Patience)).StatusCode);
    }

    private async Task<HttpClient> StartAsync(HeldConnection held, params (string Key, string Value)[] settings)
    {
        var factory = api.WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.UseSetting("ResponseCache:Enabled", "false");
            host.ConfigureServices(services => services.AddSingleton<IConnectionObserver>(held));
        });
        held.Owner = factory;
        var client = factory.CreateClient();
        // The data version is read once (its own connection) before any hold: the first request would take it otherwise.
        (await client.GetAsync("/places")).Dispose();
        held.Arm();
        return client;
    }

    /// <summary>Holds the first connection opened after <see cref="Arm"/> until <see cref="Release"/>.</summary>
    private sealed class HeldConnection : IConnectionObserver, IDisposable
    {
        private readonly SemaphoreSlim _released = new(0);
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public WebApplicationFactory<Program>? Owner { get; set; }

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public void Opened(SqliteConnection connection)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _held.TrySetResult();
                _released.Wait(Patience);
            }
        }

        public Task WaitUntilHeldAsync() => _held.Task.WaitAsync(Patience);

        public void Release() => _released.Release();

        public void Dispose()
        {
            Release();
            Owner?.Dispose();
            _released.Dispose();
        }
    }
}
