namespace NewsApi.Storage.Seeding;

public enum SeedOutcome
{
    Added,
    Unchanged,
    Replaced,
    Failed,
}

/// <summary>One document done: reported after each file so a caller can show progress.</summary>
public sealed record SeedProgress(int Done, int Total, string SourceFile, SeedOutcome Outcome);

/// <summary>A file that could not be stored, and why (in words a user can act on).</summary>
public sealed record SeedFailure(string SourceFile, string Reason);

/// <summary>How many entities of each type the database holds.</summary>
public sealed record EntityCounts(int People, int Organisations, int Places);

/// <summary>What a seeding run did. <see cref="Read"/> counts every file looked at, failed ones included.</summary>
public sealed record SeedSummary(
    int Read,
    int Added,
    int Unchanged,
    int Replaced,
    int Pruned,
    IReadOnlyList<SeedFailure> Failed,
    EntityCounts Entities);
