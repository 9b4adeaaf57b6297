using System.Text;
using Dapper;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Ingestion.Finding;
using NewsApi.Testing;

namespace NewsApi.Ingestion.Tests.Seeding;

/// <summary>Archives as real datasets ship them: large exports, old encodings, READMEs and licences beside the news.</summary>
public sealed class SeedingRealArchivesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CorpusSeeder _seeder = new(PlaceNamesExtractor.Extract, TimeProvider.System);

    private Task<SeedSummary> SeedAsync(FileSelection? selection = null) =>
        _seeder.SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath, Selection: selection), null, default);

    [Fact]
    public async Task A_json_lines_export_over_the_article_limit_is_stored_record_by_record_with_a_bad_line_reported_by_its_number()
    {
        var lines = new List<string>();
        var body = string.Join(' ', Enumerable.Repeat("Officials met in Lachin to discuss the corridor and its toll roads.", 40));
        for (var i = 1; i <= 1_200; i++)
        {
            lines.Add(i == 700 ? """{"id": "broken", "title": "cut off""" : $$"""{"id": "{{i}}", "title": "Report {{i}}", "body": "{{body}}"}""");
        }

        var path = _folder.WriteDocument("archive.jsonl", string.Join('\n', lines));
        Assert.True(new FileInfo(path).Length > ImportPipeline.MaxDocumentBytes);

        var summary = await SeedAsync();

        Assert.Equal(1_199, summary.Added);
        var failure = Assert.Single(summary.Failed);
        Assert.Equal(("archive.jsonl", "line 700"), (failure.SourceFile, failure.Record));
        Assert.StartsWith("not valid JSON", failure.Reason, StringComparison.Ordinal);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(1_199, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles WHERE source_file = 'archive.jsonl'"));
        Assert.Equal("Report 1200", await connection.ExecuteScalarAsync<string>("SELECT headline FROM articles WHERE record = '1200'"));
    }

    [Fact]
    public async Task A_record_of_a_large_export_repeating_an_earlier_id_is_refused_naming_the_line_that_had_it_first()
    {
        var body = string.Join(' ', Enumerable.Repeat("Officials met in Lachin to discuss the corridor and its toll roads.", 40));
        var lines = Enumerable.Range(1, 1_200).Select(i => $$"""{"id": "{{(i == 900 ? 12 : i)}}", "title": "Report {{i}}", "body": "{{body}}"}""");
        _folder.WriteDocument("archive.jsonl", "\n" + string.Join('\n', lines));

        var summary = await SeedAsync();

        Assert.Equal(1_199, summary.Added);
        var failure = Assert.Single(summary.Failed);
        Assert.Equal(("line 901", "the same id or URL as line 13: '12'"), (failure.Record, failure.Reason));
        using var connection = _folder.OpenDatabase();
        Assert.Equal("Report 12", await connection.ExecuteScalarAsync<string>("SELECT headline FROM articles WHERE record = '12'"));
    }

    [Fact]
    public async Task A_json_array_export_over_the_article_limit_is_stored_and_only_its_oversized_record_is_refused()
    {
        var body = string.Join(' ', Enumerable.Repeat("Ministers from Baku arrived in Ankara for the talks.", 40));
        var records = Enumerable.Range(1, 1_000).Select(i => i == 3
            ? $$"""{"id": "huge", "title": "Huge", "body": "{{new string('x', ImportPipeline.MaxDocumentBytes)}}"}"""
            : $$"""{"id": "{{i}}", "title": "Visit {{i}}", "body": "{{body}}"}""");
        _folder.WriteDocument("feed.json", "{\"status\": \"ok\", \"articles\": [\n" + string.Join(",\n", records) + "\n]}");

        var summary = await SeedAsync();

        Assert.Equal(999, summary.Added);
        var failure = Assert.Single(summary.Failed);
        Assert.Equal(("feed.json", "item 3"), (failure.SourceFile, failure.Record));
        Assert.StartsWith("too large", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1252_text_is_stored_with_its_accents_and_a_warning_naming_the_file()
    {
        _folder.WriteDocument("cafe.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owners closed their doors in Z\u00fcrich on Monday to protest at the new \u00a3 rents."));

        var summary = await SeedAsync();

        Assert.Empty(summary.Failed);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal("cafe.txt", warning.SourceFile);
        Assert.EndsWith("read as Windows-1252", warning.Message, StringComparison.Ordinal);
        using var connection = _folder.OpenDatabase();
        Assert.Equal("Café owners protest", await connection.ExecuteScalarAsync<string>("SELECT headline FROM articles"));
        Assert.Equal(["Zürich"], await connection.QueryAsync<string>("SELECT name FROM entities"));
    }

    [Fact]
    public async Task Readmes_licences_changelogs_and_dot_files_are_skipped_and_reported_as_skipped()
    {
        _folder.WriteDocument("README.TXT", "About this dataset\n\nThe articles in this folder come from the BBC in London.");
        _folder.WriteDocument("LICENSE", "Licence\n\nYou may use these files in Lachin and elsewhere.");
        _folder.WriteDocument("docs/CHANGELOG.md", "Changes\n\nFixed a typo in Baku.");
        _folder.WriteDocument(".DS_Store", "binary junk");
        _folder.WriteDocument(".git/config", "[core]");
        _folder.WriteDocument("business/001.txt", "Markets rally\n\nShares rose in London on Monday.");

        var summary = await SeedAsync();

        Assert.Equal(1, summary.Added);
        Assert.Equal(
            [(".DS_Store", "hidden file"), (".git/", "hidden folder"), ("LICENSE", "not news: a README, licence or changelog"),
             ("README.TXT", "not news: a README, licence or changelog"), ("docs/CHANGELOG.md", "not news: a README, licence or changelog")],
            summary.Skipped.Select(skipped => (skipped.Path, skipped.Reason)));
        Assert.Empty(summary.Failed);
    }

    [Fact]
    public async Task Include_and_exclude_globs_choose_the_files_and_the_others_are_reported_as_skipped()
    {
        _folder.WriteDocument("business/001.txt", "Markets rally\n\nShares rose in London on Monday.");
        _folder.WriteDocument("business/drafts/002.txt", "Draft\n\nA draft written in Leeds.");
        _folder.WriteDocument("business/notes.md", "Notes\n\nNotes taken in Paris.");

        var summary = await SeedAsync(new FileSelection(include: ["*.txt"], exclude: ["**/drafts/**"]));

        Assert.Equal(1, summary.Added);
        Assert.Equal(
            [("business/drafts/002.txt", "matched by --exclude"), ("business/notes.md", "not matched by --include")],
            summary.Skipped.Select(skipped => (skipped.Path, skipped.Reason)));
    }

    [Fact]
    public async Task A_warning_a_reader_gives_a_document_is_reported_with_its_file_and_record()
    {
        _folder.WriteDocument("feed.jsonl", """
            {"id": "a", "title": "Old", "body": "Officials met in Lachin on Tuesday to sign the corridor agreement.", "published": "0001-01-01"}
            {"id": "b", "title": "New", "body": "Officials met in Baku on Tuesday to sign the corridor agreement.", "published": "2025-05-28"}
            """);

        var summary = await SeedAsync();

        Assert.Equal(2, summary.Added);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(("feed.jsonl", "line 1"), (warning.SourceFile, warning.Record));
        Assert.Contains("0001-01-01", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_far_longer_than_news_is_stored_with_a_warning_that_its_names_were_read_from_its_first_part()
    {
        var filler = string.Concat(Enumerable.Repeat("the talks went on for hours and then they ended . ", 6_000));
        _folder.WriteDocument("transcript.txt", "Long talks\n\nOfficials met in Lachin on Tuesday. " + filler);

        // The real pipeline: the cut is extraction's (the other tests' extractor is a stand-in that reads place names).
        var seeder = new CorpusSeeder(NewsPipeline.CreateDefault());
        var summary = await seeder.SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath), null, default);

        Assert.Equal(1, summary.Added);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal("transcript.txt", warning.SourceFile);
        Assert.StartsWith("names read from the first 50,000", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_folders_with_the_same_file_names_keep_both_articles_under_ids_from_their_paths_in_any_order()
    {
        _folder.WriteDocument("sport/001.txt", "Cup final\n\nThe final was played in Cardiff on Saturday.");
        await SeedAsync();
        _folder.WriteDocument("business/001.txt", "Markets rally\n\nShares rose in London on Monday.");

        var summary = await SeedAsync();
        var again = await SeedAsync();

        Assert.Equal((1, 1), (summary.Added, summary.Unchanged));
        Assert.Equal(2, again.Unchanged);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(
            [("business-001", "business/001.txt", "Markets rally"), ("sport-001", "sport/001.txt", "Cup final")],
            await connection.QueryAsync<(string, string, string)>("SELECT id, source_file, headline FROM articles ORDER BY id"));
    }

    public void Dispose() => _folder.Dispose();
}
