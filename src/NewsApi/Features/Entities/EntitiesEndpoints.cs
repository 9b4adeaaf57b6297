using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Extraction.Entities;
using NewsApi.Features.Articles;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>Every entity type (/people, /organisations, /places) has the same endpoints; /entities looks a name up across them all.</summary>
public static class EntitiesEndpoints
{
    public static IServiceCollection AddEntities(this IServiceCollection services) =>
        services.AddSingleton<EntityQueries>().AddSingleton<EntityNameIndex>()
            .ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, EntityJson.Default));

    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder routes)
    {
        foreach (var type in EntityTypes.All)
        {
            MapType(routes, type);
        }

        routes.MapGet("/entities", LookupEntities).WithName(nameof(LookupEntities)).WithTags("Entities").Validate<EntityLookup>().Exportable().WithResponseExample(EntityExamples.Lookup)
            .WithSummary($"Look a name up across {EntityTypes.Listed(type => type.Plural.ToLowerInvariant())} (autocomplete).")
            .WithDescription("Matches q against every name and alias: names starting with q first, then names with a word starting with q, then names containing it; ties go to the entity in more articles. A page of limit (default 10) matches, with the alias that matched; like every list, items, next (and the Link header) and total.");
        routes.MapGet("/entities/{id}/related", ListRelatedEntities).WithName(nameof(ListRelatedEntities)).WithTags("Entities")
            .Validate<RelatedEntitySearch>().Exportable().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithResponseExample(EntityExamples.Related)
            .WithSummary("List the entities mentioned in the same articles as an entity (co-occurrence), with PMI.")
            .WithDescription("""
                Each item is an edge (source, target, count = articles mentioning both). pmi = log2(P(both) / (P(source) P(target)))
                over all articles; strength is the normalised PMI, pmi / -log2(P(both)): -1 never together, 0 independent, 1 always
                together. Most shared articles first, then higher PMI. format=csv streams the edges as an edge list for graph tools
                (Gephi, networkx: source,target,... columns).
                """);
        return routes;
    }

    private static void MapType(IEndpointRouteBuilder routes, EntityTypeInfo type)
    {
        var group = routes.MapGroup($"/{type.Route}").WithTags(type.Plural);
        var plural = type.Plural.ToLowerInvariant();
        var singular = type.Singular.ToLowerInvariant();

        group.MapGet("/", ([AsParameters] EntitySearch search, EntityQueries entities, HttpContext http, CancellationToken ct) =>
                ListEntities(type, search, entities, http, ct))
            .WithName($"List{type.Plural}").Validate<EntitySearch>().Exportable().WithResponseExample(EntityExamples.List)
            .WithSummary($"List or search {plural}.")
            .WithDescription($"Without q: every {singular}, in most articles first. With q: {plural} with a name or alias containing q, names starting with q first. minArticles=2 leaves out names seen in one article only (each item has a confidence, 0..1). Pages follow the 'next' link, also sent as an RFC 8288 Link header.");

        group.MapGet("/{id}", (string id, EntityQueries entities, CancellationToken ct) => GetEntity(type, id, entities, ct))
            .WithName($"Get{type.Singular}").ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithResponseExample(EntityExamples.Detail)
            .WithSummary($"Get {type.OneOf}: names, roles, article count, first and last seen.")
            .WithDescription($"The id is the stable id from the {plural} list (for example from /{type.Route}?q=...). An id of another entity type is not found here. An id whose entity was merged into another by a later seed answers 301 Moved Permanently, Location giving the same path under the entity that took it (this one or another type's route).");

        group.MapGet("/{id}/articles", ([AsParameters] EntityArticlesSearch search, ArticleQueries articles, HttpContext http, CancellationToken ct) =>
                ListEntityArticles(type, search, articles, http, ct))
            .WithName($"List{type.Singular}Articles").Validate<EntityArticlesSearch>().Exportable().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithResponseExample(ArticleExamples.OfEntity)
            .WithSummary($"List the articles that mention {type.OneOf}.")
            .WithDescription("Newest first by default (sort=oldest to reverse); undated articles come last. Pages follow the 'next' link and Link header.");

        group.MapGet("/{id}/timeline", ([AsParameters] TimelineSearch search, EntityQueries entities, CancellationToken ct) =>
                GetTimeline(type, search, entities, ct))
            .WithName($"Get{type.Singular}Timeline").Validate<TimelineSearch>().ProducesProblem(StatusCodes.Status404NotFound).RedirectsMergedIds()
            .WithResponseExample(EntityExamples.Timeline)
            .WithSummary($"Count the articles that mention {type.OneOf} per day, week, month or year.")
            .WithDescription($"interval=day (default), week (starting Monday), month or year; every period from the first to the last dated article (or from/to, yyyy-MM-dd, when given) is listed, quiet ones as 0. Undated articles are counted apart. At most {TimelinePeriods.MaxPeriods:N0} periods: a longer range is a 400 asking for from/to or a longer interval.");
    }

    private static async Task<Results<Ok<Page<EntitySummary>>, ValidationProblem>> ListEntities(
        EntityTypeInfo type, EntitySearch search, EntityQueries entities, HttpContext http, CancellationToken ct)
    {
        var page = search.Page(type);
        if (!page.CursorIsValid)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["cursor"] = [PageRules.CursorMessage] }, title: "The request has invalid parameters.");
        }

        return TypedResults.Ok(http.ToPage(await entities.ListAsync(type, search.SearchKey, search.MinArticlesOrDefault, page, ct)));
    }

    private static async Task<Results<Ok<EntityDetail>, ProblemHttpResult>> GetEntity(
        EntityTypeInfo type, string id, EntityQueries entities, CancellationToken ct) =>
        await entities.FindAsync(type, id, ct) is { } entity ? TypedResults.Ok(entity) : NotFound(type, id);

    private static async Task<Results<Ok<Page<ArticleSummary>>, ProblemHttpResult>> ListEntityArticles(
        EntityTypeInfo type, EntityArticlesSearch search, ArticleQueries articles, HttpContext http, CancellationToken ct)
    {
        // An export streams page after page: it needs no total on each.
        var page = await articles.ListEntityArticlesAsync(type.Name, search, counted: !http.Items.ContainsKey(ExportFilter.Streaming), ct);
        return page is null ? NotFound(type, search.Id) : TypedResults.Ok(http.ToPage(page));
    }

    private static async Task<Results<Ok<EntityTimeline>, ProblemHttpResult, ValidationProblem>> GetTimeline(
        EntityTypeInfo type, TimelineSearch search, EntityQueries entities, CancellationToken ct)
    {
        if (await entities.TimelineDaysAsync(type, search.Id, ct) is not { } days)
        {
            return NotFound(type, search.Id);
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

    private static ProblemHttpResult NotFound(EntityTypeInfo type, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"{type.Singular} not found",
        detail: $"No {type.Singular.ToLowerInvariant()} has id '{id}'.");
}
