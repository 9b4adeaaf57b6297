using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsApi.Infrastructure;

/// <summary>
/// A read-only connection that stays open between requests and keeps the statements it prepared. Microsoft.Data.Sqlite
/// prepares every statement again on each command and finalizes them when a connection closes (no statement cache,
/// dotnet/efcore#14044); preparing was 29% of an entity profile's CPU. Dapper's commands from this connection run on a
/// prepared command kept per SQL text, so a statement is prepared once per connection. Disposing it returns it to
/// <see cref="ConnectionPool"/>. Statements stay valid across data changes: SQLite prepares a statement again by itself
/// when the schema changed, and each request sees the newest commit, since no transaction outlives a request (ended and
/// checked on return). A request's statements share one read transaction (<see cref="BeginReadSnapshot"/>).
/// </summary>
public sealed class ReusableConnection : SqliteConnection
{
    // Dapper writes a list parameter (IN @Ids) as one SQL text per list length, so the cache is bounded.
    private const int MaxStatements = 128;

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private readonly ConnectionPool _pool;
    private bool _closing;

    private ReusableConnection(string connectionString, ConnectionPool pool)
        : base(connectionString) => _pool = pool;

    public static async Task<ReusableConnection> OpenAsync(string connectionString, ConnectionPool pool, long memoryMapBytes, CancellationToken ct)
    {
        var connection = new ReusableConnection(connectionString, pool);
        await connection.OpenAsync(ct);

        // Pages read through a memory map of the file (NewsDatabaseOptions.MemoryMapMiB), not copied in by a system call
        // each into every connection's own page cache (2 MB, a few hundred pages: an archive's article rows miss it). A
        // page of 101 of one person's articles at 100k: 1.8 -> 1.0 ms of SQLite with the list-row index. A map is unsafe
        // only if the file shrinks under it, and nothing here shrinks the database (no VACUUM, no auto-vacuum; the
        // seeder only adds pages or reuses free ones).
        raw.sqlite3_exec(connection.Handle, $"PRAGMA mmap_size = {memoryMapBytes}");
        return connection;
    }

    protected override DbCommand CreateDbCommand() => new ReusedCommand(this);

    /// <summary>The prepared command for this SQL text, prepared on first use.</summary>
    internal SqliteCommand Prepared(string sql)
    {
        if (_prepared.TryGetValue(sql, out var command))
        {
            return command;
        }

        if (_prepared.Count >= MaxStatements)
        {
            DisposeStatements();
        }

        command = CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        _prepared[sql] = command;
        return command;
    }

    /// <summary>
    /// Makes the request's statements one read transaction: one snapshot of the data for the whole answer, and one start of
    /// a WAL read (the shared-memory index and its locks) instead of one per statement. For an entity profile's five
    /// statements that halved SQLite's time (60 to 32 µs at 100k articles). Begun on the handle, out of
    /// Microsoft.Data.Sqlite's sight, so Dapper's commands need no transaction object; ended when the connection is returned.
    /// </summary>
    internal void BeginReadSnapshot()
    {
        if (raw.sqlite3_get_autocommit(Handle) != 0)
        {
            raw.sqlite3_exec(Handle, "BEGIN");
        }
    }

    private void EndReadSnapshot()
    {
        if (State == ConnectionState.Open && raw.sqlite3_get_autocommit(Handle) == 0)
        {
            raw.sqlite3_exec(Handle, "COMMIT"); // a read transaction: nothing to write; on failure IsIdle() closes the connection
        }
    }

    /// <summary>
    /// True when the connection may serve another request: open, and no statement left holding a read transaction (which
    /// would pin the connection to an old snapshot of the data). Microsoft.Data.Sqlite resets a statement when its reader
    /// is disposed; a connection that is still in a transaction anyway is closed rather than reused.
    /// </summary>
    internal bool IsIdle() => State == ConnectionState.Open && NativeMethods.sqlite3_txn_state(Handle!.DangerousGetHandle(), IntPtr.Zero) == 0;

    /// <summary>Closes the connection for good (the pool is full or gone, or it was left in a transaction).</summary>
    internal void CloseForGood()
    {
        _closing = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closing)
        {
            EndReadSnapshot();
        }

        if (disposing && !_closing && _pool.TryReturn(this))
        {
            return;
        }

        if (disposing)
        {
            DisposeStatements();
        }

        base.Dispose(disposing);
    }

    private void DisposeStatements()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
    }

    /// <summary>What Dapper gets from CreateCommand: it collects the text and parameters, and runs them on the connection's prepared command.</summary>
    private sealed class ReusedCommand(ReusableConnection connection) : DbCommand
    {
        private readonly ParameterList _parameters = new();

        [AllowNull]
        public override string CommandText { get; set; } = "";

        public override int CommandTimeout { get; set; } = 30;

        public override CommandType CommandType { get; set; } = CommandType.Text;

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection
        {
            get => connection;
            set
            {
                if (value != connection)
                {
                    throw new NotSupportedException("A reused command belongs to the connection that made it.");
                }
            }
        }

        protected override DbParameterCollection DbParameterCollection => _parameters;

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override void Prepare()
        {
        }

        public override int ExecuteNonQuery() => Bound().ExecuteNonQuery();

        public override object? ExecuteScalar() => Bound().ExecuteScalar();

        protected override DbParameter CreateDbParameter() => new SqliteParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Bound().ExecuteReader(behavior);

        private SqliteCommand Bound()
        {
            var command = connection.Prepared(CommandText);
            command.CommandTimeout = CommandTimeout;
            command.Transaction = (SqliteTransaction?)DbTransaction;
            command.Parameters.Clear();
            foreach (SqliteParameter parameter in _parameters)
            {
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private sealed class ParameterList : SqliteParameterCollection;
    }
}

/// <summary>
/// The open <see cref="ReusableConnection"/>s between requests, instead of Microsoft.Data.Sqlite's pool (which closes its
/// connections' statements). At most <see cref="MaxIdle"/> wait; database work runs at most
/// <see cref="DatabaseWorkOptions.MaxConcurrent"/> requests at once, so that many stay warm.
/// </summary>
public sealed class ConnectionPool : IDisposable
{
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<ReusableConnection> _idle = [];
    private int _idleCount;
    private bool _disposed;

    public ReusableConnection? TryRent()
    {
        if (!_idle.TryTake(out var connection))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        return connection;
    }

    internal bool TryReturn(ReusableConnection connection)
    {
        if (Volatile.Read(ref _disposed) || !connection.IsIdle())
        {
            return false;
        }

        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return false;
        }

        _idle.Add(connection);
        if (Volatile.Read(ref _disposed))
        {
            CloseIdle(); // disposed while this one came back
        }

        return true;
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (TryRent() is { } connection)
        {
            connection.CloseForGood();
        }
    }
}

internal static class NativeMethods
{
    /// <summary>SQLite's sqlite3_txn_state (3.34+; SQLitePCLRaw 2.1 does not wrap it): 0 none, 1 read, 2 write.</summary>
    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    internal static extern int sqlite3_txn_state(IntPtr db, IntPtr schema);
}
