using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Storage.Resolution;
using NewsApi.Storage.Search;
using NewsApi.Storage.Statistics;
using NewsApi.Storage.Stories;

namespace NewsApi.Storage;

/// <summary>
/// The tables derived from the stored articles: the archive's entity resolution, then the entity statistics, then the
/// stories, whose rebuild bumps the data version the API's ETags and response cache are keyed by, then the search index,
/// which records that version. Rebuilt after a seed that changed something, and when missing or older than the data
/// (seeded before they existed).
/// </summary>
public static class DerivedTables
{
    /// <param name="phases">Where to record how long each rebuild took; null when nobody asks.</param>
    public static async Task RefreshAsync(
        SqliteConnection connection, TimeProvider clock, bool articlesChanged, CancellationToken cancellationToken, SeedPhases? phases = null)
    {
        phases ??= new SeedPhases();
        var resolved = articlesChanged || await EntityResolution.NeverRunAsync(connection, cancellationToken);
        if (resolved)
        {
            await phases.TimeAsync("entity resolution", () => EntityResolution.RunAsync(connection, clock, cancellationToken));
        }

        if (resolved || await EntityStatisticsBuilder.NeverBuiltAsync(connection, cancellationToken))
        {
            await phases.TimeAsync("entity statistics", () => EntityStatisticsBuilder.RebuildAsync(connection, clock, cancellationToken));
        }

        if (resolved || await StoryBuilder.NeverBuiltAsync(connection, cancellationToken))
        {
            await phases.TimeAsync("stories", () => StoryBuilder.RebuildAsync(connection, clock, cancellationToken));
        }

        if (resolved || !await ArticleIndexBuilder.IsCurrentAsync(connection, cancellationToken))
        {
            await phases.TimeAsync("search index", () => ArticleIndexBuilder.RebuildAsync(connection, cancellationToken));
        }

        // Statistics for the query planner (sqlite_stat1) of every table never analysed or much changed since, sampled
        // (SQLite bounds the work), so the API's plans follow the data: 0x10000 = all tables, not only those used here.
        await phases.TimeAsync("planner statistics", () =>
            connection.ExecuteAsync(new CommandDefinition("PRAGMA optimize = 0x10002", cancellationToken: cancellationToken)));
    }
}
