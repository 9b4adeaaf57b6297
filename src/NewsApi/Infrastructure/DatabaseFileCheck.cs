using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;

namespace NewsApi.Infrastructure;

/// <summary>What the start-up check found: a database to create, one to migrate, or one ready to serve.</summary>
public enum DatabaseFileState { Missing, Outdated, Ready }

/// <summary>
/// Looks at the database file before the API serves it, and refuses (with <see cref="UnusableDatabaseException"/>,
/// whose message names the file and the problem) anything it could not serve: a mistyped path (only the default
/// database is created when missing), a folder, a file that is empty, not SQLite, truncated, corrupt or not a NewsApi
/// database, one from a newer NewsApi, and what a read-only folder makes impossible. The API then exits before it
/// listens, rather than start and answer 503 or 500 to every request. Corruption deeper in a file than the schema is
/// only found when a query reads it; that request is a 503 problem (<see cref="DatabaseUnavailableHandler"/>).
/// </summary>
public static class DatabaseFileCheck
{
    private const int HeaderBytes = 100;
    private static readonly byte[] SqliteMagic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static async Task<DatabaseFileState> RunAsync(NewsDatabase database, CancellationToken ct)
    {
        var path = database.FilePath;
        if (Directory.Exists(path))
        {
            throw Refuse(path, "is a folder, not a database file. Give the path of the .db file itself.");
        }

        if (!File.Exists(path))
        {
            if (!database.CreatedWhenMissing)
            {
                throw Refuse(path, "does not exist. The API creates and seeds only its default database when it is missing; "
                    + "seed this one first (NewsApi.Seeder seed --input DIR --db FILE) or correct --NewsDatabase:Path.");
            }

            if (!database.FolderIsWritable)
            {
                throw Refuse(path, $"does not exist and cannot be created: its folder {Path.GetDirectoryName(path)} is missing or read-only.");
            }

            return DatabaseFileState.Missing;
        }

        CheckHeader(path);
        if (!database.FolderIsWritable && new FileInfo(path + "-wal") is { Exists: true, Length: > 0 })
        {
            throw Refuse(path, $"has changes in its write-ahead log ({Path.GetFileName(path)}-wal) that its read-only folder keeps "
                + "from being read. Serve it from a writable folder once (SQLite then folds the log into the file), or copy it.");
        }

        var recorded = await RecordedVersionsAsync(database, path, ct);
        var version = recorded.Count == 0 ? 0 : recorded.Max();
        var runner = MigrationRunner.FromEmbeddedScripts();
        var latest = runner.LatestVersion;
        if (version > latest)
        {
            throw Refuse(path, $"has schema version {version}, newer than the {latest} this NewsApi knows: use a newer NewsApi.");
        }

        var missing = runner.MissingFrom(recorded);
        if (missing.Count > 0 && !database.FolderIsWritable)
        {
            throw Refuse(path, $"was made by an older NewsApi (schema version {version}, now {latest}; missing {string.Join(", ", missing.Select(m => m.Version))}) "
                + "and needs migrating, but its folder is read-only.");
        }

        return missing.Count > 0 ? DatabaseFileState.Outdated : DatabaseFileState.Ready;
    }

    /// <summary>The first 100 bytes say whether this is SQLite at all, and how long the file must be.</summary>
    private static void CheckHeader(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw Refuse(path, "is empty (0 bytes), not a NewsApi database. Delete it, or seed it with NewsApi.Seeder.");
        }

        var header = new byte[HeaderBytes];
        using (var file = File.OpenRead(path))
        {
            file.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false);
        }

        if (length < HeaderBytes || !header.AsSpan(0, SqliteMagic.Length).SequenceEqual(SqliteMagic))
        {
            throw Refuse(path, "is not a SQLite database (it does not start with the SQLite header).");
        }

        // Page size at offset 16 (1 means 65,536); the page count at 28 is valid when the counter at 92 equals the one at 24.
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16)) is var size && size == 1 ? 65_536 : size;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var countIsValid = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92)) == BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24));
        if (countIsValid && (long)pages * pageSize > length)
        {
            throw Refuse(path, $"is truncated: its header says {(long)pages * pageSize:N0} bytes, the file has {length:N0}.");
        }
    }

    private static async Task<List<int>> RecordedVersionsAsync(NewsDatabase database, string path, CancellationToken ct)
    {
        try
        {
            // Reads the schema (a damaged one is SQLITE_CORRUPT or NOTADB) and says whether this is a NewsApi database at
            // all. Not PRAGMA quick_check: it reads every page, 2.5 s for 300 MB even from the page cache.
            await using var connection = await database.OpenForStartAsync(ct);
            return await MigrationRunner.RecordedVersionsAsync(connection, ct);
        }
        catch (SqliteException exception) when (exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            throw Refuse(path, "is a SQLite database but not a NewsApi one (it has no schema_version table).");
        }
        catch (SqliteException exception)
        {
            throw Refuse(path, $"cannot be read: {exception.Message} Restore it from a backup or seed it again.");
        }
    }

    private static UnusableDatabaseException Refuse(string path, string problem) => new($"The news database {path} {problem}");
}
