using Microsoft.Data.Sqlite;
using NewsApi.Storage.Resolution;
using NewsApi.Storage.Search;
using NewsApi.Storage.Statistics;
using NewsApi.Storage.Stories;

namespace NewsApi.Storage;

/// <summary>
/// The tables derived from the stored articles: the archive's entity resolution first, then side by side the entity
/// statistics, the stories (whose rebuild bumps the data version the API's ETags and response cache are keyed by) and
/// the search index, which records that version. Rebuilt after a seed that changed something, and when missing or older
/// than what they derive from (seeded before they existed, or a seed stopped halfway).
/// </summary>
/// <remarks>
/// After resolution the three read what it wrote and none reads what another writes, so they run at once: the
/// statistics on this connection, the stories computed and the search index built on connections of their own. The
/// writes stay one at a time: the stories are written once the statistics are, and the search index commits with the
/// version the stories end at. At 100k articles they took 80 s one after another.
/// </remarks>
public static class DerivedTables
{
    /// <param name="phases">Where to record how long each rebuild took; null when nobody asks.</param>
    public static async Task RefreshAsync(
        SqliteConnection connection, TimeProvider clock, bool articlesChanged, CancellationToken cancellationToken, SeedPhases? phases = null)
    {
        phases ??= new SeedPhases();
        var resolved = articlesChanged || await EntityResolution.IsStaleAsync(connection, cancellationToken);
        if (resolved)
        {
            await phases.TimeAsync("entity resolution", () => EntityResolution.RunAsync(connection, clock, cancellationToken));
        }

        var statistics = resolved || await EntityStatisticsBuilder.IsStaleAsync(connection, cancellationToken);
        var stories = resolved || await StoryBuilder.IsStaleAsync(connection, cancellationToken);
        var searchIndex = stories || !await ArticleIndexBuilder.IsCurrentAsync(connection, cancellationToken);
        if (statistics || stories || searchIndex)
        {
            // Each one's wall time is listed under the whole (their CPU times overlap).
            var each = new SeedPhases();
            await phases.TimeAsync("statistics, stories and search index", () =>
                RebuildSideBySideAsync(connection, clock, statistics, stories, searchIndex, each, cancellationToken));
            foreach (var phase in each.All.OrderBy(phase => phase.Name, StringComparer.Ordinal))
            {
                phases.Add(phase.Name, phase.Wall, phase.Cpu);
            }
        }

        // Statistics for the query planner (sqlite_stat1) of every table never analysed or much changed since, sampled
        // (SQLite bounds the work), so the API's plans follow the data: 0x10000 = all tables, not only those used here.
        await phases.TimeAsync("planner statistics", () =>
            connection.ExecuteAsync("PRAGMA optimize = 0x10002", null, cancellationToken));
    }

    private static async Task RebuildSideBySideAsync(
        SqliteConnection connection, TimeProvider clock, bool statistics, bool stories, bool searchIndex, SeedPhases phases, CancellationToken cancellationToken)
    {
        // The search index waits for the version the writes end at; a failed write fails it too, so it commits nothing.
        var finalVersion = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var storyPlan = stories ? Timed(phases, "... stories (wall)", async () =>
        {
            await using var reader = await NewsDatabaseFile.OpenForReadingAsync(connection.DataSource, cancellationToken);
            return StoryBuilder.Compute(reader, cancellationToken);
        }) : null;
        var index = searchIndex ? Timed(phases, "... search index (wall)", async () =>
        {
            await using var reader = await NewsDatabaseFile.OpenForReadingAsync(connection.DataSource, cancellationToken);
            await ArticleIndexBuilder.RebuildAsync(reader, () => finalVersion.Task, cancellationToken);
        }) : null;
        try
        {
            if (statistics)
            {
                await Timed(phases, "... entity statistics (wall)", () => EntityStatisticsBuilder.RebuildAsync(connection, clock, cancellationToken));
            }

            if (storyPlan is not null)
            {
                await StoryBuilder.WriteAsync(connection, await storyPlan, clock, cancellationToken);
            }

            finalVersion.SetResult(await ArticleIndexBuilder.DataVersionAsync(connection, cancellationToken));
        }
        catch (Exception exception)
        {
            finalVersion.TrySetException(exception);
            // Their connections must not outlive this call: wait for both, then report the first failure.
            await Task.WhenAll(new Task?[] { storyPlan, index }.OfType<Task>()).ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }

        if (index is not null)
        {
            await index;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pool thread and records its wall time under <paramref name="name"/>.</summary>
    private static async Task<T> Timed<T>(SeedPhases phases, string name, Func<Task<T>> work)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var result = await Task.Run(work);
        phases.Add(name, wall.Elapsed, TimeSpan.Zero);
        return result;
    }

    private static async Task Timed(SeedPhases phases, string name, Func<Task> work)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        await Task.Run(work);
        phases.Add(name, wall.Elapsed, TimeSpan.Zero);
    }
}
