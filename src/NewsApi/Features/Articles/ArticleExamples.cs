using NewsApi.Infrastructure;

namespace NewsApi.Features.Articles;

/// <summary>Example bodies of the article endpoints for the OpenAPI document, from the seed articles.</summary>
public static class ArticleExamples
{
    private const string ArticleId = "000-414a6a6b185ff7a0";

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

    public static ArticlePage List { get; } = new([Summary with { StoryId = "story-001-5bc9951281a706f7" }], "/articles?q=Lachin&limit=1&cursor=eyJMaXN0IjoiMzlCNkIyRDU4NThGRDBDOCIsIktleSI6eyJSYW5rIjotMS4zNzc5NzY2MjAwMDI4ODYzZS0wNiwiRGF0ZSI6bnVsbH0sIklkIjoiMDAwLTQxNGE2YTZiMTg1ZmY3YTAifQ")
    {
        Total = 2,
        Facets = new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["person"] = [new FacetCount { Value = "syed-asim-munir", Label = "Syed Asim Munir", Count = 2 }],
            ["section"] = [new FacetCount { Value = "International", Count = 1 }, new FacetCount { Count = 1 }],
            ["published"] = [new FacetCount { Value = "2025-05", Count = 1 }, new FacetCount { Count = 1 }],
        },
    };

    /// <summary>An entity's articles (GET /people/{id}/articles and the other types'): no search, so no snippet or score.</summary>
    public static Page<ArticleSummary> OfEntity { get; } = new([Summary with { Snippet = null, Score = null }], null);

    public static ArticleDetail Detail { get; } = new()
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
    };

    public static ArticleEntityMentions[] Entities { get; } =
    [
        new()
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
    ];
}
