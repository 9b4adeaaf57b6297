using System.Text.Json;
using NewsApi.Testing;

namespace NewsApi.Seeder.Tests.Extract;

/// <summary>The extract command as a user runs it: the built seeder in its own process, no database anywhere.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string OutputPath => Path.Combine(_folder.Root, "out");

    [Fact]
    public async Task Extracting_a_folder_writes_one_json_file_per_document_in_the_documented_shape()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);

        var (exitCode, _) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "001_5bc9951281a706f7.json")));
        var root = json.RootElement;
        Assert.Equal("001_5bc9951281a706f7.txt", root.GetProperty("document").GetString());
        Assert.Equal("2025-05-28", root.GetProperty("published").GetString());
        var munir = root.GetProperty("entities").EnumerateArray().Single(entity => entity.GetProperty("name").GetString() == "Syed Asim Munir");
        Assert.Equal("person", munir.GetProperty("type").GetString());
        Assert.Contains("Field Marshal Munir", munir.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        Assert.Contains("Chief of Army Staff", munir.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        var mention = munir.GetProperty("mentions")[0];
        Assert.Equal("caption", mention.GetProperty("field").GetString());
        Assert.Equal("Syed Asim Munir", mention.GetProperty("text").GetString());
        Assert.True(mention.GetProperty("end").GetInt32() > mention.GetProperty("start").GetInt32());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "000_414a6a6b185ff7a0.json"))).RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task A_bad_file_is_named_with_its_reason_while_the_others_are_still_extracted_and_the_exit_code_is_1()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);
        _folder.WriteDocument("empty.txt", []);

        var (exitCode, output) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("empty.txt: empty", output, StringComparison.Ordinal);
        Assert.Equal(["000_414a6a6b185ff7a0.json", "001_5bc9951281a706f7.json"], Directory.GetFiles(OutputPath).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_folder_is_read_like_seed_reads_it_every_format_in_every_subfolder_with_bad_records_named_and_the_rest_printed()
    {
        FixtureDocuments.CopyTo(_folder.DocumentsPath);

        var (exitCode, output) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal(1, exitCode);
        var written = Directory.GetFiles(OutputPath, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(OutputPath, path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("pages/port-agreement.json", written);
        Assert.Contains("plain/cable-car.json", written);
        Assert.Contains("exports/newsroom-101.json", written);
        Assert.Contains("exports/wire-feed-wf-20250528-001.json", written);
        Assert.Contains("bad/latin1.json", written);
        Assert.Contains("exports/newsroom.jsonl (line 3): not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("bad/empty.txt: empty", output, StringComparison.Ordinal);
        Assert.Contains("bad/latin1.txt: warning: not valid UTF-8", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_body_each_document_prints_the_text_its_mention_offsets_point_into()
    {
        SeedDocuments.CopyTo(_folder.DocumentsPath);

        var (exitCode, output) = await SeederCli.RunAsync("extract", Path.Combine(_folder.DocumentsPath, "001_5bc9951281a706f7.txt"), "--with-body");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var body = json.RootElement.GetProperty("body").GetString()!;
        var bodyMentions = json.RootElement.GetProperty("entities").EnumerateArray()
            .SelectMany(entity => entity.GetProperty("mentions").EnumerateArray())
            .Where(mention => mention.GetProperty("field").GetString() == "body")
            .ToList();
        Assert.NotEmpty(bodyMentions);
        Assert.All(bodyMentions, mention => Assert.Equal(
            mention.GetProperty("text").GetString(),
            body[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public async Task A_document_gives_the_same_entities_whatever_other_documents_are_extracted_with_it()
    {
        _folder.WriteDocument("a-uses.txt", "Talks end\n\nRAWALPINDI: The ISPR said on Tuesday that the delegation had returned home safely.");
        _folder.WriteDocument("b-defines.txt", "Army statement\n\nRAWALPINDI: The Inter-Services Public Relations (ISPR) said on Monday that the talks had gone well.");

        var (alone, aloneOutput) = await SeederCli.RunAsync("extract", Path.Combine(_folder.DocumentsPath, "a-uses.txt"));
        var (together, _) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal((0, 0), (alone, together));
        Assert.Equal(
            JsonDocument.Parse(aloneOutput).RootElement.GetProperty("entities").ToString(),
            JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "a-uses.json"))).RootElement.GetProperty("entities").ToString());
    }

    [Fact]
    public async Task Records_with_ids_too_long_for_a_file_name_are_each_written_to_a_file_of_their_own()
    {
        var longId = new string('x', 300);
        _folder.WriteDocument("feed.jsonl", string.Join('\n',
            $$"""{"id": "{{longId}}1", "title": "First", "body": "Leaders met in Lachin on Monday."}""",
            $$"""{"id": "{{longId}}2", "title": "Second", "body": "Officials met in Baku on Tuesday."}"""));

        var (exitCode, output) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        var written = Directory.GetFiles(OutputPath).Select(Path.GetFileName).ToList();
        Assert.Equal(2, written.Count);
        Assert.All(written, name => Assert.StartsWith("feed-xxxxxxxx", name, StringComparison.Ordinal));
        Assert.All(written, name => Assert.InRange(name!.Length, 200, 255));
        var headlines = written.Select(name => JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputPath, name!))).RootElement.GetProperty("headline").GetString());
        Assert.Equal(["First", "Second"], headlines.Order());
    }

    [Fact]
    public async Task Documents_whose_output_names_collide_are_each_written_to_a_file_of_their_own()
    {
        // A hostile-document pass: x.txt beside x.html, and records "a-1" and "A 1", overwrote each other's output.
        _folder.WriteDocument("x.txt", "Summit\nLeaders met in Lachin.");
        _folder.WriteDocument("x.html", "<html><body><article><h1>Talks</h1><p>Officials met in Baku on Tuesday to discuss the plan.</p></article></body></html>");
        _folder.WriteDocument("feed.jsonl", string.Join('\n',
            """{"id": "a-1", "title": "First", "body": "Leaders met in Ankara on Monday."}""",
            """{"id": "A 1", "title": "Second", "body": "Officials met in Tbilisi on Tuesday."}"""));

        var (exitCode, _) = await SeederCli.RunAsync("extract", _folder.DocumentsPath, "--output", OutputPath);

        Assert.Equal(0, exitCode);
        var headlines = Directory.GetFiles(OutputPath)
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("headline").GetString()).Order();
        Assert.Equal(["First", "Second", "Summit", "Talks"], headlines);
    }

    public void Dispose() => _folder.Dispose();
}
