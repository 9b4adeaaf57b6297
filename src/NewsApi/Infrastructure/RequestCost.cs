namespace NewsApi.Infrastructure;

/// <summary>
/// What a request will cost the database, in units of one lookup, estimated from the request alone before any query
/// runs. Used twice: a client's rate-limit budget is charged this many permits, and a request costing
/// <see cref="Expensive"/> or more waits for one of the few slots of expensive database work. The dear parts: each
/// full-text word (more with OR, far more as a prefix, which FTS5 expands to every matching term), each facet (a count
/// over the whole filtered list), one article per story, and an export (a whole list, any length).
/// </summary>
public static class RequestCost
{
    public const int Expensive = 10;

    /// <summary>The most one request is charged: a worst-case search may take a sixth of the default budget, not all of it.</summary>
    public const int Max = 100;

    private const string Item = "NewsApi.RequestCost";

    public static int Of(HttpContext context)
    {
        if (context.Items.TryGetValue(Item, out var known))
        {
            return (int)known!;
        }

        var cost = Math.Min(Max, Estimate(context.Request));
        context.Items[Item] = cost;
        return cost;
    }

    private static int Estimate(HttpRequest request)
    {
        var query = request.Query;
        var words = query["q"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prefixes = words.Count(word => word.EndsWith('*'));
        var alternatives = words.Count(word => word == "OR");
        var facets = query["facets"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Length;
        var collapse = query["dedupe"].ToString().Contains("collapse", StringComparison.OrdinalIgnoreCase);
        var export = ExportFormat.IsRequested(request);
        return 1 + words.Length + alternatives + 4 * prefixes + 3 * facets + (collapse ? 2 : 0) + (export ? 20 : 0);
    }
}
