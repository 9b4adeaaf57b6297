using Dapper;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>
/// Answers an entity id that resolution retired (its entity joined another, see migration 0014) with 301 Moved
/// Permanently to the same path under the entity that took it, query string kept, instead of a 404: other services keep
/// ids, and a re-seed that merges "Blair" into Tony Blair must not break their links. Runs only when the endpoint
/// answered 404, so found entities cost nothing more.
/// </summary>
public sealed class MergedEntityRedirect(NewsDatabase database) : IEndpointFilter
{
    private const string SuccessorSql = """
        SELECT e.id AS Id, e.type AS Type FROM entity_redirects r JOIN entities e ON e.id = r.entity_id WHERE r.id = @Id;
        """;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var answered = result is INestedHttpResult nested ? nested.Result : result;
        if (answered is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound }
            || context.HttpContext.GetRouteValue("id") is not string id)
        {
            return result;
        }

        var ct = context.HttpContext.RequestAborted;
        await using var connection = await database.OpenAsync(ct);
        var successor = await connection.QuerySingleOrDefaultAsync<Successor>(new CommandDefinition(SuccessorSql, new { Id = id }, cancellationToken: ct));
        return successor is null ? result : TypedResults.Redirect(Location(context.HttpContext.Request, successor), permanent: true);
    }

    /// <summary>/people/blair/articles?limit=5 -> /people/tony-blair/articles?limit=5; a type change moves the route too.</summary>
    private static string Location(HttpRequest request, Successor successor)
    {
        // Every route this filter is on is /{route}/{id}...: "/entities" keeps its route, a type's route follows the successor.
        var segments = request.Path.Value!.Split('/');
        segments[2] = Uri.EscapeDataString(successor.Id);
        if (EntityTypes.All.Any(type => type.Route == segments[1]))
        {
            segments[1] = EntityTypes.Of(EntityTypes.Parse(successor.Type)).Route;
        }

        return string.Join('/', segments) + request.QueryString;
    }

    private sealed record Successor(string Id, string Type);
}

public static class MergedEntityRedirectExtensions
{
    /// <summary>An endpoint whose {id} is an entity's: a retired id is redirected (301, documented) instead of a 404.</summary>
    public static RouteHandlerBuilder RedirectsMergedIds(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<MergedEntityRedirect>().Produces(StatusCodes.Status301MovedPermanently);
}
