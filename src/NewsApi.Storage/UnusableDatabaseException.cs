namespace NewsApi.Storage;

/// <summary>The database file cannot be used: not SQLite, not openable, or written by a newer version of NewsApi.</summary>
public sealed class UnusableDatabaseException(string message, Exception? innerException = null)
    : Exception(message, innerException);
