using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsApi.Features.Articles;
using NewsApi.Features.Entities;
using NewsApi.Features.Health;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>Puts an example body on each operation's success response and on its 400 and 404 problems, from the seed articles.</summary>
public sealed class ResponseExamples : IOperationFilter
{
    private const string ArticleId = "000-414a6a6b185ff7a0";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly ArticleSummary Summary = new()
    {
        Id = ArticleId,
        Headline = "Field Marshal Munir Discusses Regional Security Dynamics with Azerbaijani Defence Minister",
        Section = "International",
        Dateline = "Islamabad",
        WordCount = 301,
        Snippet = "…Colonel General Hasanov Zakir Asgar Oglu in <b>Lachin</b>, Azerbaijan, to discuss regional security…",
        Score = 3.42,
    };

    private static readonly ArticleEntity Munir = new()
    {
        Id = "syed-asim-munir",
        Name = "Syed Asim Munir",
        Type = "person",
        Roles = ["Chief of Army Staff", "Field Marshal"],
        MentionCount = 4,
        Salience = 0.75,
    };

    private static readonly EntitySummary MunirSummary = new()
    {
        Id = "syed-asim-munir", Type = "person", Name = "Syed Asim Munir", MatchedAlias = "Munir", ArticleCount = 2, MentionCount = 7, Confidence = 1,
    };

    private static readonly RelatedEntity MunirAndDar = new()
    {
        Source = "syed-asim-munir", Target = "mohammad-ishaq-dar", Name = "Mohammad Ishaq Dar", Type = "person", Count = 2, Pmi = 0, Strength = 1,
    };

    private static readonly Dictionary<string, object> Examples = new()
    {
        ["ListArticles"] = new ArticlePage([Summary with { StoryId = "story-001-5bc9951281a706f7" }], "/articles?q=Lachin&limit=1&cursor=eyJMaXN0IjoiMzlCNkIyRDU4NThGRDBDOCIsIktleSI6eyJSYW5rIjotMS4zNzc5NzY2MjAwMDI4ODYzZS0wNiwiRGF0ZSI6bnVsbH0sIklkIjoiMDAwLTQxNGE2YTZiMTg1ZmY3YTAifQ")
        {
            Total = 2,
            Facets = new Dictionary<string, IReadOnlyList<FacetCount>>
            {
                ["person"] = [new FacetCount { Value = "syed-asim-munir", Label = "Syed Asim Munir", Count = 2 }],
                ["section"] = [new FacetCount { Value = "International", Count = 1 }, new FacetCount { Count = 1 }],
                ["published"] = [new FacetCount { Value = "2025-05", Count = 1 }, new FacetCount { Count = 1 }],
            },
        },
        ["ListPersonArticles"] = new Page<ArticleSummary>([Summary with { Snippet = null, Score = null }], null),
        ["GetArticle"] = new ArticleDetail
        {
            Id = ArticleId,
            Section = "International",
            Headline = Summary.Headline,
            Dateline = "Islamabad",
            Subheadings = ["Focus on Strengthening Defence Cooperation", "Bilateral Relations and Future Prospects"],
            Body = "ISLAMABAD: Chief of Army Staff (COAS) Field Marshal Syed Asim Munir held a key meeting with ...",
            WordCount = 301,
            SourceFile = "000_414a6a6b185ff7a0.txt",
            DateReferences = [],
            Entities = [Munir],
        },
        ["GetArticleEntities"] = new[]
        {
            new ArticleEntityMentions
            {
                Id = Munir.Id,
                Name = Munir.Name,
                Type = Munir.Type,
                Roles = Munir.Roles,
                Salience = Munir.Salience,
                Mentions =
                [
                    new MentionDetail
                    {
                        Field = "body", Start = 52, End = 67, Text = "Syed Asim Munir",
                        Sentence = "ISLAMABAD: Chief of Army Staff (COAS) Field Marshal Syed Asim Munir held a key meeting with ...",
                    },
                ],
            },
        },
        ["GetPerson"] = new EntityDetail
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
        },
        ["GetPersonTimeline"] = new EntityTimeline
        {
            Id = "syed-asim-munir",
            Interval = "day",
            Periods = [new TimelinePeriod { Start = new DateOnly(2025, 5, 28), Articles = 1 }],
            UndatedArticles = 1,
        },
        ["ListRelatedEntities"] = new Page<RelatedEntity>([MunirAndDar], null),
        ["ListPeople"] = new Page<EntitySummary>([MunirSummary], null),
        ["LookupEntities"] = new Page<EntitySummary>([MunirSummary], null) { Total = 1 },
        ["GetLiveness"] = LivenessReport.Alive,
        ["GetHealth"] = new HealthReport("healthy", DatabaseReachable: true,
            new HealthCounts { Articles = 2, People = 7, Organisations = 1, Places = 8, Mentions = 72 }),
    };

    private static readonly Dictionary<string, object> Problems = new()
    {
        ["400"] = new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            title = "The request has invalid parameters.",
            status = 400,
            errors = new Dictionary<string, string[]> { ["limit"] = [PageRules.LimitMessage] },
            traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        },
        ["404"] = new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            title = "Not found",
            status = 404,
            detail = "No such id.",
            traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var example = status == "200" ? ExampleFor(operation.OperationId) : Problems.GetValueOrDefault(status);
            foreach (var media in response.Content?.Values ?? [])
            {
                media.Example = example is null ? null : JsonSerializer.SerializeToNode(example, example.GetType(), Web);
            }
        }
    }

    // The three entity types share shapes, so organisations and places borrow the people examples' shape.
    private static object? ExampleFor(string? operationId) => operationId switch
    {
        null => null,
        _ when Examples.TryGetValue(operationId, out var example) => example,
        "ListOrganisationArticles" or "ListPlaceArticles" => Examples["ListPersonArticles"],
        "ListOrganisations" or "ListPlaces" => Examples["ListPeople"],
        "GetOrganisation" or "GetPlace" => Examples["GetPerson"],
        "GetOrganisationTimeline" or "GetPlaceTimeline" => Examples["GetPersonTimeline"],
        _ => null,
    };
}
