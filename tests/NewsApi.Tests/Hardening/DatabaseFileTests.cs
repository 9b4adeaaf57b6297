using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Ingestion;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// What the API does with its database path: only the default database is created when missing; any path that does
/// not lead to a NewsApi database stops the start with a message naming the file and the problem (exit code 2, before
/// it listens); an existing database in a read-only folder is served.
/// </summary>
[UnsupportedOSPlatform("windows")] // file modes and setpriv
public sealed class DatabaseFileTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-paths-").FullName;

    private string Seeded => Path.Combine(_directory, "seeded.db");

    public async Task InitializeAsync() =>
        await DatabaseSetup.EnsureCreatedAndSeededAsync(Seeded, SeededNewsApi.DocumentsPath, CancellationToken.None);

    [Theory]
    [InlineData("missing file", "does not exist")]
    [InlineData("missing folder", "does not exist")]
    [InlineData("folder", "is a folder")]
    [InlineData("empty", "is empty")]
    [InlineData("text", "is not a SQLite database")]
    [InlineData("truncated", "is truncated")]
    [InlineData("corrupt", "malformed")]
    [InlineData("other SQLite", "not a NewsApi one")]
    [InlineData("newer", "newer than the")]
    public async Task A_path_that_leads_to_no_usable_database_ends_the_start_with_exit_code_2_naming_the_file_and_the_problem(string kind, string problem)
    {
        var path = await MakeAsync(kind);
        var before = Snapshot(path);
        using var api = ApiProcess.Start(["--NewsDatabase:Path", path]);

        var exitCode = await api.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, exitCode);
        Assert.Contains($"The news database {path} ", api.Output, StringComparison.Ordinal);
        Assert.Contains(problem, api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", api.Output, StringComparison.Ordinal); // no stack trace burying the message
        Assert.Equal(before, Snapshot(path)); // nothing created or changed
    }

    [Theory]
    [InlineData("--NewsDatabase:MemoryMapMiB", "-5", "MemoryMapMiB must be between 0 and")]
    [InlineData("--NewsDatabase:MemoryMapMiB", "lots", "'lots' at 'NewsDatabase:MemoryMapMiB'")]
    [InlineData("--ResponseCache:Enabled", "maybe", "'maybe' at 'ResponseCache:Enabled'")]
    [InlineData("--DatabaseWork:MaxConcurrent", "0", "MaxConcurrent must be between 1 and")]
    public async Task A_setting_out_of_range_or_of_the_wrong_type_ends_the_start_with_exit_code_2_naming_it(string setting, string value, string problem)
    {
        using var api = ApiProcess.Start(["--NewsDatabase:Path", Seeded, setting, value]);

        var exitCode = await api.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, exitCode);
        Assert.Contains("Invalid setting: ", api.Output, StringComparison.Ordinal);
        Assert.Contains(problem, api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", api.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_database_is_still_created_and_seeded_when_missing()
    {
        // The default path is ../../db/news.db from the content root, and the documents ../../db/documents.
        var contentRoot = Directory.CreateDirectory(Path.Combine(_directory, "app", "bin")).FullName;
        var documents = Directory.CreateDirectory(Path.Combine(_directory, "db", "documents")).FullName;
        foreach (var file in Directory.EnumerateFiles(SeededNewsApi.DocumentsPath))
        {
            File.Copy(file, Path.Combine(documents, Path.GetFileName(file)));
        }

        using var api = ApiProcess.Start([], contentRoot);
        var address = await api.WaitUntilListeningAsync(StartTimeout);

        var health = await new HttpClient { BaseAddress = address }.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(2, health.GetProperty("counts").GetProperty("articles").GetInt32());
        Assert.True(File.Exists(Path.Combine(_directory, "db", "news.db")));
    }

    [Fact]
    public async Task An_existing_database_in_a_read_only_folder_is_served()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "read-only")).FullName;
        var path = Path.Combine(folder, "news.db");
        File.Copy(Seeded, path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(_directory, File.GetUnixFileMode(folder));
        // root writes anywhere: the API then runs as "nobody", for whom the folder really is read-only.
        using var api = ApiProcess.Start(["--NewsDatabase:Path", path], runAsUser: Environment.UserName == "root" ? "65534" : null);
        var client = new HttpClient { BaseAddress = await api.WaitUntilListeningAsync(StartTimeout) };

        using var articles = await client.GetAsync("/articles?q=Lachin&facets=person");
        using var person = await client.GetAsync("/people/syed-asim-munir");

        Assert.Equal(2, (await articles.ReadOkAsync<PageOf<ArticleItem>>()).Items.Count);
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.Equal(["news.db"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)); // no -wal, -shm or probe left
    }

    [Fact]
    public async Task A_database_reached_through_a_symbolic_link_is_served_and_its_next_seed_is_seen()
    {
        // SQLite keeps the -wal beside the file a link leads to: the start-up check had read the link's own length (too
        // short to be a database), and the data version watched a log that never appears beside the link.
        var documents = Directory.CreateDirectory(Path.Combine(_directory, "documents")).FullName;
        foreach (var file in Directory.EnumerateFiles(SeededNewsApi.DocumentsPath))
        {
            File.Copy(file, Path.Combine(documents, Path.GetFileName(file)));
        }

        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_directory, "real")).FullName, "news.db");
        var link = Path.Combine(Directory.CreateDirectory(Path.Combine(_directory, "links")).FullName, "news.db");
        await SeedAsync(documents, path);
        File.CreateSymbolicLink(link, path);
        using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("NewsDatabase:Path", link));
        var client = api.CreateClient();

        var before = await (await client.GetAsync("/articles?q=quokkas")).ReadOkAsync<PageOf<ArticleItem>>();
        await File.WriteAllTextAsync(Path.Combine(documents, "903_quokka_census.txt"),
            "Science\nQuokka census on Rottnest\n\nVolunteers counted 12,000 quokkas on Rottnest Island this week.\n");
        await SeedAsync(documents, link);
        var after = await (await client.GetAsync("/articles?q=quokkas")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Empty(before.Items);
        Assert.Equal(["903-quokka-census"], after.Items.Select(item => item.Id));
        Assert.True(Directory.Exists(path + ".search")); // the seeder's index beside the real file, where the API looks
        Assert.False(Directory.Exists(link + ".search"));
    }

    [Fact]
    public async Task Damage_deeper_in_the_file_than_the_start_up_check_reads_is_a_503_problem_never_a_500()
    {
        var path = Path.Combine(_directory, "damaged.db");
        long page, pageSize;
        await using (var connection = new SqliteConnection($"Data Source={Seeded};Mode=ReadOnly;Pooling=False"))
        {
            page = await connection.ExecuteScalarAsync<long>("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'");
            pageSize = await connection.ExecuteScalarAsync<long>("PRAGMA page_size");
        }

        var bytes = await File.ReadAllBytesAsync(Seeded);
        Array.Fill(bytes, (byte)0xA5, (int)((page - 1) * pageSize), (int)pageSize); // the articles table's first page, not the schema
        await File.WriteAllBytesAsync(path, bytes);
        using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("NewsDatabase:Path", path));
        var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/health", "/articles", "/articles?q=Lachin", "/people", "/places/lachin", "/entities?q=mun", "/stories" })
        {
            using var response = await client.GetAsync(url);
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            }
        }

        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
    }

    private async Task<string> MakeAsync(string kind)
    {
        var path = Path.Combine(_directory, kind.Replace(' ', '-') + ".db");
        switch (kind)
        {
            case "missing file":
                break;
            case "missing folder":
                path = Path.Combine(_directory, "no-such-folder", "news.db");
                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "text":
                await File.WriteAllTextAsync(path, "these are notes, not a database, though the name says .db\n");
                break;
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(Seeded);
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
                break;
            case "corrupt":
                var pages = await File.ReadAllBytesAsync(Seeded);
                Array.Fill(pages, (byte)0, 100, 4000); // the schema page, after the 100-byte header
                await File.WriteAllBytesAsync(path, pages);
                break;
            case "other SQLite":
                await WithConnectionAsync(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
                break;
            case "newer":
                File.Copy(Seeded, path);
                await WithConnectionAsync(path, "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from the future', '2100-01-01')");
                break;
        }

        return path;
    }

    private static Task<SeedSummary> SeedAsync(string documents, string database) =>
        new CorpusSeeder(NewsPipeline.CreateDefault()).SeedFolderAsync(new SeedRequest(documents, database), progress: null, CancellationToken.None);

    private static async Task WithConnectionAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.ExecuteAsync(sql);
    }

    private static string Snapshot(string path) =>
        Directory.Exists(path) ? "folder" : File.Exists(path) ? $"{new FileInfo(path).Length}" : "none";

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in Directory.EnumerateDirectories(_directory, "*", SearchOption.AllDirectories).Prepend(_directory))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
