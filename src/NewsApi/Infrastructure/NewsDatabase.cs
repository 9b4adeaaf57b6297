using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace NewsApi.Infrastructure;

/// <summary>
/// Opens read-only connections to the news database: the API never writes, only the seeder does. Each connection
/// gets a time limit, so a runaway query (a pathological full-text search on a big corpus) fails fast instead of
/// holding a thread: SQLite stops it with SQLITE_INTERRUPT, which <see cref="DatabaseUnavailableHandler"/> turns into a 503.
/// </summary>
public sealed class NewsDatabase
{
    // How many virtual machine instructions SQLite runs between two looks at the clock: a few microseconds of work,
    // so the limit is kept closely. The check is cheap: a 5 ms entity timeline makes ~280 checks (under 1% of its time),
    // and 10,000 instead of 100 changed the CPU time per request of none of six endpoints measured (10k articles): it stays tight.
    private const int InstructionsBetweenChecks = 100;

    private readonly string _connectionString;
    private readonly TimeSpan _queryTimeLimit;
    private readonly IConnectionObserver[] _observers;

    static NewsDatabase() => SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());

    public NewsDatabase(IOptions<NewsDatabaseOptions> options, IHostEnvironment environment, IEnumerable<IConnectionObserver> observers)
    {
        _observers = [.. observers];
        FilePath = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        DocumentsPath = System.IO.Path.GetFullPath(options.Value.DocumentsPath, environment.ContentRootPath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        _queryTimeLimit = options.Value.QueryTimeLimit;
    }

    public string FilePath { get; }

    public string DocumentsPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // Replaces the handler a pooled connection had from its previous request, so the deadline counts from now.
        var deadline = new QueryDeadline(_queryTimeLimit);
        raw.sqlite3_progress_handler(connection.Handle, InstructionsBetweenChecks, QueryDeadline.StopWhenPassed, deadline);
        foreach (var observer in _observers) observer.Opened(connection);
        return connection; // the caller disposes; pooling makes this cheap
    }

    private sealed class QueryDeadline(TimeSpan limit)
    {
        private readonly long _startedAt = Stopwatch.GetTimestamp();

        /// <summary>SQLite's progress callback: a non-zero answer interrupts the running statement.</summary>
        public static int StopWhenPassed(object state) => ((QueryDeadline)state).HasPassed ? 1 : 0;

        private bool HasPassed => Stopwatch.GetElapsedTime(_startedAt) > limit;
    }
}
