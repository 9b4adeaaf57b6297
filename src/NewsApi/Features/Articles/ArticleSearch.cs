using FluentValidation;
using FluentValidation.Results;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Articles;

/// <summary>The query string of GET /articles, as typed; read once into <see cref="Query"/>, which the validator checks.</summary>
public sealed record ArticleSearch(
    string? Q,
    EntityFilters Entities,
    string? From,
    string? To,
    string? Section,
    string? Sort,
    string? Limit,
    string? Cursor,
    string? Facets = null,
    string? Dedupe = null) : IPagedQuery
{
    private (ArticleQuery Query, string? SearchError)? _read;

    /// <summary>The typed request: q parsed, dates read, limit and cursor decoded (once: the validator and the handler share it).</summary>
    public ArticleQuery Query => (_read ??= Read()).Query;

    /// <summary>Why q cannot be searched for; null when it can (or there is none).</summary>
    public string? SearchError => (_read ??= Read()).SearchError;

    public PageRequest<ArticleKey> Page => Query.Page;

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _read = null };

    public bool HasSearch => !string.IsNullOrWhiteSpace(Q);

    /// <summary>Relevance by default when there is a search; without one there is no relevance, so newest first.</summary>
    public ArticleSort SortOrDefault() => (ArticleSorts.Parse(Sort), HasSearch) switch
    {
        (ArticleSort.Oldest, _) => ArticleSort.Oldest,
        (ArticleSort.Newest, _) or (_, false) => ArticleSort.Newest,
        _ => ArticleSort.Relevance,
    };

    /// <summary>dedupe=collapse shows one article per story; keep (the default) shows them all.</summary>
    public bool Collapse => Dedupe?.Trim().Equals("collapse", StringComparison.OrdinalIgnoreCase) == true;

    private (ArticleQuery, string?) Read()
    {
        SearchExpression? search = null;
        string? searchError = null;
        if (HasSearch && !FullTextQuery.TryParse(Q!, out search, out searchError))
        {
            search = null;
        }

        var fingerprint = Infrastructure.Cursor.Fingerprint(
            ["articles", Q, .. Entities.Values.Select(filter => filter.Value), From, To, Section, SortOrDefault().ToString(), Collapse.ToString()]);
        return (new ArticleQuery
        {
            Search = search,
            EntityNames = Entities.Values
                .Where(filter => !string.IsNullOrWhiteSpace(filter.Value)).Select(filter => (filter.Type.Name, filter.Value!.Trim())).ToList(),
            From = QueryValues.ParseDate(From),
            To = QueryValues.ParseDate(To),
            Section = string.IsNullOrWhiteSpace(Section) ? null : Section.Trim(),
            Sort = SortOrDefault(),
            Collapse = Collapse,
            Facets = Facets is null
                ? []
                : ArticleFacets.Names.Intersect(Facets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).ToList(),
            Page = ArticleKey.ReadPage(Limit, Cursor, fingerprint, SortOrDefault()),
        }, searchError);
    }
}

/// <summary>
/// The filters of GET /articles named after the entity types (?person=, ?organisation=, ?place=), as typed: read from
/// the query string by <see cref="EntityTypes"/>, so a new type brings its filter (documented by ParameterDocumentation).
/// </summary>
public sealed record EntityFilters(IReadOnlyList<(EntityTypeInfo Type, string? Value)> Values)
{
    public const int MaxLength = 200;

    public static ValueTask<EntityFilters?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<EntityFilters?>(new([.. EntityTypes.All.Select(type => (type, (string?)context.Request.Query[type.Name]))]));
}

public sealed class ArticleSearchValidator : AbstractValidator<ArticleSearch>
{
    public ArticleSearchValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).Must((search, _) => search.SearchError is null).WithMessage(search => search.SearchError);
        RuleFor(x => x.Entities).Custom((filters, context) =>
        {
            foreach (var (type, value) in filters.Values.Where(filter => filter.Value?.Length > EntityFilters.MaxLength))
            {
                // FluentValidation's MaximumLength message, as every other parameter has it.
                context.AddFailure(new ValidationFailure(type.Name,
                    $"The length of '{type.Name}' must be {EntityFilters.MaxLength} characters or fewer. You entered {value!.Length} characters."));
            }
        });
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
    private ArticleQuery? _query;

    public ArticleQuery Query => _query ??= new ArticleQuery
    {
        EntityIds = [Id],
        Sort = SortOrDefault(),
        Page = ArticleKey.ReadPage(Limit, Cursor, Infrastructure.Cursor.Fingerprint("entity-articles", Id, SortOrDefault().ToString()), SortOrDefault()),
    };

    public PageRequest<ArticleKey> Page => Query.Page;

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _query = null };

    public ArticleSort SortOrDefault() => ArticleSorts.Parse(Sort) ?? ArticleSort.Newest;
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

/// <summary>
/// What an article list asks for, typed: a parsed search, entity filters (names or ids still to resolve, or ids), dates,
/// section, order, dedupe, facets and the page.
/// </summary>
public sealed record ArticleQuery
{
    public SearchExpression? Search { get; init; }

    /// <summary>Entity filters as typed, (type, id or name): resolved to ids against the database.</summary>
    public IReadOnlyList<(string Type, string Value)> EntityNames { get; init; } = [];

    /// <summary>Entity ids every listed article mentions.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Section { get; init; }
    public ArticleSort Sort { get; init; }

    /// <summary>dedupe=collapse: one article per story (its representative when it matches, else its first match by id).</summary>
    public bool Collapse { get; init; }

    /// <summary>The facets asked for, in the order of <see cref="ArticleFacets.Names"/>.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    public required PageRequest<ArticleKey> Page { get; init; }

    /// <summary>The FTS5 expression of the search; null without one.</summary>
    public string? Match => Search?.ToFts5();

    /// <summary>Filters on the articles themselves (entities, dates, section), besides the search.</summary>
    public bool HasArticleFilters => EntityIds.Count > 0 || From is not null || To is not null || Section is not null;
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
