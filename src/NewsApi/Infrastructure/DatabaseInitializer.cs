using NewsApi.Ingestion;

namespace NewsApi.Infrastructure;

/// <summary>
/// Before the server takes requests: a file that cannot be served stops the start (<see cref="DatabaseFileCheck"/>). On
/// the first start the default database does not exist yet: build it from the migrations and seed it from the bundled
/// documents. An existing file is only migrated when an older NewsApi made it; otherwise it is left alone: the API
/// only ever reads it.
/// </summary>
public sealed partial class DatabaseInitializer(NewsDatabase database, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var state = await DatabaseFileCheck.RunAsync(database, cancellationToken);
        if (state != DatabaseFileState.Missing)
        {
            // A database from an older NewsApi gets the migrations (and the tables derived from its articles) it lacks.
            if (state == DatabaseFileState.Outdated)
            {
                LogMigrating(database.FilePath);
                await DatabaseSetup.EnsureCreatedAndSeededAsync(database.FilePath, database.DocumentsPath, cancellationToken);
            }

            return;
        }

        LogSeeding(database.FilePath, database.DocumentsPath);
        var summary = await DatabaseSetup.EnsureCreatedAndSeededAsync(database.FilePath, database.DocumentsPath, cancellationToken);
        if (summary is not null)
        {
            var entities = new EntityCountsText(summary.Entities);
            LogSeeded(summary.Added, summary.Failed.Count, entities);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No database at {DatabasePath}: creating it and seeding the documents in {DocumentsPath}")]
    private partial void LogSeeding(string databasePath, string documentsPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database at {DatabasePath} is from an older NewsApi: applying its pending migrations")]
    private partial void LogMigrating(string databasePath);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Database ready: {Added} documents added, {Failed} failed; {Entities}")]
    private partial void LogSeeded(int added, int failed, EntityCountsText entities);

    /// <summary>"7 people, 1 organisations, 8 places", one per entity type, formatted only when the line is written.</summary>
    private sealed record EntityCountsText(IReadOnlyDictionary<string, int> Counts)
    {
        public override string ToString() => string.Join(", ", Counts.Select(count => $"{count.Value} {count.Key}"));
    }
}
