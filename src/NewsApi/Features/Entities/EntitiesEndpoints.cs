using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Features.Articles;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>/people, /organisations and /places share one shape; /entities looks a name up across all three.</summary>
public static class EntitiesEndpoints
{
    public static IServiceCollection AddEntities(this IServiceCollection services) =>
        services.AddSingleton<EntityQueries>().AddSingleton<EntityNameIndex>();

    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder routes)
    {
        foreach (var kind in EntityKind.All)
        {
            MapKind(routes, kind);
        }

        routes.MapGet("/entities", LookupEntities).WithName(nameof(LookupEntities)).WithTags("Entities").Validate<EntityLookup>().Exportable()
            .WithSummary("Look a name up across people, organisations and places (autocomplete).")
            .WithDescription("Matches q against every name and alias: names starting with q first, then names with a word starting with q, then names containing it; ties go to the entity in more articles. A page of limit (default 10) matches, with the alias that matched; like every list, items, next (and the Link header) and total.");
        routes.MapGet("/entities/{id}/related", ListRelatedEntities).WithName(nameof(ListRelatedEntities)).WithTags("Entities")
            .Validate<RelatedEntitySearch>().Exportable().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithSummary("List the entities mentioned in the same articles as an entity (co-occurrence), with PMI.")
            .WithDescription("""
                Each item is an edge (source, target, count = articles mentioning both). pmi = log2(P(both) / (P(source) P(target)))
                over all articles; strength is the normalised PMI, pmi / -log2(P(both)): -1 never together, 0 independent, 1 always
                together. Most shared articles first, then higher PMI. format=csv streams the edges as an edge list for graph tools
                (Gephi, networkx: source,target,... columns).
                """);
        return routes;
    }

    private static void MapKind(IEndpointRouteBuilder routes, EntityKind kind)
    {
        var group = routes.MapGroup($"/{kind.Route}").WithTags(kind.Plural);
        var plural = kind.Plural.ToLowerInvariant();
        var singular = kind.Singular.ToLowerInvariant();

        group.MapGet("/", ([AsParameters] EntitySearch search, EntityQueries entities, HttpContext http, CancellationToken ct) =>
                ListEntities(kind, search, entities, http, ct))
            .WithName($"List{kind.Plural}").Validate<EntitySearch>().Exportable()
            .WithSummary($"List or search {plural}.")
            .WithDescription($"Without q: every {singular}, in most articles first. With q: {plural} with a name or alias containing q, names starting with q first. minArticles=2 leaves out names seen in one article only (each item has a confidence, 0..1). Pages follow the 'next' link, also sent as an RFC 8288 Link header.");

        group.MapGet("/{id}", (string id, EntityQueries entities, CancellationToken ct) => GetEntity(kind, id, entities, ct))
            .WithName($"Get{kind.Singular}").ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithSummary($"Get {kind.OneOf}: names, roles, article count, first and last seen.")
            .WithDescription($"The id is the stable id from the {plural} list (for example from /{kind.Route}?q=...). An id of another entity type is not found here. An id whose entity was merged into another by a later seed answers 301 Moved Permanently, Location giving the same path under the entity that took it (this one or another type's route).");

        group.MapGet("/{id}/articles", ([AsParameters] EntityArticlesSearch search, ArticleQueries articles, HttpContext http, CancellationToken ct) =>
                ListEntityArticles(kind, search, articles, http, ct))
            .WithName($"List{kind.Singular}Articles").Validate<EntityArticlesSearch>().Exportable().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithSummary($"List the articles that mention {kind.OneOf}.")
            .WithDescription("Newest first by default (sort=oldest to reverse); undated articles come last. Pages follow the 'next' link and Link header.");

        group.MapGet("/{id}/timeline", ([AsParameters] TimelineSearch search, EntityQueries entities, CancellationToken ct) =>
                GetTimeline(kind, search, entities, ct))
            .WithName($"Get{kind.Singular}Timeline").Validate<TimelineSearch>().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithSummary($"Count the articles that mention {kind.OneOf} per day, week, month or year.")
            .WithDescription($"interval=day (default), week (starting Monday), month or year; every period from the first to the last dated article (or from/to, yyyy-MM-dd, when given) is listed, quiet ones as 0. Undated articles are counted apart. At most {TimelinePeriods.MaxPeriods:N0} periods: a longer range is a 400 asking for from/to or a longer interval.");
    }

    private static async Task<Results<Ok<Page<EntitySummary>>, ValidationProblem>> ListEntities(
        EntityKind kind, EntitySearch search, EntityQueries entities, HttpContext http, CancellationToken ct)
    {
        var page = search.Page(kind);
        if (!page.CursorIsValid)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["cursor"] = [PageRules.CursorMessage] }, title: "The request has invalid parameters.");
        }

        return TypedResults.Ok(http.ToPage(await entities.ListAsync(kind, search.SearchKey, search.MinArticlesOrDefault, page, ct)));
    }

    private static async Task<Results<Ok<EntityDetail>, ProblemHttpResult>> GetEntity(
        EntityKind kind, string id, EntityQueries entities, CancellationToken ct) =>
        await entities.FindAsync(kind, id, ct) is { } entity ? TypedResults.Ok(entity) : NotFound(kind, id);

    private static async Task<Results<Ok<Page<ArticleSummary>>, ProblemHttpResult>> ListEntityArticles(
        EntityKind kind, EntityArticlesSearch search, ArticleQueries articles, HttpContext http, CancellationToken ct)
    {
        // An export streams page after page: it needs no total on each.
        var page = await articles.ListEntityArticlesAsync(kind.Type, search, counted: !http.Items.ContainsKey(ExportFilter.Streaming), ct);
        return page is null ? NotFound(kind, search.Id) : TypedResults.Ok(http.ToPage(page));
    }

    private static async Task<Results<Ok<EntityTimeline>, ProblemHttpResult, ValidationProblem>> GetTimeline(
        EntityKind kind, TimelineSearch search, EntityQueries entities, CancellationToken ct)
    {
        if (await entities.TimelineDaysAsync(kind, search.Id, ct) is not { } days)
        {
            return NotFound(kind, search.Id);
        }

        return TimelinePeriods.TryBuild(search.Id, days, search, out var timeline, out var error)
            ? TypedResults.Ok(timeline)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["interval"] = [error] }, title: "The timeline is too long for one response.");
    }

    private static async Task<Results<Ok<Page<RelatedEntity>>, ProblemHttpResult>> ListRelatedEntities(
        [AsParameters] RelatedEntitySearch search, EntityQueries entities, HttpContext http, CancellationToken ct) =>
        await entities.RelatedAsync(search, ct) is { } page
            ? TypedResults.Ok(http.ToPage(page))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Entity not found", detail: $"No entity has id '{search.Id}'.");

    private static async Task<Ok<Page<EntitySummary>>> LookupEntities(
        [AsParameters] EntityLookup lookup, EntityQueries entities, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.ToPage(await entities.LookupAsync(lookup.SearchKey, lookup.Page(), ct)));

    private static ProblemHttpResult NotFound(EntityKind kind, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"{kind.Singular} not found",
        detail: $"No {kind.Singular.ToLowerInvariant()} has id '{id}'.");
}
