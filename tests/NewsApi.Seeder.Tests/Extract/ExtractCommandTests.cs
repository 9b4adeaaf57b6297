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
    public async Task An_acronym_defined_in_one_document_names_the_organisation_in_another()
    {
        _folder.WriteDocument("a-uses.txt", "Talks end\n\nRAWALPINDI: The ISPR said on Tuesday that the delegation had returned home safely.");
        _folder.WriteDocument("b-defines.txt", "Army statement\n\nRAWALPINDI: The Inter-Services Public Relations (ISPR) said on Monday that the talks had gone well.");

        var (exitCode, _) = await SeederCli.RunAsync(
            "extract", Path.Combine(_folder.DocumentsPath, "a-uses.txt"), Path.Combine(_folder.DocumentsPath, "b-defines.txt"), "--output", OutputPath);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "a-uses.json")));
        var organisation = json.RootElement.GetProperty("entities").EnumerateArray().Single(entity => entity.GetProperty("type").GetString() == "organisation");
        Assert.Equal("Inter-Services Public Relations", organisation.GetProperty("name").GetString());
    }

    public void Dispose() => _folder.Dispose();
}
