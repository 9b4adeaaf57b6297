using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsApi.Storage.Writing;

/// <summary>
/// Hot statements (the writer's, the story rebuild's), each prepared once per connection and run again with new values. Dapper
/// creates and prepares a new command on every call, and Microsoft.Data.Sqlite keeps no statement cache: with about a
/// hundred statements per article, preparing them again was a third of the writer's time.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public void Execute(SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(transaction, sql, parameters).ExecuteNonQuery();

    /// <summary>Runs a <c>SELECT EXISTS (...)</c>.</summary>
    public bool Exists(SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(transaction, sql, parameters).ExecuteScalar() is long and not 0;

    /// <summary>The rows as read by <paramref name="read"/>; the statement is reset before this returns.</summary>
    public List<T> Query<T>(
        SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var reader = Bind(transaction, sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The statement's command with these values bound; every call for one SQL text names the same parameters.</summary>
    private SqliteCommand Bind(SqliteTransaction transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                // Named as in the SQL, so binding finds each on the first try.
                command.Parameters.Add(new SqliteParameter("@" + name, null));
            }

            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            Debug.Assert(command.Parameters[i].ParameterName == "@" + parameters[i].Name, $"{sql} was first run with other parameters.");
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
