using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsApi.Storage;

/// <summary>
/// The one-off statements (migrations, staleness checks, the derived tables' rebuilds, a file's removal), run straight
/// through Microsoft.Data.Sqlite: a new command for each call, its values bound by name, the cancellation token passed
/// to the provider, as Dapper did. Dapper maps values and rows with code it emits at run time, which the seeder compiled
/// with Native AOT cannot run; Dapper.AOT generates that code at build time, but not for the calls that carry a
/// cancellation token (<c>CommandDefinition</c>), which were all but three here. The hot statements are
/// <see cref="Writing.PreparedStatements"/>'.
/// </summary>
internal static class SqliteCommands
{
    public static async Task<int> ExecuteAsync(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static int Execute(this SqliteConnection connection, string sql)
    {
        using var command = Create(connection, sql, transaction: null, []);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// The first column of the first row as <typeparamref name="T"/> (SQLite's integers as bool, int or long), or its
    /// default when there is no row or the value is NULL.
    /// </summary>
    public static async Task<T> ScalarAsync<T>(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
        where T : struct, IConvertible
    {
        await using var command = Create(connection, sql, transaction, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            null or DBNull => default,
            T value => value,
            var value => (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Every row, as read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        this SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, SqliteTransaction? transaction,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Whether the statement returns any row.</summary>
    public static async Task<bool> AnyRowAsync(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Create(connection, sql, transaction, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken);
    }

    /// <summary>The rows read as they come, for a statement whose rows are too many to hold (read them to the end).</summary>
    public static IEnumerable<T> Stream<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = Create(connection, sql, transaction: null, []);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return read(reader);
        }
    }

    /// <summary>A string column that may hold NULL.</summary>
    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Create(
        SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter("@" + name, value ?? DBNull.Value));
        }

        return command;
    }
}
