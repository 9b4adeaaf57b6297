using System.Text.Json;
using NewsApi.Testing;

namespace NewsApi.Seeder.Tests.Seed;

/// <summary>The seed command as a user runs it: the built seeder in its own process, output redirected.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Seeding_good_documents_exits_0_with_a_line_per_document_and_a_summary()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);

        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("[1/2] added     000_414a6a6b185ff7a0.txt", output, StringComparison.Ordinal);
        Assert.Contains("[2/2] added     001_5bc9951281a706f7.txt", output, StringComparison.Ordinal);
        Assert.Contains("unchanged", output, StringComparison.Ordinal);
        Assert.Contains("people", output, StringComparison.Ordinal);
        Assert.Matches(@"entity resolution\s+│\s+\d+\.\d", output);
        Assert.Matches(@"search index\s+│\s+\d+\.\d", output);
    }

    [Fact]
    public async Task A_failed_document_exits_1_and_is_named_with_its_reason_on_screen_and_in_the_report()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);
        _folder.WriteDocument("empty.txt", []);
        var reportPath = Path.Combine(_folder.Root, "report.json");

        var (exitCode, output) = await SeederCli.RunAsync(
            "seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath, "--report", reportPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        Assert.Equal(3, report.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(2, report.RootElement.GetProperty("added").GetInt32());
        var failure = Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal("empty.txt", failure.GetProperty("sourceFile").GetString());
        Assert.StartsWith("empty", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Superset(new HashSet<string?> { "entity resolution", "statistics, stories and search index", "... stories (wall)" },
            report.RootElement.GetProperty("phases").EnumerateArray().Select(phase => phase.GetProperty("name").GetString()).ToHashSet());
    }

    [Fact]
    public async Task Bad_records_of_an_export_are_reported_by_file_and_line_while_its_good_records_are_stored()
    {
        FixtureDocuments.CopyTo(_folder.DocumentsPath, "exports");
        var reportPath = Path.Combine(_folder.Root, "report.json");

        var (exitCode, _) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath, "--report", reportPath);

        Assert.Equal(1, exitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        Assert.Equal(4, report.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(6, report.RootElement.GetProperty("added").GetInt32());
        var brokenLine = Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray(), failure => failure.GetProperty("record").GetString() == "line 3");
        Assert.Equal("exports/newsroom.jsonl", brokenLine.GetProperty("sourceFile").GetString());
        Assert.StartsWith("not valid JSON", brokenLine.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_mappings_let_an_export_with_its_own_field_names_be_seeded()
    {
        File.Copy(FixtureDocuments.PathOf("exports/custom-fields.jsonl"), Path.Combine(_folder.DocumentsPath, "custom-fields.jsonl"));

        var (exitCode, output) = await SeederCli.RunAsync(
            "seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath,
            "--field", "body=story_text", "--field", "title=heading", "--field", "published=release_date", "--field", "id=story_id");

        Assert.Equal(0, exitCode);
        Assert.Contains("added     custom-fields.jsonl", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_mapping_for_an_unknown_field_exits_2_naming_the_fields()
    {
        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath, "--field", "colour=paint");

        Assert.Equal(2, exitCode);
        Assert.Contains("headline, body, published", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.DatabasePath));
    }

    [Fact]
    public async Task A_missing_input_folder_exits_2()
    {
        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", Path.Combine(_folder.Root, "nowhere"), "--db", _folder.DatabasePath);

        Assert.Equal(2, exitCode);
        Assert.Contains("nowhere", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.DatabasePath));
    }

    [Fact]
    public async Task A_database_file_that_is_not_sqlite_exits_2_and_is_left_untouched()
    {
        const string notes = "These are my notes, not a database. They are long enough to fill a header page, surely.";
        await File.WriteAllTextAsync(_folder.DatabasePath, notes);

        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);

        Assert.Equal(2, exitCode);
        Assert.Contains("not a usable SQLite database", output, StringComparison.Ordinal);
        Assert.Equal(notes, await File.ReadAllTextAsync(_folder.DatabasePath));
    }

    [Fact]
    public async Task A_database_damaged_past_its_first_page_exits_2_naming_the_file_as_damaged_instead_of_crashing()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);
        await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);
        var bytes = await File.ReadAllBytesAsync(_folder.DatabasePath);
        bytes.AsSpan(4096).Fill((byte)'A'); // every page but the first, which holds the header and the schema
        await File.WriteAllBytesAsync(_folder.DatabasePath, bytes);

        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);

        Assert.Equal(2, exitCode);
        Assert.Contains($"'{_folder.DatabasePath}' is damaged", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_aimed_at_the_database_or_a_folder_exits_2_before_seeding_and_the_database_is_untouched()
    {
        // A hostile-document pass: --report set to the --db file overwrote 300 articles with the report, and exited 0.
        SeedDocuments.CopyTo(_folder.DocumentsPath);
        await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);
        var before = await File.ReadAllBytesAsync(_folder.DatabasePath);

        var (overDatabase, databaseOutput) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath, "--report", _folder.DatabasePath);
        var (intoFolder, folderOutput) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath, "--report", _folder.Root);

        Assert.Equal((2, 2), (overDatabase, intoFolder));
        Assert.Contains("is one of the database's own files", databaseOutput, StringComparison.Ordinal);
        Assert.Contains("is a folder", folderOutput, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_folder.DatabasePath));
    }

    [Fact]
    public async Task Control_characters_in_a_file_name_are_printed_as_escapes()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);
        _folder.WriteDocument("red\u001b[31mtext\nline.txt", "Summit\nLeaders met in Lachin.");

        var (exitCode, output) = await SeederCli.RunAsync("seed", "--input", _folder.DocumentsPath, "--db", _folder.DatabasePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("red\\x1B[31mtext\\nline.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var (exitCode, output) = await SeederCli.RunAsync("seed", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Exit codes: 0", output, StringComparison.Ordinal);
        Assert.Contains("2 bad arguments", output, StringComparison.Ordinal);
        Assert.Contains("130 interrupted", output, StringComparison.Ordinal);
        Assert.Contains(".jsonl", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
