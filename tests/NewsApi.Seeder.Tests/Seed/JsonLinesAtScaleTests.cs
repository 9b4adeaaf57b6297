using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsApi.Seeder.Corpus;
using NewsApi.Testing;
using Xunit.Abstractions;

namespace NewsApi.Seeder.Tests.Seed;

/// <summary>
/// A JSON Lines export is seeded record by record: the seeder (its own process) seeds a generated export as large as the
/// managed heap it is allowed (DOTNET_GCHeapHardLimit). Read whole, the file alone would need that heap twice over (as
/// UTF-16 text), so the run would end in an OutOfMemoryException. CI seeds 256 MiB (256 records with 1 MiB saved pages);
/// <c>SEED_JSONL_MB=1024</c> seeds a gigabyte in the same heap:
/// <c>SEED_JSONL_MB=1024 dotnet test tests/NewsApi.Seeder.Tests --filter FullyQualifiedName~JsonLinesAtScale --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class JsonLinesAtScaleTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultMegabytes = 256;
    private const long HeapLimitBytes = 256 * MiB;
    private const int PageKilobytes = 1000;
    private const long MiB = 1024 * 1024;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromHours(1);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_json_lines_export_as_large_as_the_seeders_whole_heap_is_seeded_record_by_record()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("SEED_JSONL_MB"), CultureInfo.InvariantCulture, out var n) ? n : DefaultMegabytes;
        var documents = Path.Combine(_folder.Root, "export");
        Directory.CreateDirectory(documents);
        var records = (int)(megabytes * MiB / ((PageKilobytes + 5) * 1024));
        var fileBytes = JsonLinesCorpus.Write(Path.Combine(documents, "export.jsonl"), records, seed: 3, PageKilobytes);
        var database = Path.Combine(_folder.Root, "export.db");

        var run = await SeedWatchedAsync(documents, database);

        Assert.True(fileBytes >= HeapLimitBytes * 98 / 100, $"the export is {fileBytes:N0} bytes, not as large as the heap");
        Assert.True(run.ExitCode == 0, $"the seeder exited with {run.ExitCode}: {run.Errors}");
        Assert.Equal(records, CountArticles(database));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{fileBytes / (double)MiB:N0} MiB, {records:N0} records, heap limited to {HeapLimitBytes / MiB} MiB: seeded in "
            + $"{run.Time.TotalSeconds:N1} s ({fileBytes / (double)MiB / run.Time.TotalSeconds:N1} MiB/s, start-up included), "
            + $"peak resident memory {run.PeakBytes / MiB} MiB"));
    }

    /// <summary>Runs the seeder with its heap limited, reading its peak resident memory (the kernel's VmHWM) every 20 ms.</summary>
    private static async Task<SeedRun> SeedWatchedAsync(string documents, string database)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "NewsApi.Seeder.dll"), "seed", "--input", documents, "--db", database },
            Environment = { ["DOTNET_GCHeapHardLimit"] = $"0x{HeapLimitBytes:X}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RunTimeout);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }

        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return new SeedRun(process.ExitCode, clock.Elapsed, peak, await stderr);
    }

    /// <summary>The process's peak resident set so far (VmHWM in /proc/PID/status); 0 where there is no /proc or it has exited.</summary>
    private static long PeakResidentBytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static long CountArticles(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    private sealed record SeedRun(int ExitCode, TimeSpan Time, long PeakBytes, string Errors);

    public void Dispose() => _folder.Dispose();
}
