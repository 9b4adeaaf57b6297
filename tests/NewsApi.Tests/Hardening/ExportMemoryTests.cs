using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;
using NewsApi.Storage;
using NewsApi.Tests.Support;
using Xunit.Abstractions;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// Opt-in (EXPORT_ROWS=100000): an export of that many articles from the API running as its own process, read over a
/// real socket, with the API's memory (RSS) sampled while it streams, next to an export a tenth that long. A streamed
/// export holds one page at a time, so the long one must not need more memory than the short one.
/// <c>EXPORT_ROWS=100000 dotnet test tests/NewsApi.Tests --filter FullyQualifiedName~ExportMemory</c>
/// </summary>
public sealed class ExportMemoryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("EXPORT_ROWS"), out var rows) ? rows : 0;
    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-export-").FullName;

    private string DatabasePath => Path.Combine(_directory, "news.db");

    public async Task InitializeAsync()
    {
        if (Rows == 0)
        {
            return;
        }

        // The seeds, then copies of their rows (without bodies, which no export carries) until the archive has Rows articles.
        await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, SeededNewsApi.DocumentsPath, CancellationToken.None);
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(DatabasePath, CancellationToken.None);
        await connection.ExecuteAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @Copies)
            INSERT INTO articles (id, source_file, record, content_hash, section, headline, published, dateline, body, word_count, seeded_at)
            SELECT a.id || '-' || n.i, a.source_file, 'copy ' || n.i, a.content_hash, a.section, a.headline || ' (' || n.i || ')',
                   date(COALESCE(a.published, '2020-01-01'), '-' || (n.i % 3000) || ' days'), a.dateline, '', a.word_count, a.seeded_at
            FROM articles a, n
            """, new { Copies = Rows / 2 - 1 });
    }

    [OptInFact("EXPORT_ROWS")]
    public async Task A_long_export_streams_every_row_in_the_memory_of_a_short_one()
    {
        using var api = ApiProcess.Start(["--NewsDatabase:Path", DatabasePath, "--ResponseCache:Enabled", "true", "--RateLimiting:Enabled", "false"]);
        var client = new HttpClient { BaseAddress = await api.WaitUntilListeningAsync(TimeSpan.FromSeconds(60)), Timeout = TimeSpan.FromMinutes(10) };
        await ExportAsync(api, client, "/people?format=ndjson"); // warm-up: JIT, pools

        var tenth = await ExportAsync(api, client, $"/articles?format=ndjson&to={await DateOfRowAsync(client, Rows / 10)}");
        var ndjson = await ExportAsync(api, client, "/articles?format=ndjson");
        var csv = await ExportAsync(api, client, "/articles?format=csv");

        Assert.Equal(Rows, ndjson.Lines);
        Assert.Equal(Rows + 1, csv.Lines); // the header line
        Assert.True(ndjson.PeakRssMiB < tenth.PeakRssMiB + 32, $"{ndjson.PeakRssMiB} MiB for {Rows} rows, {tenth.PeakRssMiB} MiB for {tenth.Lines}");
    }

    private static async Task<string> DateOfRowAsync(HttpClient client, int row)
    {
        // Oldest first, the date of about the row-th article: every article up to it is a tenth of the archive.
        using var stream = await client.GetStreamAsync("/articles?format=csv&sort=oldest");
        using var reader = new StreamReader(stream);
        var header = (await reader.ReadLineAsync())!.Split(',');
        string? line = null;
        for (var i = 0; i < row; i++)
        {
            line = await reader.ReadLineAsync();
        }

        return line!.Split(',')[Array.IndexOf(header, "published")];
    }

    private async Task<(int Lines, long Bytes, double Seconds, long PeakRssMiB)> ExportAsync(ApiProcess api, HttpClient client, string url)
    {
        var peak = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, api.ResidentMemoryMiB());
                await Task.Delay(20);
            }
        });
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (lines, bytes) = (0, 0L);
        while (await reader.ReadLineAsync() is { } line)
        {
            (lines, bytes) = (lines + 1, bytes + line.Length + 1);
        }

        await sampling.CancelAsync();
        await sampler;
        output.WriteLine($"{url}: {lines:N0} lines, {bytes / 1048576.0:N1} MiB in {clock.Elapsed.TotalSeconds:N1} s; API peak RSS {peak} MiB");
        return (lines, bytes, clock.Elapsed.TotalSeconds, peak);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
