using FluentValidation;
using NewsApi.Infrastructure;
using NewsApi.Extraction.Entities;

namespace NewsApi.Features.Entities;

/// <summary>The query string of GET /people, /organisations and /places.</summary>
public sealed record EntitySearch(string? Q, string? Limit, string? Cursor, string? MinArticles) : IPagedQuery
{
    public const int MaxMinArticles = 1_000_000;

    /// <summary>Leave out entities named in fewer articles (say 2, to hide names seen once): 1 when not given.</summary>
    public int MinArticlesOrDefault => QueryValues.TryParseInt(MinArticles, out var value) ? value : 1;

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };

    public string? SearchKey => string.IsNullOrWhiteSpace(Q) ? null : NameKey.Of(Q);

    /// <summary>Limit and cursor; the list (and so the cursors it accepts) depends on the route's entity type, so the endpoint reads it.</summary>
    public PageRequest<EntityKey> Page(EntityTypeInfo type) =>
        PageRequest.Read<EntityKey>(Limit, Cursor, Infrastructure.Cursor.Fingerprint("entities", type.Name, SearchKey, MinArticlesOrDefault.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed class EntitySearchValidator : AbstractValidator<EntitySearch>
{
    public EntitySearchValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        // The list's type comes from the route, so the endpoint checks the cursor.
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit).WithMessage(PageRules.LimitMessage);
        RuleFor(x => x.MinArticles).Must(value => value is null || (QueryValues.TryParseInt(value, out var count) && count is >= 1 and <= EntitySearch.MaxMinArticles))
            .WithMessage("'minArticles' must be a whole number from 1 to 1000000: the fewest articles a listed entity is named in.");
    }
}

/// <summary>The query string of GET /entities: one name lookup across people, organisations and places.</summary>
public sealed record EntityLookup(string? Q, string? Limit, string? Cursor = null) : IPagedQuery
{
    public const int DefaultLimit = 10;

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };

    public string SearchKey => NameKey.Of(Q ?? "");

    public PageRequest<EntityKey> Page() =>
        PageRequest.Read<EntityKey>(Limit, Cursor, Infrastructure.Cursor.Fingerprint("entities", "any type", SearchKey), defaultLimit: DefaultLimit);
}

public sealed class EntityLookupValidator : AbstractValidator<EntityLookup>
{
    public EntityLookupValidator()
    {
        RuleFor(x => x.Q).NotEmpty().WithMessage("'q' is required: the start of a name or alias, such as 'Mun'.").MaximumLength(100);
        this.AddPageRules(lookup => lookup.Page());
    }
}

/// <summary>The sort key of an entity list: match rank, then more articles, then more mentions (then id).</summary>
public sealed record EntityKey(int MatchRank, long ArticleCount, long MentionCount);
