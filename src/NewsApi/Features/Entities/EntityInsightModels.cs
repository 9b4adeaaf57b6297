namespace NewsApi.Features.Entities;

/// <summary>
/// An edge of the co-occurrence graph: Source and Target are mentioned together in Count articles. Pmi is
/// log2(P(both) / (P(source) P(target))) over the articles; Strength is the normalised PMI, Pmi / -log2(P(both)), from -1
/// (never together) through 0 (independent) to 1 (always together).
/// </summary>
public sealed record RelatedEntity
{
    public required string Source { get; init; }
    public required string Target { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }

    /// <summary>Articles that mention both.</summary>
    public long Count { get; init; }

    public double Pmi { get; init; }
    public double Strength { get; init; }
}

/// <summary>How many articles mention an entity per day, week (starting Monday) or month, with every period in between.</summary>
public sealed record EntityTimeline
{
    public required string Id { get; init; }
    public required string Interval { get; init; }
    public required IReadOnlyList<TimelinePeriod> Periods { get; init; }

    /// <summary>Articles that mention it but carry no date.</summary>
    public long UndatedArticles { get; init; }
}

public sealed record TimelinePeriod
{
    /// <summary>First day of the period.</summary>
    public DateOnly Start { get; init; }

    public long Articles { get; init; }
}
