using Microsoft.Data.Sqlite;

namespace NewsApi.Storage;

/// <summary>Opens the database file for writing the way every writer must: foreign keys on, write-ahead log, a larger page cache.</summary>
public static class NewsDatabaseFile
{
    /// <summary>
    /// The file <paramref name="path"/> names, symbolic links followed: SQLite keeps a database's -wal and -shm files beside
    /// that file, so what is looked at beside the database (its log, its search index) is looked for there. The full path
    /// itself when it is no link, or one that cannot be followed.
    /// </summary>
    public static string FollowLinks(string path)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return fullPath;
        }
    }

    /// <summary>A read-only connection to an existing database file, closed for real when disposed (no pool).</summary>
    public static async Task<SqliteConnection> OpenForReadingAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>Whether SQLite found the file damaged (its header or a page unreadable): nothing more can be written to it safely.</summary>
    public static bool IsDamage(SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;
    }

    public static async Task<SqliteConnection> OpenForWritingAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false, // closing the connection really closes the file, so it can be moved or deleted
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL lets the API read while the seeder writes; the mode is stored in the file. A 64 MiB page cache (SQLite's
            // default is 2 MiB) keeps the indexes a seed inserts into at random in memory instead of spilling and re-reading them.
            await connection.ExecuteAsync(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;", null, cancellationToken);
            return connection;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteCantOpen || IsDamage(exception))
        {
            await connection.DisposeAsync();
            throw new UnusableDatabaseException(
                exception.SqliteErrorCode == SqliteCorrupt
                    ? DamagedMessage(databasePath, exception)
                    : $"'{databasePath}' is not a usable SQLite database: {exception.Message}",
                exception);
        }
    }

    /// <summary>What to tell a user whose database SQLite found damaged, and what to do.</summary>
    public static string DamagedMessage(string databasePath, SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"The database '{databasePath}' is damaged ({exception.Message.TrimEnd('.')}). What was committed before stays as it was; "
            + "restore the file from a backup, or seed into a new one.";
    }
}
