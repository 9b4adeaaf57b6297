using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Infrastructure;

/// <summary>
/// The seeder's data version (bumped in the same transaction as every write), read from the database only when the
/// database files have changed since the last read. Every GET needs it for its ETag and its cache key, and a look at two
/// files' size and modification time costs far less than a query; a seeder's commit changes the -wal file (or, after a
/// checkpoint, the database file), so a new version is never missed.
/// </summary>
public sealed class DataVersion(NewsDatabase database)
{
    private Known? _known;

    /// <summary>The current version; null when the database cannot say (missing, or older than migration 0003).</summary>
    public async Task<long?> CurrentAsync(CancellationToken ct)
    {
        var stamp = FileStamp.Of(database.FilePath);
        if (_known is { } known && known.Stamp == stamp)
        {
            return known.Version;
        }

        // Read after the stamp: a commit in between leaves a stale stamp, so the next call reads again.
        var version = await ReadAsync(ct);
        _known = new Known(stamp, version);
        return version;
    }

    private async Task<long?> ReadAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT version FROM data_version WHERE id = 1", cancellationToken: ct));
        }
        catch (SqliteException)
        {
            return null; // the endpoint itself reports an unreadable database
        }
    }

    private sealed record Known(FileStamp Stamp, long? Version);

    private readonly record struct FileStamp(long Length, DateTime Written, long WalLength, DateTime WalWritten)
    {
        public static FileStamp Of(string path)
        {
            var (file, wal) = (new FileInfo(path), new FileInfo(path + "-wal"));
            return new FileStamp(
                file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default,
                wal.Exists ? wal.Length : -1, wal.Exists ? wal.LastWriteTimeUtc : default);
        }
    }
}
