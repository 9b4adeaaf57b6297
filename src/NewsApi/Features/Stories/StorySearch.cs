using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Stories;

/// <summary>The query string of GET /stories: stories whose articles fall in [from, to], latest first.</summary>
public sealed record StorySearch(string? From, string? To, string? Limit, string? Cursor) : IPagedQuery
{
    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("stories", From, To);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };
}

public sealed class StorySearchValidator : AbstractValidator<StorySearch>
{
    public StorySearchValidator()
    {
        RuleFor(x => x.From).Must(QueryValues.IsDate).WithMessage("'from' must be a date written yyyy-MM-dd, such as 2025-05-28.");
        RuleFor(x => x.To).Must(QueryValues.IsDate).WithMessage("'to' must be a date written yyyy-MM-dd, such as 2025-05-28.");
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit)
            .WithMessage($"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.");
        RuleFor(x => x.Cursor).Must((search, cursor) => cursor is null || StoryCursor.TryRead(cursor, search.Fingerprint(), out _))
            .WithMessage("'cursor' is not a cursor of this list; use the 'next' link of the previous page unchanged.");
    }
}

/// <summary>GET /articles/{id}/related: the route's article id and the page.</summary>
public sealed record RelatedSearch(string Id, string? Limit, string? Cursor) : IPagedQuery
{
    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("related", Id);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };
}

public sealed class RelatedSearchValidator : AbstractValidator<RelatedSearch>
{
    public RelatedSearchValidator()
    {
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit)
            .WithMessage($"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.");
        RuleFor(x => x.Cursor).Must((search, cursor) => cursor is null || RelatedCursor.TryRead(cursor, search.Fingerprint(), out _))
            .WithMessage("'cursor' is not a cursor of this list; use the 'next' link of the previous page unchanged.");
    }
}

/// <summary>After this story in (last published descending, undated last, id) order.</summary>
public sealed record StoryCursor(string Fingerprint, string Id, string Date)
{
    public static bool TryRead(string cursor, string fingerprint, [NotNullWhen(true)] out StoryCursor? position)
    {
        if (Infrastructure.Cursor.TryDecode(cursor, out position) && position.Fingerprint == fingerprint)
        {
            return true;
        }

        position = null;
        return false;
    }
}

/// <summary>After this article in (same story first, score descending, id) order.</summary>
public sealed record RelatedCursor(string Fingerprint, string Id, int SameStory, double Score)
{
    public static bool TryRead(string cursor, string fingerprint, [NotNullWhen(true)] out RelatedCursor? position)
    {
        if (Infrastructure.Cursor.TryDecode(cursor, out position) && position.Fingerprint == fingerprint)
        {
            return true;
        }

        position = null;
        return false;
    }
}
