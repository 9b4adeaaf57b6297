using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.OpenApi;
using NewsApi.Extraction.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Health;

public static class HealthEndpoints
{
    // A readiness probe asks often, so the mentions come from the entity statistics the seeder stores (their sum is the
    // number of mention rows; rebuilt after every seed): counting 4.6M rows at 100k articles took 5 s cold.
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM articles) AS Articles, (SELECT COALESCE(SUM(mention_count), 0) FROM entity_statistics) AS Mentions;
        SELECT type, COUNT(*) FROM entities GROUP BY type;
        """;

    private static readonly HealthReport Example = new("healthy", DatabaseReachable: true,
        new HealthCounts(Articles: 2, new Dictionary<string, long> { ["people"] = 7, ["organisations"] = 1, ["places"] = 8 }, Mentions: 72));

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth).WithName(nameof(GetHealth)).WithTags("Health").WithResponseExample(Example)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Is the API up and its database readable?")
            .WithDescription("200 with the row counts when the database answers; 503 problem when it cannot be read.");
        // Not rate-limited: a flooding client behind the orchestrator's address must not make the liveness probe fail.
        routes.MapGet("/health/live", GetLiveness).WithName(nameof(GetLiveness)).WithTags("Health").WithoutDatabase().DisableRateLimiting()
            .WithResponseExample(LivenessReport.Alive)
            .WithSummary("Is the process up? (never touches the database)")
            .WithDescription("200 with a constant body as long as the process serves HTTP: a liveness probe (never rate-limited), and the baseline "
                + "the performance benchmark compares database-backed endpoints with.");
        return routes;
    }

    private static Ok<LivenessReport> GetLiveness() => TypedResults.Ok(LivenessReport.Alive);

    private static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> GetHealth(NewsDatabase database, CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(CountsSql, cancellationToken: ct));
            var (articles, mentions) = await results.ReadSingleAsync<(long, long)>();
            var byType = (await results.ReadAsync<(string Type, long Count)>()).ToDictionary(row => row.Type, row => row.Count);
            var entities = EntityTypes.All.ToDictionary(type => type.Plural.ToLowerInvariant(), type => byType.GetValueOrDefault(type.Name));
            return TypedResults.Ok(new HealthReport("healthy", DatabaseReachable: true, new HealthCounts(articles, entities, mentions)));
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

// Row counts, written flat: articles, each entity type's by its plural (people, organisations, places), mentions.
[JsonConverter(typeof(HealthCountsJson))]
public sealed record HealthCounts(long Articles, IReadOnlyDictionary<string, long> Entities, long Mentions)
{
    /// <summary>The names the counts go by, in the order they are written.</summary>
    public static IEnumerable<string> Names => ["articles", .. EntityTypes.All.Select(type => type.Plural.ToLowerInvariant()), "mentions"];
}

/// <summary>{"articles": 2, "people": 7, ..., "mentions": 72}: one property per entity type, from the table of types.</summary>
internal sealed class HealthCountsJson : JsonConverter<HealthCounts>
{
    public override HealthCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var counts = JsonSerializer.Deserialize<Dictionary<string, long>>(ref reader, options) ?? [];
        var entities = counts.Where(count => count.Key is not ("articles" or "mentions")).ToDictionary();
        return new HealthCounts(counts.GetValueOrDefault("articles"), entities, counts.GetValueOrDefault("mentions"));
    }

    public override void Write(Utf8JsonWriter writer, HealthCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("articles", value.Articles);
        foreach (var (name, count) in value.Entities)
        {
            writer.WriteNumber(name, count);
        }

        writer.WriteNumber("mentions", value.Mentions);
        writer.WriteEndObject();
    }
}

/// <summary>Documents <see cref="HealthCounts"/> as it is written: one integer per name, nothing else.</summary>
internal sealed class HealthCountsSchema : Swashbuckle.AspNetCore.SwaggerGen.ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, Swashbuckle.AspNetCore.SwaggerGen.SchemaFilterContext context)
    {
        if (context.Type != typeof(HealthCounts) || schema is not OpenApiSchema counts)
        {
            return;
        }

        counts.Properties = HealthCounts.Names.ToDictionary(name => name, IOpenApiSchema (_) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" });
        counts.Required = null;
        counts.AdditionalPropertiesAllowed = false;
    }
}
