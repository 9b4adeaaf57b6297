using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NewsApi.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest schema: applies each pending migration in version order, each in its own
/// transaction, and records it in <c>schema_version</c>. Shared by the seeder and the API.
/// </summary>
public sealed partial class MigrationRunner
{
    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT;
        """;

    private const string CurrentVersionSql = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";

    /// <summary>The versions a database has recorded, for <see cref="MissingFrom"/>.</summary>
    public const string RecordedVersionsSql = "SELECT version FROM schema_version;";

    private const string IsAppliedSql = "SELECT EXISTS (SELECT 1 FROM schema_version WHERE version = @Version);";

    private const string RecordVersionSql =
        "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);";

    private readonly IReadOnlyList<Migration> _migrations;
    private readonly TimeProvider _clock;

    public MigrationRunner(IEnumerable<Migration> migrations, TimeProvider? clock = null)
    {
        _migrations = [.. migrations.OrderBy(migration => migration.Version)];
        _clock = clock ?? TimeProvider.System;
        if (_migrations.Select(migration => migration.Version).Distinct().Count() != _migrations.Count)
        {
            throw new ArgumentException("Two migrations share a version number.", nameof(migrations));
        }
    }

    /// <summary>The migrations shipped in this assembly (from db/migrations).</summary>
    public static MigrationRunner FromEmbeddedScripts() => new(LoadEmbeddedScripts());

    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>
    /// The migrations a database that recorded these versions has not had: every one missing, not only those above its
    /// newest, since branches number migrations in parallel and a database may get 0012 before 0008 lands.
    /// </summary>
    public IReadOnlyList<Migration> MissingFrom(IEnumerable<int> recordedVersions)
    {
        var recorded = recordedVersions.ToHashSet();
        return [.. _migrations.Where(migration => !recorded.Contains(migration.Version))];
    }

    /// <summary>Applies the pending migrations and returns them (empty when the database was up to date).</summary>
    /// <exception cref="UnusableDatabaseException">The database's schema is newer than this code knows.</exception>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(CreateVersionTableSql, null, cancellationToken);
        var current = await CurrentVersionAsync(connection, null, cancellationToken);
        if (current > LatestVersion)
        {
            throw new UnusableDatabaseException(
                $"The database has schema version {current}, newer than the {LatestVersion} this NewsApi knows; use a newer NewsApi.");
        }

        var applied = new List<Migration>();
        var pending = MissingFrom(await RecordedVersionsAsync(connection, cancellationToken));
        if (pending.Count == 0)
        {
            return applied;
        }

        // A migration may rebuild a table (create, copy, drop, rename): with foreign keys on, the drop would cascade into
        // every referencing table. SQLite's procedure: keys off outside the transaction, foreign_key_check before commit.
        var foreignKeys = await connection.ScalarAsync<bool>("PRAGMA foreign_keys;", null, cancellationToken);
        await connection.ExecuteAsync("PRAGMA foreign_keys = OFF;", null, cancellationToken);
        try
        {
            foreach (var migration in pending)
            {
                if (await ApplyAsync(connection, migration, cancellationToken))
                {
                    applied.Add(migration);
                }
            }
        }
        finally
        {
            if (foreignKeys)
            {
                await connection.ExecuteAsync("PRAGMA foreign_keys = ON;", null, CancellationToken.None);
            }
        }

        return applied;
    }

    /// <summary>Applies one migration in its own transaction; false when another process applied it first.</summary>
    private async Task<bool> ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock, so if another process migrated since we looked, we see it here.
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await connection.ScalarAsync<bool>(IsAppliedSql, transaction, cancellationToken, ("Version", migration.Version)))
        {
            return false;
        }

        await connection.ExecuteAsync(migration.Script, transaction, cancellationToken);
        if (await connection.AnyRowAsync("PRAGMA foreign_key_check;", transaction, cancellationToken))
        {
            throw new InvalidOperationException($"Migration {migration.Version} ({migration.Name}) leaves rows whose foreign keys point nowhere.");
        }

        var appliedAt = _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(
            RecordVersionSql, transaction, cancellationToken, ("Version", migration.Version), ("Name", migration.Name), ("AppliedAt", appliedAt));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Task<int> CurrentVersionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ScalarAsync<int>(CurrentVersionSql, transaction, cancellationToken);

    /// <summary>The versions a database has recorded in <c>schema_version</c>, for <see cref="MissingFrom"/>.</summary>
    public static Task<List<int>> RecordedVersionsAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        connection.QueryAsync(RecordedVersionsSql, row => row.GetInt32(0), null, cancellationToken);

    private static IEnumerable<Migration> LoadEmbeddedScripts()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith("migrations/", StringComparison.Ordinal)))
        {
            var match = MigrationFileName().Match(resource);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{resource}' must be named like 'migrations/0002_add_authors.sql'.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return new Migration(int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd());
        }
    }

    [GeneratedRegex(@"^migrations/(?<version>\d+)_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationFileName();
}
