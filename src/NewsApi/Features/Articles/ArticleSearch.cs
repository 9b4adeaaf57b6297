using FluentValidation;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Articles;

/// <summary>The query string of GET /articles, as typed; <see cref="ArticleSearchValidator"/> checks it before use.</summary>
public sealed record ArticleSearch(
    string? Q,
    string? Person,
    string? Organisation,
    string? Place,
    string? From,
    string? To,
    string? Section,
    string? Sort,
    string? Limit,
    string? Cursor,
    string? Facets = null,
    string? Dedupe = null) : IPagedQuery
{
    private PageRequest<ArticleKey>? _page;

    /// <summary>Limit and cursor, read once.</summary>
    public PageRequest<ArticleKey> Page => _page ??= ArticleKey.ReadPage(Limit, Cursor, Fingerprint(), SortOrDefault());

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _page = null };

    public bool HasSearch => !string.IsNullOrWhiteSpace(Q);

    /// <summary>Relevance by default when there is a search; without one there is no relevance, so newest first.</summary>
    public ArticleSort SortOrDefault() => (ArticleSorts.Parse(Sort), HasSearch) switch
    {
        (ArticleSort.Oldest, _) => ArticleSort.Oldest,
        (ArticleSort.Newest, _) or (_, false) => ArticleSort.Newest,
        _ => ArticleSort.Relevance,
    };

    public string Fingerprint() => Infrastructure.Cursor.Fingerprint(
        "articles", Q, Person, Organisation, Place, From, To, Section, SortOrDefault().ToString(), Collapse.ToString());

    /// <summary>dedupe=collapse shows one article per story; keep (the default) shows them all.</summary>
    public bool Collapse => Dedupe?.Trim().Equals("collapse", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The facets asked for, in the order of <see cref="ArticleFacets.Names"/>.</summary>
    public IReadOnlyList<string> FacetNames => Facets is null
        ? []
        : ArticleFacets.Names.Intersect(Facets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The typed criteria of a validated search, with its entity filters already resolved to ids.</summary>
    public ArticleCriteria ToCriteria(IReadOnlyList<string> entityIds) => new()
    {
        Match = HasSearch ? FullTextQuery.Translate(Q!) : null,
        EntityIds = entityIds,
        From = QueryValues.ParseDate(From),
        To = QueryValues.ParseDate(To),
        Section = string.IsNullOrWhiteSpace(Section) ? null : Section.Trim(),
        Sort = SortOrDefault(),
        Page = Page,
        Collapse = Collapse,
    };
}

public sealed class ArticleSearchValidator : AbstractValidator<ArticleSearch>
{
    public ArticleSearchValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).Custom((q, context) =>
        {
            if (!string.IsNullOrWhiteSpace(q) && !FullTextQuery.TryTranslate(q, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
        RuleFor(x => x.Person).MaximumLength(200);
        RuleFor(x => x.Organisation).MaximumLength(200);
        RuleFor(x => x.Place).MaximumLength(200);
        RuleFor(x => x.Section).MaximumLength(100);
        RuleFor(x => x.From).Must(QueryValues.IsDate).WithMessage("'from' must be a date written yyyy-MM-dd, such as 2025-05-28.");
        RuleFor(x => x.To).Must(QueryValues.IsDate).WithMessage("'to' must be a date written yyyy-MM-dd, such as 2025-05-28.")
            .Must((search, to) => QueryValues.ParseDate(search.From) is not { } from || QueryValues.ParseDate(to) is not { } end || from <= end)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.Sort).Must(sort => sort is null || ArticleSorts.Parse(sort) is not null)
            .WithMessage($"'sort' must be one of: {ArticleSorts.Names}.");
        this.AddPageRules(x => x.Page);
        RuleFor(x => x.Dedupe).Must(dedupe => dedupe is null || dedupe.Trim().ToLowerInvariant() is "collapse" or "keep")
            .WithMessage("'dedupe' must be collapse or keep.");
        RuleFor(x => x.Facets).MaximumLength(100)
            .Must(facets => facets is null || facets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .All(name => ArticleFacets.Names.Contains(name, StringComparer.OrdinalIgnoreCase)))
            .WithMessage($"'facets' must be a comma-separated list of: {string.Join(", ", ArticleFacets.Names)}.");
    }
}

/// <summary>GET /people/{id}/articles (and organisations, places): the route's entity id and the query string.</summary>
public sealed record EntityArticlesSearch(string Id, string? Sort, string? Limit, string? Cursor) : IPagedQuery
{
    private PageRequest<ArticleKey>? _page;

    public PageRequest<ArticleKey> Page => _page ??= ArticleKey.ReadPage(Limit, Cursor, Fingerprint(), SortOrDefault());

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _page = null };

    public ArticleSort SortOrDefault() => ArticleSorts.Parse(Sort) ?? ArticleSort.Newest;

    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("entity-articles", Id, SortOrDefault().ToString());

    public ArticleCriteria ToCriteria() => new()
    {
        EntityIds = [Id],
        Sort = SortOrDefault(),
        Page = Page,
    };
}

public sealed class EntityArticlesSearchValidator : AbstractValidator<EntityArticlesSearch>
{
    public EntityArticlesSearchValidator()
    {
        RuleFor(x => x.Sort).Must(sort => sort is null || ArticleSorts.Parse(sort) is ArticleSort.Newest or ArticleSort.Oldest)
            .WithMessage("'sort' must be newest or oldest.");
        this.AddPageRules(x => x.Page);
    }
}

public enum ArticleSort
{
    Relevance,
    Newest,
    Oldest,
}

public static class ArticleSorts
{
    public static string Names => "relevance, newest, oldest";

    public static ArticleSort? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "relevance" => ArticleSort.Relevance,
        "newest" => ArticleSort.Newest,
        "oldest" => ArticleSort.Oldest,
        _ => null,
    };
}

/// <summary>The sort key of an article list: the bm25 rank (relevance) or the sort date (newest, oldest), then id.</summary>
public sealed record ArticleKey(double? Rank, string? Date)
{
    /// <summary>Limit and cursor of an article list; a cursor must carry the key its sort uses.</summary>
    public static PageRequest<ArticleKey> ReadPage(string? limit, string? cursor, string list, ArticleSort sort) =>
        PageRequest.Read<ArticleKey>(limit, cursor, list, key => sort == ArticleSort.Relevance ? key.Rank is not null : key.Date is not null);
}
