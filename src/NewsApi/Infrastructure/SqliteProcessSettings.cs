using SQLitePCL;

namespace NewsApi.Infrastructure;

/// <summary>
/// SQLite's process-wide settings for the API. SQLite takes them only before it first initialises, so they are applied
/// before anything opens a database; afterwards they are refused and its defaults stay, which are correct and slower (as
/// in a test process that opened a database before it started the API).
/// </summary>
public static class SqliteProcessSettings
{
    /// <summary>
    /// Multi-thread mode: SQLite no longer takes a connection's mutex at every call, which its default (serialized) mode
    /// does so that threads may share one connection. None do here: a request rents a connection of its own from the
    /// pool (<see cref="ReusableConnection"/>) and gives it up only by returning it; the time limit runs on the request's
    /// own thread (a progress handler). Memory statistics off: they take a process-wide mutex at every allocation, and
    /// nothing reads them. Locking and unlocking were 6% of an entity profile's CPU at 100k articles.
    /// </summary>
    public static void Apply()
    {
        Batteries_V2.Init();
        // Each answers SQLITE_MISUSE once SQLite has initialised, and changes nothing then.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
