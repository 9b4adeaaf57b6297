using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Articles;

public static class ArticlesEndpoints
{
    public static IServiceCollection AddArticles(this IServiceCollection services) => services.AddSingleton<ArticleQueries>().AddSingleton<ArticleSearchIndex>();

    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/", ListArticles).WithName(nameof(ListArticles)).Validate<ArticleSearch>().Exportable().WithResponseExample(ArticleExamples.List)
            .WithSummary("Search and list articles.")
            .WithDescription($"""
                Full-text search (q) over headlines and bodies, ranked by bm25 with a headline match worth four body matches,
                with a highlighted snippet. q understands words, "quoted phrases", OR, NOT or a leading -, a trailing * for
                prefixes and parentheses; every other character is searched as text. Filters: {EntityTypes.Listed(type => type.Name)}
                (an entity id or any of its names), from/to (published dates, inclusive), section. Sort: relevance (default
                with q), newest (default without q), oldest; undated articles come last. Pages follow the 'next' link, also
                sent as an RFC 8288 Link header; total counts the whole list. dedupe=collapse shows one article per story (see
                /stories). facets={string.Join(",", ArticleFacets.Names)} adds counts over the whole filtered list (entity
                facets: the {ArticleFacets.MaxEntityValues} most frequent; published: per month). format=csv or ndjson (or an Accept header) streams the whole list.
                """);
        group.MapGet("/{id}", GetArticle).WithName(nameof(GetArticle)).ProducesProblem(StatusCodes.Status404NotFound).WithResponseExample(ArticleExamples.Detail)
            .WithSummary("Get an article with its metadata and entities.")
            .WithDescription($"The article's text and metadata, and the {EntityTypes.Listed(type => type.Plural.ToLowerInvariant())} it mentions, most salient first, with the roles this article gives them.");
        group.MapGet("/{id}/entities", GetArticleEntities).WithName(nameof(GetArticleEntities)).ProducesProblem(StatusCodes.Status404NotFound).WithResponseExample(ArticleExamples.Entities)
            .WithSummary("List an article's entities with every mention.")
            .WithDescription("Each mention gives its field (headline, caption or body), [start, end) character offsets into that field, the text and its sentence.");
        return group;
    }

    private static async Task<Results<Ok<ArticlePage>, ValidationProblem>> ListArticles(
        [AsParameters] ArticleSearch search, ArticleQueries articles, HttpContext http, CancellationToken ct)
    {
        // Exports stream page after page: they need neither a total nor facets on each.
        var list = await articles.ListAsync(search.Query, counted: !http.Items.ContainsKey(ExportFilter.Streaming), ct);
        if (list.Ambiguous.Count > 0)
        {
            return TypedResults.ValidationProblem(list.Ambiguous, title: "An entity filter is ambiguous.");
        }

        var page = http.ToPage(list.Page);
        return TypedResults.Ok(new ArticlePage(page.Items, page.Next) { Total = page.Total ?? 0, Facets = search.Query.Facets.Count == 0 ? null : list.Facets });
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle(string id, ArticleQueries articles, CancellationToken ct) =>
        await articles.FindAsync(id, ct) is { } article ? TypedResults.Ok(article) : ArticleNotFound(id);

    private static async Task<Results<Ok<IReadOnlyList<ArticleEntityMentions>>, ProblemHttpResult>> GetArticleEntities(
        string id, ArticleQueries articles, CancellationToken ct) =>
        await articles.FindEntityMentionsAsync(id, ct) is { } entities ? TypedResults.Ok(entities) : ArticleNotFound(id);

    private static ProblemHttpResult ArticleNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has id '{id}'.");
}
