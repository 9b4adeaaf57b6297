using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Stories;

public static class StoriesEndpoints
{
    public static IServiceCollection AddStories(this IServiceCollection services) => services.AddSingleton<StoryQueries>();

    public static IEndpointRouteBuilder MapStories(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/stories").WithTags("Stories");
        group.MapGet("/", ListStories).WithName(nameof(ListStories)).Validate<StorySearch>().Exportable().WithResponseExample(StoryExamples.List)
            .WithSummary("List stories: groups of articles about the same event.")
            .WithDescription("""
                A story is two or more articles that are near-duplicates (text similarity at least 0.5) or report the same
                event (at most 3 days apart, entity similarity at least 0.3 and text similarity at least 0.08). Latest first;
                from/to keep the stories with an article dated in that range. Pages follow the 'next' link and Link header;
                format=csv or ndjson (or an Accept header) streams the whole list.
                """);
        group.MapGet("/{id}", GetStory).WithName(nameof(GetStory)).ProducesProblem(StatusCodes.Status404NotFound).WithResponseExample(StoryExamples.Detail)
            .WithSummary("Get a story with its articles.")
            .WithDescription("The representative article first, then the others by their similarity to it.");

        routes.MapGet("/articles/{id}/related", ListRelatedArticles).WithName(nameof(ListRelatedArticles)).WithTags("Articles")
            .Validate<RelatedSearch>().Exportable().ProducesProblem(StatusCodes.Status404NotFound).WithResponseExample(StoryExamples.Related)
            .WithSummary("List articles related to an article, with scores.")
            .WithDescription("""
                Articles of the same story first, then the others by score = (text + entities) / 2, where text is the
                estimated Jaccard similarity of word 3-shingles (MinHash, 128 hashes) and entities the salience-weighted
                Jaccard similarity of the entities mentioned. Only pairs scoring at least 0.1 are listed.
                """);
        return routes;
    }

    private static async Task<Results<Ok<Page<StorySummary>>, ValidationProblem>> ListStories(
        [AsParameters] StorySearch search, StoryQueries stories, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.ToPage(await stories.ListAsync(search, ct)));

    private static async Task<Results<Ok<StoryDetail>, ProblemHttpResult>> GetStory(string id, StoryQueries stories, CancellationToken ct) =>
        await stories.FindAsync(id, ct) is { } story
            ? TypedResults.Ok(story)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Story not found", detail: $"No story has id '{id}'.");

    private static async Task<Results<Ok<Page<RelatedArticle>>, ProblemHttpResult>> ListRelatedArticles(
        [AsParameters] RelatedSearch search, StoryQueries stories, HttpContext http, CancellationToken ct) =>
        await stories.RelatedAsync(search, ct) is { } page
            ? TypedResults.Ok(http.ToPage(page))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has id '{search.Id}'.");
}
