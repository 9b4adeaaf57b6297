using NewsApi.Ingestion.Finding;

namespace NewsApi.Ingestion;

/// <summary>Seed the files under <paramref name="InputDirectory"/> into the database at <paramref name="DatabasePath"/>.</summary>
/// <param name="Prune">Also remove articles whose source file is no longer in the folder.</param>
/// <param name="Selection">Which files are news; null for all but hidden files, READMEs, licences and changelogs.</param>
public sealed record SeedRequest(string InputDirectory, string DatabasePath, bool Prune = false, FileSelection? Selection = null);
