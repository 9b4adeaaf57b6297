using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsApi.Storage;
using SQLitePCL;

namespace NewsApi.Infrastructure;

/// <summary>
/// Opens read-only connections to the news database: the API never writes, only the seeder does. Each connection
/// gets a time limit, so a runaway query (a pathological full-text search on a big corpus) fails fast instead of
/// holding a thread: SQLite stops it with SQLITE_INTERRUPT, which <see cref="DatabaseUnavailableHandler"/> turns into a 503.
/// </summary>
public sealed class NewsDatabase : IDisposable
{
    // How many virtual machine instructions SQLite runs between two looks at the clock: a few microseconds of work,
    // so the limit is kept closely. The check is cheap: a 5 ms entity timeline makes ~280 checks (under 1% of its time),
    // and 10,000 instead of 100 changed the CPU time per request of none of six endpoints measured (10k articles): it stays tight.
    private const int InstructionsBetweenChecks = 100;

    private readonly Lazy<string> _connectionString;
    private readonly Lazy<bool> _folderIsWritable;
    private readonly TimeSpan _queryTimeLimit;
    private readonly long _memoryMapBytes;
    private readonly IConnectionObserver[] _observers;
    private readonly ConnectionPool _pool = new();

    static NewsDatabase() => SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());

    public NewsDatabase(IOptions<NewsDatabaseOptions> options, IHostEnvironment environment, IEnumerable<IConnectionObserver> observers)
    {
        _observers = [.. observers];
        // Links followed: the start-up check, the data version and the read-only test look at the -wal beside the real file.
        FilePath = NewsDatabaseFile.FollowLinks(System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath));
        DocumentsPath = System.IO.Path.GetFullPath(options.Value.DocumentsPath, environment.ContentRootPath);
        CreatedWhenMissing = options.Value.Path == NewsDatabaseOptions.DefaultPath;
        _queryTimeLimit = options.Value.QueryTimeLimit;
        _memoryMapBytes = (long)options.Value.MemoryMapMiB << 20;
        _folderIsWritable = new(() => CanCreateFilesIn(System.IO.Path.GetDirectoryName(FilePath)!));
        // Decided at the first connection, after the start-up check (which may have created the file).
        _connectionString = new(() => new SqliteConnectionStringBuilder
        {
            // A database in a read-only folder can have no writer: every writer needs its -wal and -shm files beside it.
            // SQLite's immutable mode then reads it without those files or any locking, where a plain read-only
            // connection to a WAL database fails ("unable to open database file"). The start-up check refuses such a
            // file when it has changes in a write-ahead log, which immutable mode would not see.
            DataSource = FolderIsWritable ? FilePath : $"file:{FilePath.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal)}?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false, // the connections are kept open by _pool, with their prepared statements
        }.ToString());
    }

    public string FilePath { get; }

    public string DocumentsPath { get; }

    /// <summary>True for the default path only: a path given explicitly must name an existing database.</summary>
    public bool CreatedWhenMissing { get; }

    /// <summary>False when no process could write the database (the folder is read-only, or missing).</summary>
    public bool FolderIsWritable => _folderIsWritable.Value;

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = _pool.TryRent() ?? await ReusableConnection.OpenAsync(_connectionString.Value, _pool, _memoryMapBytes, ct);
        connection.BeginReadSnapshot();

        // Replaces the handler a pooled connection had from its previous request, so the deadline counts from now.
        var deadline = new QueryDeadline(_queryTimeLimit);
        raw.sqlite3_progress_handler(connection.Handle, InstructionsBetweenChecks, QueryDeadline.StopWhenPassed, deadline);
        foreach (var observer in _observers) observer.Opened(connection);
        return connection; // the caller disposes, which returns it to the pool
    }

    /// <summary>A connection of the same mode for the start-up check, which no request's time limit applies to.</summary>
    public async Task<SqliteConnection> OpenForStartAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString.Value) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    public void Dispose() => _pool.Dispose();

    private static bool CanCreateFilesIn(string folder)
    {
        try
        {
            using var probe = File.Create(System.IO.Path.Combine(folder, $".newsapi-write-check-{Guid.NewGuid():N}"), 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class QueryDeadline(TimeSpan limit)
    {
        private readonly long _startedAt = Stopwatch.GetTimestamp();

        /// <summary>SQLite's progress callback: a non-zero answer interrupts the running statement.</summary>
        public static int StopWhenPassed(object state) => ((QueryDeadline)state).HasPassed ? 1 : 0;

        private bool HasPassed => Stopwatch.GetElapsedTime(_startedAt) > limit;
    }
}
