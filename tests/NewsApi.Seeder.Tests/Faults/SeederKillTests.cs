using System.Globalization;
using NewsApi.Testing;
using Xunit.Abstractions;

namespace NewsApi.Seeder.Tests.Faults;

/// <summary>
/// Kills the seeder (SIGKILL) at several points while it seeds generated documents, re-runs it, and compares the
/// result with an uninterrupted run. CI seeds a few hundred documents; <c>SEEDER_KILL_DOCUMENTS=3000</c> runs the
/// full variant: <c>SEEDER_KILL_DOCUMENTS=3000 dotnet test tests/NewsApi.Seeder.Tests --filter FullyQualifiedName~SeederKill</c>.
/// </summary>
public sealed class SeederKillTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultDocuments = 300;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_seeder_killed_at_several_points_and_run_again_leaves_the_same_database_as_an_uninterrupted_run()
    {
        var documents = int.TryParse(Environment.GetEnvironmentVariable("SEEDER_KILL_DOCUMENTS"), CultureInfo.InvariantCulture, out var n) ? n : DefaultDocuments;
        GeneratedNewsCorpus.Write(_folder.DocumentsPath, documents, seed: 7);
        var uninterrupted = Path.Combine(_folder.Root, "uninterrupted.db");
        var killed = Path.Combine(_folder.Root, "killed.db");

        using (var reference = SeederProcess.Start(_folder.DocumentsPath, uninterrupted))
        {
            Assert.Equal(0, await reference.WaitForExitAsync(RunTimeout));
        }

        // Once while the database is being created and migrated, then four times in the middle of the documents.
        long[] killAfterArticles = [0, documents * 15 / 100, documents * 35 / 100, documents * 55 / 100, documents * 80 / 100];
        foreach (var articles in killAfterArticles)
        {
            using var seeder = SeederProcess.Start(_folder.DocumentsPath, killed);
            await WaitUntilAsync(() => articles == 0 ? File.Exists(killed) : DatabaseContents.CountArticles(killed) > articles, seeder);
            Assert.False(seeder.HasExited, $"the seeder finished before it could be killed after {articles} articles");
            seeder.Kill();
            output.WriteLine($"killed with {DatabaseContents.CountArticles(killed)} of {documents} articles stored");
        }

        using (var rerun = SeederProcess.Start(_folder.DocumentsPath, killed))
        {
            Assert.Equal(0, await rerun.WaitForExitAsync(RunTimeout));
        }

        var expected = DatabaseContents.Read(uninterrupted);
        var actual = DatabaseContents.Read(killed);
        Assert.Equal("ok", actual.IntegrityCheck);
        Assert.Equal(documents, expected.Tables["articles"].Count);
        foreach (var (table, rows) in expected.Tables)
        {
            Assert.True(rows.SequenceEqual(actual.Tables[table]), $"{table} differs: {rows.Count} rows uninterrupted, {actual.Tables[table].Count} after the kills");
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, SeederProcess seeder)
    {
        while (!condition() && !seeder.HasExited)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    public void Dispose() => _folder.Dispose();
}
