using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NewsApi.Ingestion;

namespace NewsApi.Seeder.Seed;

/// <summary>The machine-readable summary written by <c>--report</c>: the run's <see cref="SeedSummary"/>, with the folder and database.</summary>
internal static class SeedReport
{
    public static async Task WriteAsync(FileInfo file, SeedRequest request, SeedSummary summary, CancellationToken cancellationToken)
    {
        var report = new JsonObject
        {
            ["input"] = request.InputDirectory,
            ["database"] = request.DatabasePath,
        };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(summary, SeedReportJson.Default.SeedSummary)!.AsObject().ToList())
        {
            report[name] = value?.DeepClone();
        }

        await using var stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, report, SeedReportJson.Default.JsonObject, cancellationToken);
    }
}

/// <summary>The report's serialization code, generated at build time (camelCase, indented, the default encoder).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(SeedSummary))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SeedReportJson : JsonSerializerContext;
