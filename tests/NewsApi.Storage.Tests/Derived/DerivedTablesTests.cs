using Dapper;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsApi.Extraction;
using NewsApi.Ingestion;
using NewsApi.Storage.Search;
using NewsApi.Testing;

namespace NewsApi.Storage.Tests.Derived;

/// <summary>The statistics, stories and search index are rebuilt side by side after a seed: each must still see the whole seed.</summary>
public sealed class DerivedTablesTests : IDisposable
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task After_a_second_seed_the_search_index_holds_every_article_and_records_the_version_the_stories_ended_at()
    {
        _folder.WriteDocument("talks.txt", Report("Water talks resume in Port Emmerich", "Amara Okonkwo"));
        await SeedAsync();
        _folder.WriteDocument("budget.txt", Report("Budget passes after long night", "Bilal Varga"));
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        var version = connection.ExecuteScalar<long>("SELECT version FROM data_version WHERE id = 1");
        Assert.True(await ArticleIndexBuilder.IsCurrentAsync(connection, default));
        using var directory = FSDirectory.Open(ArticleIndex.PathFor(_folder.DatabasePath));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(version, ArticleIndex.DataVersionOf(reader.IndexCommit));
        Assert.Equal(2, reader.NumDocs);
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_articles"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT article_count FROM corpus_statistics"));
    }

    [Fact]
    public async Task A_seed_stopped_between_its_import_and_its_derived_tables_is_completed_by_the_next_seed_of_the_same_files()
    {
        _folder.WriteDocument("talks.txt", Report("Water talks resume in Port Emmerich", "Amara Okonkwo"));
        _folder.WriteDocument("budget.txt", Report("Budget passes after long night", "Bilal Varga"));
        await SeedAsync();
        using var connection = _folder.OpenDatabase();
        var resolvedAt = connection.ExecuteScalar<string>("SELECT resolved_at FROM entity_resolution");

        // As if stopped after resolving: statistics and stories from before it, none of the stories written yet.
        connection.Execute("UPDATE corpus_statistics SET built_at = '2000-01-01T00:00:00.0000000+00:00', article_count = 0; DELETE FROM story_articles; DELETE FROM stories; UPDATE data_version SET built_at = '2000-01-01T00:00:00.0000000+00:00';");
        await SeedAsync();

        Assert.Equal(resolvedAt, connection.ExecuteScalar<string>("SELECT resolved_at FROM entity_resolution")); // nothing to resolve again
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT article_count FROM corpus_statistics"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_articles"));
        Assert.True(await ArticleIndexBuilder.IsCurrentAsync(connection, default));

        // As if stopped after the import: the resolution saw other chains than the articles hold now.
        connection.Execute("UPDATE entity_resolution SET chains = chains + 1");
        await SeedAsync();

        Assert.Equal(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM article_chains"), connection.ExecuteScalar<long>("SELECT chains FROM entity_resolution"));
    }

    private Task<SeedSummary> SeedAsync() => new CorpusSeeder(Pipeline).SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath), null, default);

    private static string Report(string headline, string person) => $"""
        {headline}

        date 2025-03-03 PORT EMMERICH: {person} met officials in Port Emmerich on Monday, officials said.

        {person} told reporters that the next round would come within a week.
        """;

    public void Dispose() => _folder.Dispose();
}
