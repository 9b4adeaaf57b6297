using System.Text.Json;
using Microsoft.OpenApi;
using NewsApi.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Features.Stories;

/// <summary>Example bodies for the story endpoints, from the story the seed articles form.</summary>
public sealed class StoryExamples : IOperationFilter
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

    private static readonly Dictionary<string, object> Examples = new()
    {
        ["ListStories"] = new Page<StorySummary>([Summary], null),
        ["GetStory"] = new StoryDetail
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
        },
        ["ListRelatedArticles"] = new Page<RelatedArticle>(
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
        ], null),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example)
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok?.Content is null
            || !ok.Content.TryGetValue("application/json", out var json))
        {
            return;
        }

        json.Example = JsonSerializer.SerializeToNode(example, example.GetType(), JsonSerializerOptions.Web);
    }
}
