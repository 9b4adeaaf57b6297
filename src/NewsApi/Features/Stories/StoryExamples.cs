using NewsApi.Infrastructure;

namespace NewsApi.Features.Stories;

/// <summary>Example bodies of the story endpoints for the OpenAPI document, from the story the seed articles form.</summary>
public static class StoryExamples
{
    private const string StoryId = "story-001-5bc9951281a706f7";
    private const string Headline = "Field Marshal Syed Asim Munir in a meeting with Azerbaijani Minister of Defence Colonel General Hasanov Zakir Asgar Oglu…";

    private static readonly StorySummary Summary = new()
    {
        Id = StoryId,
        Headline = Headline,
        RepresentativeArticleId = "001-5bc9951281a706f7",
        ArticleCount = 2,
        FirstPublished = new DateOnly(2025, 5, 28),
        LastPublished = new DateOnly(2025, 5, 28),
    };

    public static Page<StorySummary> List { get; } = new([Summary], null);

    public static StoryDetail Detail { get; } = new()
    {
        Id = StoryId,
        Headline = Headline,
        RepresentativeArticleId = Summary.RepresentativeArticleId,
        ArticleCount = 2,
        FirstPublished = Summary.FirstPublished,
        LastPublished = Summary.LastPublished,
        Articles =
        [
            new StoryMember { Id = "001-5bc9951281a706f7", Headline = Headline, Published = new DateOnly(2025, 5, 28), Similarity = 1 },
            new StoryMember
            {
                Id = "000-414a6a6b185ff7a0",
                Headline = "Field Marshal Munir Discusses Regional Security Dynamics with Azerbaijani Defence Minister",
                Similarity = 0.3525,
            },
        ],
    };

    public static Page<RelatedArticle> Related { get; } = new(
    [
        new RelatedArticle
        {
            Id = "000-414a6a6b185ff7a0",
            Headline = "Field Marshal Munir Discusses Regional Security Dynamics with Azerbaijani Defence Minister",
            SameStory = true,
            Score = 0.3525,
            TextScore = 0.1484,
            EntityScore = 0.5565,
        },
    ], null);
}
