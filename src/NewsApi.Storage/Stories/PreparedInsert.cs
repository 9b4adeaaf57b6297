using Microsoft.Data.Sqlite;

namespace NewsApi.Storage.Stories;

/// <summary>
/// One SQL statement prepared once and run for many rows, its parameters ($a, $b...) bound by position in the order they
/// first appear. For bulk writes: Dapper prepares a command's SQL again on every call.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedInsert(SqliteConnection connection, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(match => match.Value).Distinct())
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _command.Prepare();
    }

    public void Run(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
