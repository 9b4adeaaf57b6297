using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Health;

public static class HealthEndpoints
{
    // A readiness probe asks often, so the mentions come from the entity statistics the seeder stores (their sum is the
    // number of mention rows; rebuilt after every seed): counting 4.6M rows at 100k articles took 5 s cold.
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM articles) AS Articles,
               (SELECT COUNT(*) FROM entities WHERE type = 'person') AS People,
               (SELECT COUNT(*) FROM entities WHERE type = 'organisation') AS Organisations,
               (SELECT COUNT(*) FROM entities WHERE type = 'place') AS Places,
               (SELECT COALESCE(SUM(mention_count), 0) FROM entity_statistics) AS Mentions
        """;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth).WithName(nameof(GetHealth)).WithTags("Health")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Is the API up and its database readable?")
            .WithDescription("200 with the row counts when the database answers; 503 problem when it cannot be read.");
        routes.MapGet("/health/live", GetLiveness).WithName(nameof(GetLiveness)).WithTags("Health").WithoutDatabase()
            .WithSummary("Is the process up? (never touches the database)")
            .WithDescription("200 with a constant body as long as the process serves HTTP: a liveness probe, and the baseline "
                + "the performance benchmark compares database-backed endpoints with.");
        return routes;
    }

    private static Ok<LivenessReport> GetLiveness() => TypedResults.Ok(LivenessReport.Alive);

    private static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> GetHealth(NewsDatabase database, CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            var counts = await connection.QuerySingleAsync<HealthCounts>(new CommandDefinition(CountsSql, cancellationToken: ct));
            return TypedResults.Ok(new HealthReport("healthy", DatabaseReachable: true, counts));
        }
        catch (SqliteException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unreachable",
                detail: $"The news database could not be read (SQLite error {exception.SqliteErrorCode}).");
        }
    }
}

public sealed record LivenessReport(string Status)
{
    public static readonly LivenessReport Alive = new("alive");
}

public sealed record HealthReport(string Status, bool DatabaseReachable, HealthCounts Counts);

public sealed record HealthCounts
{
    public long Articles { get; init; }
    public long People { get; init; }
    public long Organisations { get; init; }
    public long Places { get; init; }
    public long Mentions { get; init; }
}
