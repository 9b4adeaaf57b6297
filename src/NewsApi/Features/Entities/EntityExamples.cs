using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>
/// Example bodies of the entity endpoints for the OpenAPI document, from the seed articles. The entity types share
/// shapes, so every type's endpoints show the person examples.
/// </summary>
public static class EntityExamples
{
    private const string ArticleId = "000-414a6a6b185ff7a0";

    private static readonly EntitySummary MunirSummary = new()
    {
        Id = "syed-asim-munir", Type = "person", Name = "Syed Asim Munir", MatchedAlias = "Munir", ArticleCount = 2, MentionCount = 7, Confidence = 1,
    };

    private static readonly RelatedEntity MunirAndDar = new()
    {
        Source = "syed-asim-munir", Target = "mohammad-ishaq-dar", Name = "Mohammad Ishaq Dar", Type = "person", Count = 2, Pmi = 0, Strength = 1,
    };

    public static Page<EntitySummary> List { get; } = new([MunirSummary], null);

    public static Page<EntitySummary> Lookup { get; } = new([MunirSummary], null) { Total = 1 };

    public static Page<RelatedEntity> Related { get; } = new([MunirAndDar], null);

    public static EntityDetail Detail { get; } = new()
    {
        Id = "syed-asim-munir",
        Type = "person",
        Name = "Syed Asim Munir",
        Aliases = ["Field Marshal Munir", "Field Marshal Syed Asim Munir", "Munir", "Syed Asim Munir"],
        Roles =
        [
            new EntityRole { Name = "Chief of Army Staff", ArticleCount = 2, Articles = [ArticleId, "001-5bc9951281a706f7"] },
            new EntityRole { Name = "Field Marshal", ArticleCount = 2, Articles = [ArticleId, "001-5bc9951281a706f7"] },
        ],
        ArticleCount = 2,
        MentionCount = 7,
        Confidence = 1,
        FirstSeen = new DateOnly(2025, 5, 28),
        LastSeen = new DateOnly(2025, 5, 28),
        Articles = "/people/syed-asim-munir/articles",
        AliasUsage = [new AliasUsage { Alias = "Field Marshal Munir", Mentions = 3, ArticleCount = 2 }, new AliasUsage { Alias = "Munir", Mentions = 2, ArticleCount = 1 }],
        CoMentioned = [MunirAndDar],
        Timeline = "/people/syed-asim-munir/timeline",
        Related = "/entities/syed-asim-munir/related",
    };

    public static EntityTimeline Timeline { get; } = new()
    {
        Id = "syed-asim-munir",
        Interval = "day",
        Periods = [new TimelinePeriod { Start = new DateOnly(2025, 5, 28), Articles = 1 }],
        UndatedArticles = 1,
    };
}
