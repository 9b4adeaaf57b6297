namespace NewsApi.Ingestion;

public enum SeedOutcome
{
    Added,
    Unchanged,
    Replaced,
    Failed,
}

/// <summary>One file done: reported after each file so a caller can show progress.</summary>
public sealed record SeedProgress(int Done, int Total, string SourceFile, SeedOutcome Outcome);

/// <summary>
/// A file, or one record of a multi-article file (<paramref name="Record"/>: "line 7", "item 3"), that could not be
/// stored, and why (in words a user can act on).
/// </summary>
public sealed record SeedFailure(string SourceFile, string Reason, string? Record = null);

/// <summary>
/// A file, or one record of a multi-article file, that was stored but with something guessed or dropped: read as
/// Windows-1252, an implausible date dropped...
/// </summary>
public sealed record SeedWarning(string SourceFile, string Message, string? Record = null);

/// <summary>
/// What a seeding run did, counted in articles (a JSON export holds several): <see cref="Read"/> is every article
/// looked at plus every failure; <see cref="Pruned"/> the articles removed because their file (with --prune) or their
/// record (from a changed file) is gone. <see cref="Entities"/>: how many entities of each type the database holds, by
/// the type's plural ("people"), in <see cref="Extraction.Entities.EntityTypes"/> order.
/// </summary>
public sealed record SeedSummary(
    int Read,
    int Added,
    int Unchanged,
    int Replaced,
    int Pruned,
    IReadOnlyList<SeedFailure> Failed,
    IReadOnlyDictionary<string, int> Entities)
{
    /// <summary>How many files the folder holds (each read, or skipped as unchanged).</summary>
    public int Files { get; init; }

    /// <summary>Files and folders left out on purpose (hidden, README, --exclude...) or that could not be listed, with why.</summary>
    public IReadOnlyList<Finding.SkippedFile> Skipped { get; init; } = [];

    /// <summary>What was stored with a guess or a loss, by file (and record).</summary>
    public IReadOnlyList<SeedWarning> Warnings { get; init; } = [];

    /// <summary>How long each phase took (reading and writing the files, then each derived table), wall and CPU.</summary>
    public IReadOnlyList<Storage.SeedPhase> Phases { get; init; } = [];
}
