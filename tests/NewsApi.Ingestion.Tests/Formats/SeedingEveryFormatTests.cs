using Dapper;
using NewsApi.Extraction;
using NewsApi.Testing;
using NewsApi.Ingestion;

namespace NewsApi.Ingestion.Tests.Formats;

/// <summary>The real pipeline on the fixture folder: text, HTML, JSON and JSON Lines side by side, with hostile files among them.</summary>
public sealed class SeedingEveryFormatTests : IDisposable
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private readonly TempFolder _folder = new();

    public SeedingEveryFormatTests() => FixtureDocuments.CopyTo(_folder.DocumentsPath);

    private Task<SeedSummary> SeedAsync(bool prune = false) =>
        new CorpusSeeder(Pipeline).SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath, prune), null, default);

    [Fact]
    public async Task Every_good_article_is_stored_under_an_id_from_its_path_and_record()
    {
        var summary = await SeedAsync();

        Assert.Equal(12, summary.Added);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(
            [
                "bad-latin1", "exports-newsroom-101", "exports-newsroom-102", "exports-newsroom-104", "exports-single-story",
                "exports-wire-feed-lahore-book-fair", "exports-wire-feed-wf-20250528-001", "pages-flood-relief", "pages-line-breaks",
                "pages-port-agreement", "pages-undated-column", "plain-cable-car",
            ],
            await connection.QueryAsync<string>("SELECT id FROM articles ORDER BY id"));
        Assert.Equal(
            ("exports/newsroom.jsonl", "101"),
            await connection.QuerySingleAsync<(string, string)>("SELECT source_file, record FROM articles WHERE id = 'exports-newsroom-101'"));
    }

    [Fact]
    public async Task Each_bad_file_and_each_bad_record_is_reported_with_where_it_is_and_why()
    {
        var summary = await SeedAsync();

        var reasons = summary.Failed.ToDictionary(failure => $"{failure.SourceFile} {failure.Record}".TrimEnd(), failure => failure.Reason);
        Assert.Equal(
            [
                "bad/empty.txt", "bad/garbled.jsonl line 1", "bad/garbled.jsonl line 2", "bad/menu-only.html",
                "bad/photo.txt", "bad/truncated.json item 1", "exports/custom-fields.jsonl line 1", "exports/custom-fields.jsonl line 2",
                "exports/newsroom.jsonl line 3", "exports/newsroom.jsonl line 6", "exports/newsroom.jsonl line 7",
                "exports/newsroom.jsonl line 8", "exports/wire-feed.json item 3", "exports/wire-feed.json item 4",
            ],
            reasons.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("empty", reasons["bad/empty.txt"], StringComparison.Ordinal);
        Assert.StartsWith("binary", reasons["bad/photo.txt"], StringComparison.Ordinal);
        Assert.StartsWith("HTML page without an article", reasons["bad/menu-only.html"], StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", reasons["bad/truncated.json item 1"], StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", reasons["exports/newsroom.jsonl line 3"], StringComparison.Ordinal);
        Assert.Equal(summary.Added + summary.Failed.Count, summary.Read);
    }

    [Fact]
    public async Task Articles_keep_the_metadata_their_format_carries()
    {
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        var page = await connection.QuerySingleAsync<(string Author, string Url, string Publisher, string Published, string PublishedSource)>(
            "SELECT author, url, publisher, published, published_source FROM articles WHERE id = 'pages-port-agreement'");
        Assert.Equal(
            ("Sana Qureshi, Rafiq Ahmed", "https://coastal-ledger.example/business/2025/06/12/karachi-chittagong-cargo-agreement", "The Coastal Ledger", "2025-06-12", "json-ld"),
            page);
        Assert.Contains("\"text\":\"next Monday\"", await connection.ExecuteScalarAsync<string>("SELECT date_references FROM articles WHERE id = 'pages-port-agreement'"), StringComparison.Ordinal);
        var cableCar = await connection.QuerySingleAsync<(string Section, string Published, string PublishedSource, string Credit, string Subheadings)>(
            "SELECT section, published, published_source, credit, subheadings FROM articles WHERE id = 'plain-cable-car'");
        Assert.Equal(("National", "2025-07-14", "date-line", "Online", "[\"New limits on cabins\"]"), cableCar);
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT published FROM articles WHERE id = 'pages-undated-column'"));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_still_reports_the_bad_records_of_the_unchanged_files()
    {
        var first = await SeedAsync();
        var before = DatabaseDump.Of(_folder);

        var second = await SeedAsync();

        Assert.Equal((0, 12, 0), (second.Added, second.Unchanged, second.Replaced));
        Assert.Equal(first.Failed, second.Failed);
        Assert.Equal(before, DatabaseDump.Of(_folder));
    }

    [Fact]
    public async Task An_edited_export_replaces_its_records_under_their_ids_and_drops_the_records_it_no_longer_has()
    {
        await SeedAsync();
        File.WriteAllLines(Path.Combine(_folder.DocumentsPath, "exports", "newsroom.jsonl"),
        [
            """{"id": 104, "title": "Mango exports to double", "content": "MULTAN: Mango exporters said shipments to the Gulf would double this season.", "published": "2025-06-20"}""",
            """{"id": 101, "title": "Peshawar night buses start", "content": "PESHAWAR: Night buses began running on the main corridor on Monday, TransPeshawar said.", "published": "2025-04-07"}""",
        ]);

        var summary = await SeedAsync();

        Assert.Equal((0, 2, 1), (summary.Added, summary.Replaced, summary.Pruned));
        using var connection = _folder.OpenDatabase();
        Assert.Equal(
            [("exports-newsroom-101", "Peshawar night buses start"), ("exports-newsroom-104", "Mango exports to double")],
            await connection.QueryAsync<(string, string)>("SELECT id, headline FROM articles WHERE source_file = 'exports/newsroom.jsonl' ORDER BY id"));
        Assert.DoesNotContain(summary.Failed, failure => failure.SourceFile == "exports/newsroom.jsonl");
    }

    [Fact]
    public async Task Pruning_a_deleted_export_removes_all_its_articles()
    {
        await SeedAsync();
        File.Delete(Path.Combine(_folder.DocumentsPath, "exports", "newsroom.jsonl"));

        var summary = await SeedAsync(prune: true);

        Assert.Equal(3, summary.Pruned);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles WHERE source_file = 'exports/newsroom.jsonl'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM source_files WHERE path = 'exports/newsroom.jsonl'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles_fts WHERE article_id LIKE 'exports-newsroom-%'"));
    }

    [Fact]
    public async Task Files_reached_through_symbolic_links_are_read_whole()
    {
        // A link's own length is that of the path it holds: reading only that much cut every linked file short.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder.Root, "elsewhere")).FullName;
        foreach (var linked in new[] { Path.Combine("exports", "newsroom.jsonl"), Path.Combine("plain", "cable-car.txt") })
        {
            var target = Path.Combine(elsewhere, Path.GetFileName(linked));
            File.Move(Path.Combine(_folder.DocumentsPath, linked), target);
            File.CreateSymbolicLink(Path.Combine(_folder.DocumentsPath, linked), target);
        }

        var summary = await SeedAsync();

        Assert.Equal(12, summary.Added);
        Assert.DoesNotContain(summary.Failed, failure => failure.SourceFile == "plain/cable-car.txt");
        Assert.Equal(["line 3", "line 6", "line 7", "line 8"],
            summary.Failed.Where(failure => failure.SourceFile == "exports/newsroom.jsonl").Select(failure => failure.Record).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
