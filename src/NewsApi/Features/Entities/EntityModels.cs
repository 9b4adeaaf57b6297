namespace NewsApi.Features.Entities;

/// <summary>An entity in a list or lookup. MatchedAlias is the name that matched q (null without q).</summary>
public sealed record EntitySummary
{
    public required string Id { get; init; }

    /// <summary>person, organisation or place.</summary>
    public required string Type { get; init; }

    public required string Name { get; init; }
    public string? MatchedAlias { get; init; }
    public long ArticleCount { get; init; }
    public long MentionCount { get; init; }

    /// <summary>0..1: how sure the archive is that this is a real name (tagger confidence over every article that names it).</summary>
    public double Confidence { get; init; }
}

public sealed record EntityDetail
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Name { get; init; }

    /// <summary>Every name the articles use for it, the canonical one included.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Roles and titles the articles give it, the most often stated first.</summary>
    public required IReadOnlyList<EntityRole> Roles { get; init; }

    public long ArticleCount { get; init; }
    public long MentionCount { get; init; }

    /// <summary>0..1: how sure the archive is that this is a real name (tagger confidence over every article that names it).</summary>
    public double Confidence { get; init; }

    /// <summary>Publication date of the earliest and latest dated article that mentions it.</summary>
    public DateOnly? FirstSeen { get; init; }
    public DateOnly? LastSeen { get; init; }

    /// <summary>The link to the articles that mention it.</summary>
    public required string Articles { get; init; }

    /// <summary>Each name as the articles write it, with how many mentions and articles use it, the most used first.</summary>
    public required IReadOnlyList<AliasUsage> AliasUsage { get; init; }

    /// <summary>The five entities most often in the same articles (see GET /entities/{id}/related for all).</summary>
    public required IReadOnlyList<RelatedEntity> CoMentioned { get; init; }

    /// <summary>The link to its article counts per day, week or month.</summary>
    public required string Timeline { get; init; }

    /// <summary>The link to every entity it shares articles with.</summary>
    public required string Related { get; init; }
}

public sealed record AliasUsage
{
    public required string Alias { get; init; }
    public long Mentions { get; init; }
    public long ArticleCount { get; init; }
}

public sealed record EntityRole
{
    public required string Name { get; init; }
    public long ArticleCount { get; init; }

    /// <summary>The ids of the newest articles that state this role (undated last), at most 20; ArticleCount counts them all.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];
}
