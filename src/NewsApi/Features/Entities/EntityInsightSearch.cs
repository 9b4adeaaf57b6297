using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>GET /entities/{id}/related: the entity and the page.</summary>
public sealed record RelatedEntitySearch(string Id, string? Limit, string? Cursor) : IPagedQuery
{
    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("related-entities", Id);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };
}

public sealed class RelatedEntitySearchValidator : AbstractValidator<RelatedEntitySearch>
{
    public RelatedEntitySearchValidator()
    {
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit)
            .WithMessage($"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.");
        RuleFor(x => x.Cursor).Must((search, cursor) => cursor is null || RelatedEntityCursor.TryRead(cursor, search.Fingerprint(), out _))
            .WithMessage(EntityCursor.Invalid);
    }
}

/// <summary>After this entity in (count descending, target's article count ascending, id) order: within one count, higher PMI first.</summary>
public sealed record RelatedEntityCursor(string Fingerprint, string Id, long Count, long TargetArticles)
{
    public static bool TryRead(string cursor, string fingerprint, [NotNullWhen(true)] out RelatedEntityCursor? position)
    {
        if (Infrastructure.Cursor.TryDecode(cursor, out position) && position.Fingerprint == fingerprint)
        {
            return true;
        }

        position = null;
        return false;
    }
}

/// <summary>GET /{people|organisations|places}/{id}/timeline.</summary>
public sealed record TimelineSearch(string Id, string? Interval)
{
    public string IntervalOrDefault => Interval?.Trim().ToLowerInvariant() ?? "day";
}

public sealed class TimelineSearchValidator : AbstractValidator<TimelineSearch>
{
    public TimelineSearchValidator() =>
        RuleFor(x => x.IntervalOrDefault).Must(interval => interval is "day" or "week" or "month")
            .OverridePropertyName("interval").WithMessage("'interval' must be day, week or month.");
}
