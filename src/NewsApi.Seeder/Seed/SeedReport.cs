using System.Text.Json;
using NewsApi.Ingestion;

namespace NewsApi.Seeder.Seed;

/// <summary>The machine-readable summary written by <c>--report</c>.</summary>
internal sealed record SeedReport(
    string Input,
    string Database,
    int Files,
    int Read,
    int Added,
    int Unchanged,
    int Replaced,
    int Pruned,
    IReadOnlyList<SeedFailure> Failed,
    EntityCounts Entities)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(FileInfo file, SeedRequest request, SeedSummary summary, CancellationToken cancellationToken)
    {
        var report = new SeedReport(
            request.InputDirectory,
            request.DatabasePath,
            summary.Files,
            summary.Read,
            summary.Added,
            summary.Unchanged,
            summary.Replaced,
            summary.Pruned,
            summary.Failed,
            summary.Entities);
        await using var stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, report, Json, cancellationToken);
    }
}
