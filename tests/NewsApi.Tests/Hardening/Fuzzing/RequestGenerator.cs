using System.Text;

namespace NewsApi.Tests.Hardening.Fuzzing;

/// <summary>A generated request: its URL and its Accept header (null: none).</summary>
public sealed record FuzzRequest(string Url, string? Accept);

/// <summary>
/// Turns the routes into requests: every route in turn, its path parameters filled, a random subset of its query
/// parameters set (sometimes twice), now and then a parameter the route does not know, and an Accept header of the
/// API's own media types, what browsers and other clients send, or garbage.
/// </summary>
public sealed class RequestGenerator(IReadOnlyList<FuzzRoute> routes, Random random, HostileValues values)
{
    private static readonly string?[] AcceptHeaders =
    [
        null, "application/json", "application/problem+json", "text/csv", "application/x-ndjson", "*/*", "text/html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml", "text/plain", "image/png",
        "text/csv;q=0", "*/*;q=0", "application/*", "text/*", ";;;", "garbage", "text/csv;q=abc", "a/b/c", "\u00ff\u00fe",
        "application/json, text/csv", "application/x-ndjson;charset=utf-16",
    ];

    public IEnumerable<FuzzRequest> Generate(int count) =>
        Enumerable.Range(0, count).Select(i => new FuzzRequest(Url(routes[i % routes.Count]), AcceptHeaders[random.Next(AcceptHeaders.Length)]));

    private string Url(FuzzRoute route)
    {
        var path = new StringBuilder(route.Template);
        foreach (var parameter in route.Parameters.Where(parameter => parameter.InPath))
        {
            path.Replace($"{{{parameter.Name}}}", values.PathSegment());
        }

        var query = new List<string>();
        foreach (var parameter in route.Parameters.Where(parameter => !parameter.InPath))
        {
            var times = random.Next(10) switch { < 4 => 0, 9 => 2, _ => 1 };
            query.AddRange(Enumerable.Range(0, times).Select(_ => $"{parameter.Name}={values.For(parameter)}"));
        }

        if (random.Next(8) == 0)
        {
            query.Add($"{values.UnknownName()}={values.For(new RouteParameter("unknown", false, "string", null, []))}");
        }

        return query.Count == 0 ? path.ToString() : $"{path}?{string.Join('&', query.OrderBy(_ => random.Next()))}";
    }
}
