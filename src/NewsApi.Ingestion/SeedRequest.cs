namespace NewsApi.Ingestion;

/// <summary>Seed every file under <paramref name="InputDirectory"/> into the database at <paramref name="DatabasePath"/>.</summary>
/// <param name="Prune">Also remove articles whose source file is no longer in the folder.</param>
public sealed record SeedRequest(string InputDirectory, string DatabasePath, bool Prune = false);
