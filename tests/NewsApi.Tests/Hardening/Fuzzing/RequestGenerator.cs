using System.Text;

namespace NewsApi.Tests.Hardening.Fuzzing;

/// <summary>
/// Turns the routes into request URLs: every route in turn, its path parameters filled, a random subset of its query
/// parameters set (sometimes twice), and now and then a parameter the route does not know.
/// </summary>
public sealed class RequestGenerator(IReadOnlyList<FuzzRoute> routes, Random random, HostileValues values)
{
    public IEnumerable<string> Generate(int count) => Enumerable.Range(0, count).Select(i => Url(routes[i % routes.Count]));

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
