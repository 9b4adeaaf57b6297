using Microsoft.Data.Sqlite;

namespace NewsApi.Infrastructure;

/// <summary>
/// Sees every connection the API opens, before its first statement. None is registered in production; the query-plan
/// tests register one that traces the SQL each endpoint really runs, so the plans they check never drift from the code.
/// </summary>
public interface IConnectionObserver
{
    void Opened(SqliteConnection connection);
}
