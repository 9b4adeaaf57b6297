using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using NewsApi.Infrastructure;
using NewsApi.Storage.Writing;

namespace NewsApi.Features.Entities;

/// <summary>The query string of GET /people, /organisations and /places.</summary>
public sealed record EntitySearch(string? Q, string? Limit, string? Cursor) : IPagedQuery
{
    public IPagedQuery WithPage(string? cursor, string limit) => this with { Cursor = cursor, Limit = limit };

    public string? SearchKey => string.IsNullOrWhiteSpace(Q) ? null : NameKey.Of(Q);

    public string Fingerprint(EntityKind kind) => Infrastructure.Cursor.Fingerprint("entities", kind.Type, SearchKey);
}

public sealed class EntitySearchValidator : AbstractValidator<EntitySearch>
{
    public EntitySearchValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit)
            .WithMessage($"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.");
        // The list's type comes from the route, so here only the cursor's shape is checked; the endpoint checks it belongs.
        RuleFor(x => x.Cursor).Must(cursor => cursor is null || Infrastructure.Cursor.TryDecode<EntityCursor>(cursor, out _))
            .WithMessage(EntityCursor.Invalid);
    }
}

/// <summary>The query string of GET /entities: one name lookup across people, organisations and places.</summary>
public sealed record EntityLookup(string? Q, string? Limit)
{
    public const int DefaultLimit = 10;
}

public sealed class EntityLookupValidator : AbstractValidator<EntityLookup>
{
    public EntityLookupValidator()
    {
        RuleFor(x => x.Q).NotEmpty().WithMessage("'q' is required: the start of a name or alias, such as 'Mun'.").MaximumLength(100);
        RuleFor(x => x.Limit).Must(QueryValues.IsLimit)
            .WithMessage($"'limit' must be a whole number from 1 to {QueryValues.MaxLimit}.");
    }
}

/// <summary>Where the next page of an entity list starts: after this entity in the list's (match, articles, mentions, id) order.</summary>
public sealed record EntityCursor(string Fingerprint, string Id, int MatchRank, long ArticleCount, long MentionCount)
{
    public const string Invalid = "'cursor' is not a cursor of this list; use the 'next' link of the previous page unchanged.";

    public static bool TryRead(string cursor, string fingerprint, [NotNullWhen(true)] out EntityCursor? position)
    {
        if (Infrastructure.Cursor.TryDecode(cursor, out position) && position.Fingerprint == fingerprint)
        {
            return true;
        }

        position = null;
        return false;
    }
}
