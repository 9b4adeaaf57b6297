using NewsApi.Storage;

namespace NewsApi.Ingestion;

/// <summary>
/// One seed of a database at a time: two at once wrote one search index over the other, which then failed every later
/// seed. The lock is a file beside the database held open without sharing (an advisory lock on Unix), so it is released
/// however the seed ends, a crash included.
/// </summary>
internal sealed class SeedLock : IDisposable
{
    public const string Suffix = ".seed-lock";

    private readonly FileStream _file;

    private SeedLock(FileStream file) => _file = file;

    /// <exception cref="UnusableDatabaseException">Another seed holds the lock.</exception>
    public static SeedLock Take(string databasePath)
    {
        var path = NewsDatabaseFile.FollowLinks(databasePath) + Suffix;
        try
        {
            return new SeedLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException exception) when (File.Exists(path))
        {
            throw new UnusableDatabaseException(
                $"Another seed of '{databasePath}' is running (it holds '{path}'); wait for it to finish, then run this one again.", exception);
        }
    }

    public void Dispose() => _file.Dispose();
}
