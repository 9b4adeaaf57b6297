using FluentValidation;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Stories;

/// <summary>The query string of GET /stories: stories whose articles fall in [from, to], latest first.</summary>
public sealed record StorySearch(string? From, string? To, string? Limit, string? Cursor) : IPagedQuery
{
    private PageRequest<string>? _page;

    /// <summary>Limit and cursor, read once. The key is the story's last published date ('' when undated).</summary>
    public PageRequest<string> Page => _page ??= PageRequest.Read<string>(Limit, Cursor, Fingerprint());

    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("stories", From, To);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _page = null };
}

public sealed class StorySearchValidator : AbstractValidator<StorySearch>
{
    public StorySearchValidator()
    {
        RuleFor(x => x.From).Must(QueryValues.IsDate).WithMessage("'from' must be a date written yyyy-MM-dd, such as 2025-05-28.");
        RuleFor(x => x.To).Must(QueryValues.IsDate).WithMessage("'to' must be a date written yyyy-MM-dd, such as 2025-05-28.");
        this.AddPageRules(x => x.Page);
    }
}

/// <summary>GET /articles/{id}/related: the route's article id and the page.</summary>
public sealed record RelatedSearch(string Id, string? Limit, string? Cursor) : IPagedQuery
{
    private PageRequest<RelatedKey>? _page;

    public PageRequest<RelatedKey> Page => _page ??= PageRequest.Read<RelatedKey>(Limit, Cursor, Fingerprint());

    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("related", Id);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _page = null };
}

public sealed class RelatedSearchValidator : AbstractValidator<RelatedSearch>
{
    public RelatedSearchValidator() => this.AddPageRules(x => x.Page);
}

/// <summary>The sort key of related articles: same story first, then score descending (then id).</summary>
public sealed record RelatedKey(int SameStory, double Score);
