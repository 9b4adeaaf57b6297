using System.Text.Json;
using System.Text.Json.Nodes;
using NewsApi.Ingestion;

namespace NewsApi.Seeder.Seed;

/// <summary>The machine-readable summary written by <c>--report</c>: the run's <see cref="SeedSummary"/>, with the folder and database.</summary>
internal static class SeedReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(FileInfo file, SeedRequest request, SeedSummary summary, CancellationToken cancellationToken)
    {
        var report = new JsonObject
        {
            ["input"] = request.InputDirectory,
            ["database"] = request.DatabasePath,
        };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(summary, Json)!.AsObject().ToList())
        {
            report[name] = value?.DeepClone();
        }

        await using var stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, report, Json, cancellationToken);
    }
}
