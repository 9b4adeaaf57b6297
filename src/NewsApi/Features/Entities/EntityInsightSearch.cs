using FluentValidation;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>GET /entities/{id}/related: the entity and the page.</summary>
public sealed record RelatedEntitySearch(string Id, string? Limit, string? Cursor) : IPagedQuery
{
    private PageRequest<RelatedEntityKey>? _page;

    public PageRequest<RelatedEntityKey> Page => _page ??= PageRequest.Read<RelatedEntityKey>(Limit, Cursor, Fingerprint());

    public string Fingerprint() => Infrastructure.Cursor.Fingerprint("related-entities", Id);

    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit, _page = null };
}

public sealed class RelatedEntitySearchValidator : AbstractValidator<RelatedEntitySearch>
{
    public RelatedEntitySearchValidator() => this.AddPageRules(x => x.Page);
}

/// <summary>The sort key of co-mentioned entities: count descending, then the target's article count ascending (then id),
/// so that within one count higher PMI comes first.</summary>
public sealed record RelatedEntityKey(long Count, long TargetArticles);

/// <summary>GET /{people|organisations|places}/{id}/timeline.</summary>
public sealed record TimelineSearch(string Id, string? Interval, string? From = null, string? To = null)
{
    public string IntervalOrDefault => Interval?.Trim().ToLowerInvariant() ?? "day";
}

public sealed class TimelineSearchValidator : AbstractValidator<TimelineSearch>
{
    public TimelineSearchValidator()
    {
        RuleFor(x => x.IntervalOrDefault).Must(interval => TimelinePeriods.Intervals.Contains(interval))
            .OverridePropertyName("interval").WithMessage("'interval' must be day, week, month or year.");
        RuleFor(x => x.From).Must(QueryValues.IsDate).WithMessage("'from' must be a date written yyyy-MM-dd.");
        RuleFor(x => x.To).Must(QueryValues.IsDate).WithMessage("'to' must be a date written yyyy-MM-dd.");
        RuleFor(x => x.To).Must((search, to) => !(QueryValues.ParseDate(search.From) > QueryValues.ParseDate(to)))
            .WithMessage("'to' must not be before 'from'.");
    }
}
