using SQLitePCL;

namespace NewsApi.Storage;

/// <summary>
/// SQLite's process-wide settings for the API and the seeder, applied at their start, before anything opens a database:
/// SQLite takes them only before it first initialises; afterwards they are refused and its defaults stay, which are
/// correct and slower (as in a test process that opened a database before it started the API).
/// </summary>
public static class SqliteProcessSettings
{
    /// <summary>
    /// Multi-thread mode: SQLite no longer takes a connection's mutex at every call, which its default (serialized) mode
    /// does so that threads may share one connection. None do here: an API request rents a connection of its own from
    /// the pool and gives it up by returning it (its time limit is a progress handler on its own thread); the seeder's
    /// writer and each derived table's task open their own, and extraction uses none. Memory statistics off: they take a
    /// process-wide mutex at every allocation, and nothing reads them. Locking and unlocking were 6% of the API's CPU
    /// serving entity profiles at 100k articles.
    /// </summary>
    public static void Apply()
    {
        Batteries_V2.Init();
        // Each answers SQLITE_MISUSE once SQLite has initialised, and changes nothing then.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
