using Microsoft.Data.Sqlite;
using NewsApi.Storage.Statistics;
using NewsApi.Storage.Stories;

namespace NewsApi.Storage;

/// <summary>
/// The tables derived from the stored articles: the entity statistics, then the stories, whose rebuild bumps the data
/// version the API's ETags and response cache are keyed by (so it comes last). Rebuilt after a seed that changed
/// something, and for a database seeded before they existed.
/// </summary>
public static class DerivedTables
{
    public static async Task RefreshAsync(SqliteConnection connection, TimeProvider clock, bool articlesChanged, CancellationToken cancellationToken)
    {
        if (articlesChanged || await EntityStatisticsBuilder.NeverBuiltAsync(connection, cancellationToken))
        {
            await EntityStatisticsBuilder.RebuildAsync(connection, clock, cancellationToken);
        }

        if (articlesChanged || await StoryBuilder.NeverBuiltAsync(connection, cancellationToken))
        {
            await StoryBuilder.RebuildAsync(connection, clock, cancellationToken);
        }
    }
}
