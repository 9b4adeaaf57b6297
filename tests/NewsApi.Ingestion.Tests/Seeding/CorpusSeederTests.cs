using System.Text;
using Dapper;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Testing;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Finding;
using NewsApi.Storage;

namespace NewsApi.Ingestion.Tests.Seeding;

public sealed class CorpusSeederTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CorpusSeeder _seeder = new(PlaceNamesExtractor.Extract, TimeProvider.System);

    private SeedRequest Request(bool prune = false) => new(_folder.DocumentsPath, _folder.DatabasePath, prune);

    [Fact]
    public async Task Seeding_the_same_folder_twice_leaves_an_identical_database_and_reports_everything_unchanged()
    {
        _folder.WriteDocument("lachin.txt", "Summit in Lachin\nLeaders met in Lachin, Azerbaijan.");
        _folder.WriteDocument("baku.txt", "Talks in Baku\nOfficials from Pakistan met in Baku.");
        var first = await _seeder.SeedFolderAsync(Request(), null, default);
        var dumpAfterFirst = DatabaseDump.Of(_folder);

        var second = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal((2, 2, 0), (first.Read, first.Added, first.Unchanged));
        Assert.Equal((2, 0, 2, 0), (second.Read, second.Added, second.Unchanged, second.Replaced));
        Assert.Equal(dumpAfterFirst, DatabaseDump.Of(_folder));
    }

    [Fact]
    public async Task A_changed_file_is_replaced_under_the_same_article_id()
    {
        _folder.WriteDocument("summit.txt", "Summit\nLeaders met in Lachin.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        _folder.WriteDocument("summit.txt", "Summit moved\nLeaders met in Baku.");

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal(1, summary.Replaced);
        using var connection = _folder.OpenDatabase();
        Assert.Equal([("summit", "Summit moved")], connection.Query<(string, string)>("SELECT id, headline FROM articles"));
        Assert.Equal(["Baku"], connection.Query<string>("SELECT name FROM entities"));
    }

    [Fact]
    public async Task Bad_files_are_each_reported_by_name_with_a_reason_while_good_ones_are_stored()
    {
        _folder.WriteDocument("good.txt", "Summit\nLeaders met in Lachin.");
        _folder.WriteDocument("good-with-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Talks\nOfficials met in Baku.")]);
        _folder.WriteDocument("good-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Visit\nThe minister arrived in Ankara.")]);
        _folder.WriteDocument("empty.txt", []);
        _folder.WriteDocument("blank.txt", "  \n\n  ");
        _folder.WriteDocument("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        _folder.WriteDocument("latin1.txt", Encoding.Latin1.GetBytes("Café\nThe café in Zürich closed."));
        _folder.WriteDocument("huge.txt", Encoding.UTF8.GetBytes("Huge\n" + new string('x', ImportPipeline.MaxDocumentBytes)));
        _folder.WriteDocument("headline-only.txt", "Just a headline");

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        var reasons = summary.Failed.ToDictionary(failure => failure.SourceFile, failure => failure.Reason);
        Assert.Equal(["blank.txt", "empty.txt", "headline-only.txt", "huge.txt", "photo.jpg"], reasons.Keys.Order());
        Assert.StartsWith("empty", reasons["empty.txt"], StringComparison.Ordinal);
        Assert.StartsWith("empty", reasons["blank.txt"], StringComparison.Ordinal);
        Assert.StartsWith("binary", reasons["photo.jpg"], StringComparison.Ordinal);
        Assert.StartsWith("too large", reasons["huge.txt"], StringComparison.Ordinal);
        Assert.StartsWith("No article text", reasons["headline-only.txt"], StringComparison.Ordinal);
        Assert.Equal((9, 4), (summary.Read, summary.Added));
        using var connection = _folder.OpenDatabase();
        Assert.Equal(["Ankara", "Baku", "Lachin", "Zürich"], connection.Query<string>("SELECT name FROM entities ORDER BY name"));
    }

    [Fact]
    public async Task A_file_the_database_refuses_is_reported_by_name_and_undone_alone_while_the_files_around_it_are_stored()
    {
        _folder.WriteDocument("a.txt", "Summit\nLeaders met in Lachin.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        using (var connection = _folder.OpenDatabase())
        {
            connection.Execute("""
                CREATE TRIGGER refuse_baku BEFORE INSERT ON mentions WHEN NEW.text = 'Baku'
                BEGIN SELECT RAISE(ABORT, 'no mentions of Baku'); END;
                """);
        }

        _folder.WriteDocument("b.txt", "Talks\nOfficials met in Yerevan and then in Baku.");
        _folder.WriteDocument("c.txt", "Visit\nThe minister arrived in Ankara.");

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        var failure = Assert.Single(summary.Failed);
        Assert.Equal("b.txt", failure.SourceFile);
        Assert.Contains("no mentions of Baku", failure.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (summary.Unchanged, summary.Added));
        using var seeded = _folder.OpenDatabase();
        Assert.Equal(["a.txt", "c.txt"], seeded.Query<string>("SELECT path FROM source_files ORDER BY path"));
        Assert.Equal(["Ankara", "Lachin"], seeded.Query<string>("SELECT name FROM entities ORDER BY name"));
        Assert.Equal(2, seeded.ExecuteScalar<int>("SELECT COUNT(*) FROM articles_fts"));
    }

    [Fact]
    public async Task Prune_removes_the_articles_of_deleted_files_and_their_entities_and_without_it_they_stay()
    {
        _folder.WriteDocument("keep.txt", "Summit\nLeaders met in Lachin.");
        var gone = _folder.WriteDocument("gone.txt", "Talks\nOfficials met in Baku.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        File.Delete(gone);

        var withoutPrune = await _seeder.SeedFolderAsync(Request(), null, default);
        var withPrune = await _seeder.SeedFolderAsync(Request(prune: true), null, default);

        Assert.Equal((0, 1), (withoutPrune.Pruned, withPrune.Pruned));
        using var connection = _folder.OpenDatabase();
        Assert.Equal(["keep"], connection.Query<string>("SELECT id FROM articles"));
        Assert.Equal(["Lachin"], connection.Query<string>("SELECT name FROM entities"));
        Assert.Equal(new Dictionary<string, int> { ["people"] = 0, ["organisations"] = 0, ["places"] = 1 }, withPrune.Entities);
    }

    [Fact]
    public async Task Prune_keeps_the_articles_of_files_still_there_that_include_or_exclude_leave_out_and_ignores_an_empty_folder()
    {
        _folder.WriteDocument("2024/summit.txt", "Summit\nLeaders met in Lachin.");
        _folder.WriteDocument("2025/talks.txt", "Talks\nOfficials met in Baku.");
        await _seeder.SeedFolderAsync(Request(), null, default);

        var included = await _seeder.SeedFolderAsync(Request(prune: true) with { Selection = new FileSelection(include: ["2025/**"]) }, null, default);
        using var empty = new TempFolder();
        var emptyFolder = await _seeder.SeedFolderAsync(new SeedRequest(empty.DocumentsPath, _folder.DatabasePath, Prune: true), null, default);

        Assert.Equal((0, 0), (included.Pruned, emptyFolder.Pruned));
        Assert.Contains(emptyFolder.Warnings, warning => warning.Message.StartsWith("--prune ignored", StringComparison.Ordinal));
        using var connection = _folder.OpenDatabase();
        Assert.Equal(["2024/summit.txt", "2025/talks.txt"], connection.Query<string>("SELECT source_file FROM articles ORDER BY source_file"));
    }

    [Fact]
    public async Task A_second_seed_of_the_same_database_while_one_runs_is_refused_by_name_and_the_first_completes()
    {
        for (var i = 0; i < 20; i++)
        {
            _folder.WriteDocument($"{i:D2}.txt", $"Report {i}\nOfficials met in Lachin on day {i}.");
        }

        Exception? refusal = null;
        var progress = new SynchronousProgress(value =>
        {
            if (value.Done == 1)
            {
                refusal = Record.Exception(() => _seeder.SeedFolderAsync(Request(), null, default).GetAwaiter().GetResult());
            }
        });

        var first = await _seeder.SeedFolderAsync(Request(), progress, default);

        var unusable = Assert.IsType<UnusableDatabaseException>(refusal);
        Assert.StartsWith($"Another seed of '{_folder.DatabasePath}' is running", unusable.Message, StringComparison.Ordinal);
        Assert.Equal(20, first.Added);
        Assert.False(File.Exists(_folder.DatabasePath + ".seed-lock"));
    }

    [Fact]
    public async Task A_search_index_whose_files_were_lost_is_rebuilt_by_the_next_seed()
    {
        // Two seeds at once, or a hand, had left "segments_1 not found", and every later seed failed on it.
        _folder.WriteDocument("summit.txt", "Summit\nLeaders met in Lachin.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        var index = Path.Combine(_folder.Root, "news.db.search");
        foreach (var segments in Directory.GetFiles(index, "segments_*"))
        {
            File.Delete(segments);
        }

        _folder.WriteDocument("talks.txt", "Talks\nOfficials met in Baku.");
        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal(1, summary.Added);
        using var connection = _folder.OpenDatabase();
        Assert.True(await NewsApi.Storage.Search.ArticleIndexBuilder.IsCurrentAsync(connection, default));
    }

    [Fact]
    public async Task A_linked_folder_is_listed_as_skipped_not_silently_left_out()
    {
        using var outside = new TempFolder();
        outside.WriteDocument("talks.txt", "Talks\nOfficials met in Baku.");
        _folder.WriteDocument("summit.txt", "Summit\nLeaders met in Lachin.");
        Directory.CreateSymbolicLink(Path.Combine(_folder.DocumentsPath, "elsewhere"), outside.DocumentsPath);

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal(1, summary.Added);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("elsewhere/", skipped.Path);
        Assert.StartsWith("a link to a folder, not followed", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_export_between_small_files_is_replaced_record_by_record_under_the_same_ids()
    {
        // An export of several runs of records is written in a transaction of its own (see WriteBatch.BeginFile).
        string Export(string changed) => string.Join('\n', Enumerable.Range(0, 100).Select(i =>
            $$"""{"id": "r{{i}}", "title": "Item {{(i == 7 ? changed : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}}", "body": "Officials met in Town{{i}} on Monday."}"""));
        _folder.WriteDocument("a.txt", "Summit\nLeaders met in Lachin.");
        _folder.WriteDocument("export.jsonl", Export("7"));
        _folder.WriteDocument("z.txt", "Talks\nOfficials met in Baku.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        using var before = _folder.OpenDatabase();
        var ids = before.Query<string>("SELECT id FROM articles ORDER BY id").ToList();
        before.Close();
        _folder.WriteDocument("a.txt", "Summit moved\nLeaders met in Ankara.");
        _folder.WriteDocument("export.jsonl", Export("seven"));

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal((0, 101, 1), (summary.Added, summary.Replaced, summary.Unchanged));
        using var connection = _folder.OpenDatabase();
        Assert.Equal(ids, connection.Query<string>("SELECT id FROM articles ORDER BY id"));
        Assert.Equal("Item seven", connection.ExecuteScalar<string>("SELECT headline FROM articles WHERE record = 'r7'"));
    }

    [Fact]
    public async Task Cancelling_part_way_leaves_a_consistent_database_that_a_rerun_completes()
    {
        for (var i = 0; i < 300; i++)
        {
            _folder.WriteDocument($"{i:D3}.txt", $"Report {i}\nOfficials from Place{i} met in Lachin on day {i}.");
        }

        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(step => { if (step.Done == 100) cancellation.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _seeder.SeedFolderAsync(Request(), progress, cancellation.Token));

        using (var connection = _folder.OpenDatabase())
        {
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
            Assert.Empty(connection.Query("PRAGMA foreign_key_check"));
            Assert.Equal(100, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles"));
            Assert.Equal(100, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles_fts"));
        }

        var rerun = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal((100, 200), (rerun.Unchanged, rerun.Added));
        Assert.Equal(300 + 1, rerun.Entities["places"]); // Place0..Place299 and Lachin
    }

    [Fact]
    public async Task Cancelling_a_seed_of_exports_never_leaves_a_file_half_stored_and_a_rerun_completes_it()
    {
        for (var i = 0; i < 100; i++)
        {
            _folder.WriteDocument($"{i:D3}.jsonl", string.Join('\n', Enumerable.Range(1, 3).Select(record =>
                $$"""{"id": "{{i}}-{{record}}", "title": "Report {{i}}.{{record}}", "body": "Officials met in Lachin for round {{record}} of the talks."}""")));
        }

        var seeder = new CorpusSeeder(ReadWithoutEntities, TimeProvider.System);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(step => { if (step.Done == 40) cancellation.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => seeder.SeedFolderAsync(Request(), progress, cancellation.Token));

        using (var connection = _folder.OpenDatabase())
        {
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
            Assert.Equal(40, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM source_files"));
            Assert.Equal([3], connection.Query<int>("SELECT DISTINCT COUNT(*) FROM articles GROUP BY source_file"));
        }

        var rerun = await seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal((120, 180), (rerun.Unchanged, rerun.Added));
        using var completed = _folder.OpenDatabase();
        Assert.Equal(300, completed.ExecuteScalar<int>("SELECT COUNT(*) FROM articles_fts"));
    }

    [Fact]
    public async Task Hidden_files_and_folders_are_not_seeded_and_subfolders_are()
    {
        _folder.WriteDocument(".notes.txt", "Notes\nAbout Lachin.");
        _folder.WriteDocument(".git/config.txt", "Config\nAbout Baku.");
        _folder.WriteDocument("2025/may/summit.txt", "Summit\nLeaders met in Ankara.");

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal(1, summary.Read);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(["2025/may/summit.txt"], connection.Query<string>("SELECT source_file FROM articles"));
    }

    [Fact]
    public async Task A_subfolder_that_cannot_be_listed_is_named_as_skipped_and_prune_keeps_what_was_stored_from_it()
    {
        // Root cannot be kept out of a folder, so the folder is made unreadable another way: its path, reached through a
        // link with a long name, is longer than the system allows (PATH_MAX, 4,096 bytes), while the same folder
        // reached directly is not.
        var deep = _folder.DocumentsPath;
        while (deep.Length < 3_900)
        {
            deep = Path.Combine(deep, new string('d', Math.Min(200, 3_950 - deep.Length - 1)));
        }

        Directory.CreateDirectory(deep);
        await File.WriteAllTextAsync(Path.Combine(deep, "leaf.txt"), "Deep\nLeaders met in Lachin.");
        _folder.WriteDocument("top.txt", "Top\nOfficials met in Baku.");
        await _seeder.SeedFolderAsync(Request(), null, default);
        var longWay = Path.Combine(_folder.Root, new string('l', 250));
        Directory.CreateSymbolicLink(longWay, _folder.DocumentsPath);

        var summary = await _seeder.SeedFolderAsync(new SeedRequest(longWay, _folder.DatabasePath, Prune: true), null, default);

        var unreadable = Assert.Single(summary.Skipped);
        Assert.True(unreadable.Unreadable);
        Assert.StartsWith("dddd", unreadable.Path, StringComparison.Ordinal);
        Assert.StartsWith("cannot be read", unreadable.Reason, StringComparison.Ordinal);
        Assert.Equal(0, summary.Pruned);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(["Deep", "Top"], connection.Query<string>("SELECT headline FROM articles ORDER BY headline"));
    }

    [Fact]
    public async Task A_named_pipe_in_the_folder_is_reported_as_no_file_instead_of_waiting_for_a_writer_for_ever()
    {
        _folder.WriteDocument("summit.txt", "Summit\nLeaders met in Lachin.");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_folder.DocumentsPath, "feed")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var summary = await _seeder.SeedFolderAsync(Request(), null, default).WaitAsync(TimeSpan.FromMinutes(1));

        var failure = Assert.Single(summary.Failed);
        Assert.Equal("feed", failure.SourceFile);
        Assert.Contains("not a file (a pipe", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Added);
    }

    [Fact]
    public async Task A_backslash_in_a_file_name_is_part_of_the_name_so_two_files_are_not_taken_for_one()
    {
        _folder.WriteDocument("a\\b.txt", "Backslash\nLeaders met in Lachin.");
        _folder.WriteDocument("a/b.txt", "Subfolder\nOfficials met in Baku.");

        var summary = await _seeder.SeedFolderAsync(Request(), null, default);

        Assert.Equal(2, summary.Added);
        using var connection = _folder.OpenDatabase();
        Assert.Equal([("a/b.txt", "Subfolder"), ("a\\b.txt", "Backslash")],
            connection.Query<(string, string)>("SELECT source_file, headline FROM articles ORDER BY source_file"));
    }

    [Fact]
    public async Task A_database_kept_inside_the_input_folder_is_not_seeded_as_a_document()
    {
        _folder.WriteDocument("summit.txt", "Summit\nLeaders met in Lachin.");
        var request = new SeedRequest(_folder.DocumentsPath, Path.Combine(_folder.DocumentsPath, "news.db"));
        await _seeder.SeedFolderAsync(request, null, default);

        var again = await _seeder.SeedFolderAsync(request, null, default);

        Assert.Equal((1, 1), (again.Read, again.Unchanged));
        Assert.Empty(again.Failed);
    }

    [Fact]
    public async Task Two_fresh_seeds_of_the_same_folder_are_identical_although_documents_are_extracted_in_parallel()
    {
        for (var i = 0; i < 40; i++)
        {
            _folder.WriteDocument($"{i:D2}.txt", $"Report {i}\nOfficials from Town{i % 7} met in City{i % 5}.");
        }

        var clock = new FixedClock(new DateTimeOffset(2025, 5, 28, 12, 0, 0, TimeSpan.Zero));
        var seeder = new CorpusSeeder(PlaceNamesExtractor.Extract, clock);
        using var otherFolder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(_folder.DocumentsPath))
        {
            File.Copy(file, Path.Combine(otherFolder.DocumentsPath, Path.GetFileName(file)));
        }

        await seeder.SeedFolderAsync(Request(), null, default);
        await seeder.SeedFolderAsync(new SeedRequest(otherFolder.DocumentsPath, otherFolder.DatabasePath), null, default);

        Assert.Equal(DatabaseDump.Of(_folder, except: "schema_version"), DatabaseDump.Of(otherFolder, except: "schema_version"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>No entity extraction behind the real readers: for tests about files and records.</summary>
    private static DocumentExtraction ReadWithoutEntities(NewsDocument document) => new(document, []);

    /// <summary>Reports on the seeding thread, so the test can cancel at an exact document.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
