using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using NewsApi.Storage.Search;
using NewsApi.Tests.Features.Stories;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Articles;

/// <summary>
/// Searches answered from the Lucene index beside the database must list what SQLite's full-text search lists, and an
/// index that is missing or built from older data must not be used: the same database is served with its index, with
/// none, and with the index of an earlier seed.
/// </summary>
public sealed class SearchIndexTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    [Theory]
    [InlineData("q=Munir")]
    [InlineData("q=Lachin%20Pakistan")]
    [InlineData("q=%22Field%20Marshal%22")]
    [InlineData("q=flood%20OR%20cricket")]
    [InlineData("q=Munir%20-Lachin")]
    [InlineData("q=Azerbaij*")]
    [InlineData("q=Pakistan&sort=newest")]
    [InlineData("q=Pakistan&sort=oldest")]
    [InlineData("q=Pakistan&person=syed-asim-munir")]
    [InlineData("q=Pakistan&from=2025-05-28&to=2025-05-29")]
    [InlineData("q=Pakistan&section=international")]
    public async Task A_search_lists_the_same_articles_with_the_index_as_without_it(string query)
    {
        await using var withoutIndex = await ServedAsync(index: null);

        var indexed = await WalkAsync(api.CreateClient(), $"/articles?{query}&limit=1");
        var fromSqlite = await WalkAsync(withoutIndex.CreateClient(), $"/articles?{query}&limit=1");

        Assert.NotEmpty(fromSqlite.Ids);
        Assert.Equal(fromSqlite.Total, indexed.Total);
        // Relevance scores differ between the engines; the date orders are the same.
        var byDate = query.Contains("sort=", StringComparison.Ordinal);
        Assert.Equal(byDate ? fromSqlite.Ids : [.. fromSqlite.Ids.Order(StringComparer.Ordinal)], byDate ? indexed.Ids : [.. indexed.Ids.Order(StringComparer.Ordinal)]);
        Assert.All(indexed.Snippets, snippet => Assert.Contains("<b>", snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_index_built_before_the_last_seed_is_not_used_so_a_new_article_is_found()
    {
        var earlier = CopyIndex(ArticleIndex.PathFor(api.DatabasePath));
        await api.AddArticleAndReseedAsync("903_quokka_census.txt", "Science\nQuokka census on Rottnest\n\nVolunteers counted 12,000 quokkas on Rottnest Island this week.\n");
        try
        {
            await using var stale = await ServedAsync(index: earlier);

            var found = await WalkAsync(stale.CreateClient(), "/articles?q=quokkas");

            Assert.Equal(["903-quokka-census"], found.Ids);
        }
        finally
        {
            Directory.Delete(earlier, recursive: true);
        }
    }

    /// <summary>The corpus's database served from a copy, beside the given index folder (or none).</summary>
    private async Task<ServedCopy> ServedAsync(string? index)
    {
        var directory = Directory.CreateTempSubdirectory("newsapi-index-").FullName;
        var path = Path.Combine(directory, "news.db");
        await using (var source = new SqliteConnection($"Data Source={api.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            await source.OpenAsync();
            await using var copy = new SqliteConnection($"Data Source={path};Pooling=False");
            await copy.OpenAsync();
            source.BackupDatabase(copy);
        }

        if (index is not null)
        {
            CopyIndex(index, ArticleIndex.PathFor(path));
        }

        return new ServedCopy(directory, path);
    }

    private static string CopyIndex(string from, string? to = null)
    {
        to ??= Directory.CreateTempSubdirectory("newsapi-index-copy-").FullName;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        return to;
    }

    private static async Task<(List<string> Ids, long Total, List<string> Snippets)> WalkAsync(HttpClient client, string link)
    {
        var (ids, snippets, total) = (new List<string>(), new List<string>(), -1L);
        for (string? next = link; next is not null;)
        {
            var page = await (await client.GetAsync(next)).ReadOkAsync<SearchPage>();
            total = total < 0 ? page.Total : total;
            ids.AddRange(page.Items.Select(item => item.Id));
            snippets.AddRange(page.Items.Select(item => item.Snippet ?? ""));
            next = page.Next;
        }

        return (ids, total, snippets);
    }

    private sealed record SearchPage(List<ArticleItem> Items, string? Next, long Total);

    private sealed class ServedCopy(string directory, string path) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsDatabase:Path", path);
            builder.UseSetting("NewsDatabase:DocumentsPath", directory);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
