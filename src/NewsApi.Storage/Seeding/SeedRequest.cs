namespace NewsApi.Storage.Seeding;

/// <summary>Seed every file under <paramref name="InputDirectory"/> into the database at <paramref name="DatabasePath"/>.</summary>
/// <param name="Prune">Also remove articles whose source file is no longer in the folder.</param>
public sealed record SeedRequest(string InputDirectory, string DatabasePath, bool Prune = false)
{
    /// <summary>2 MiB: far above any news article (the seeds are 5 KB), small enough that a stray archive is refused quickly.</summary>
    public const int DefaultMaxFileBytes = 2 * 1024 * 1024;

    public int MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
