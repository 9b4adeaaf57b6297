namespace NewsApi.Features.Stories;

/// <summary>A story: two or more articles about the same event (near-duplicates or reports of one event).</summary>
public sealed record StorySummary
{
    /// <summary>Stable: "story-" and the id of its earliest article.</summary>
    public required string Id { get; init; }

    /// <summary>The representative article's headline.</summary>
    public required string Headline { get; init; }

    /// <summary>The member most similar to the others: the one to read first.</summary>
    public required string RepresentativeArticleId { get; init; }

    public int ArticleCount { get; init; }
    public DateOnly? FirstPublished { get; init; }
    public DateOnly? LastPublished { get; init; }
}

public sealed record StoryDetail
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public required string RepresentativeArticleId { get; init; }
    public int ArticleCount { get; init; }
    public DateOnly? FirstPublished { get; init; }
    public DateOnly? LastPublished { get; init; }

    /// <summary>The articles, the representative first, then the most similar to it.</summary>
    public required IReadOnlyList<StoryMember> Articles { get; init; }
}

public sealed record StoryMember
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Score against the representative article, 0..1 (1 for the representative itself).</summary>
    public double Similarity { get; init; }
}

/// <summary>An article related to another: same story first, then by score.</summary>
public sealed record RelatedArticle
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>True when both articles belong to the same story.</summary>
    public bool SameStory { get; init; }

    /// <summary>(text + entities) / 2, 0..1.</summary>
    public double Score { get; init; }

    /// <summary>Estimated Jaccard similarity of the two texts' word 3-shingles (MinHash).</summary>
    public double TextScore { get; init; }

    /// <summary>Salience-weighted Jaccard similarity of the entities the two articles mention.</summary>
    public double EntityScore { get; init; }
}
