using Dapper;
using NewsApi.Extraction;
using NewsApi.Testing;
using NewsApi.Ingestion;

namespace NewsApi.Ingestion.Tests.Seeding;

/// <summary>The seeder with the real extraction pipeline on the two seed documents, which report the same meeting.</summary>
public sealed class SeedingTheBundledDocumentsTests : IDisposable
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private readonly TempFolder _folder = new();

    public SeedingTheBundledDocumentsTests() => SeedDocuments.CopyTo(_folder.DocumentsPath);

    private Task<SeedSummary> SeedAsync() =>
        new CorpusSeeder(Pipeline).SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath), null, default);

    [Fact]
    public async Task Both_seed_articles_are_stored_under_ids_from_their_file_names()
    {
        var summary = await SeedAsync();

        Assert.Equal((2, 2), (summary.Read, summary.Added));
        Assert.Empty(summary.Failed);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(
            ["000-414a6a6b185ff7a0", "001-5bc9951281a706f7"],
            await connection.QueryAsync<string>("SELECT id FROM articles ORDER BY id"));
    }

    [Fact]
    public async Task People_and_organisations_named_in_both_articles_are_one_entity_linked_to_both()
    {
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        const string articlesOf = "SELECT COUNT(*) FROM article_entities WHERE entity_id = @Id";
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(articlesOf, new { Id = "syed-asim-munir" }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(articlesOf, new { Id = "shehbaz-sharif" }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(articlesOf, new { Id = "inter-services-public-relations" }));
        Assert.Contains("ISPR", await connection.QueryAsync<string>(
            "SELECT alias FROM entity_aliases WHERE entity_id = 'inter-services-public-relations'"));
    }

    [Fact]
    public async Task Seeding_the_seeds_again_changes_nothing()
    {
        await SeedAsync();
        var before = DatabaseDump.Of(_folder);

        var again = await SeedAsync();

        Assert.Equal(2, again.Unchanged);
        Assert.Equal(before, DatabaseDump.Of(_folder));
    }

    [Fact]
    public async Task The_first_seed_is_stored_with_its_section_headline_dateline_and_subheadings_and_no_page_chrome()
    {
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        var article = await connection.QuerySingleAsync<StoredParts>(PartsSql, new { Id = "000-414a6a6b185ff7a0" });
        Assert.Equal("International", article.Section);
        Assert.Equal("Field Marshal Munir Discusses Regional Security Dynamics with Azerbaijani Defence Minister", article.Headline);
        Assert.False(article.HeadlineDerived);
        Assert.Null(article.Published);
        Assert.Equal("Islamabad", article.Dateline);
        Assert.Equal("""["Focus on Strengthening Defence Cooperation","Bilateral Relations and Future Prospects"]""", article.Subheadings);
        foreach (var chrome in new[] { "Related Articles", "Leave a Reply", "Your email address will not be published", "Back to top button" })
        {
            Assert.DoesNotContain(chrome, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_second_seed_is_stored_with_its_date_caption_credit_and_dateline_and_a_headline_flagged_as_derived()
    {
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        var article = await connection.QuerySingleAsync<StoredParts>(PartsSql, new { Id = "001-5bc9951281a706f7" });
        Assert.Null(article.Section);
        Assert.True(article.HeadlineDerived);
        Assert.Equal(("2025-05-28", "date-line"), (article.Published, article.PublishedSource));
        Assert.Equal("Rawalpindi", article.Dateline);
        Assert.Equal(
            "Field Marshal Syed Asim Munir in a meeting with Azerbaijani Minister of Defence Colonel General Hasanov Zakir Asgar Oglu in Lachin, Azerbaijan, on May 28, 2025. —ISPR",
            article.Caption);
        Assert.Equal("ISPR", article.Credit);
        Assert.StartsWith("RAWALPINDI:", article.Body, StringComparison.Ordinal);
    }

    private const string PartsSql = """
        SELECT section AS Section, headline AS Headline, headline_derived AS HeadlineDerived, published AS Published,
               published_source AS PublishedSource, dateline AS Dateline, caption AS Caption, credit AS Credit,
               subheadings AS Subheadings, body AS Body
        FROM articles WHERE id = @Id
        """;

    private sealed record StoredParts
    {
        public string? Section { get; init; }
        public required string Headline { get; init; }
        public bool HeadlineDerived { get; init; }
        public string? Published { get; init; }
        public string? PublishedSource { get; init; }
        public string? Dateline { get; init; }
        public string? Caption { get; init; }
        public string? Credit { get; init; }
        public required string Subheadings { get; init; }
        public required string Body { get; init; }
    }

    [Fact]
    public async Task Every_stored_mention_points_at_its_own_text()
    {
        await SeedAsync();

        using var connection = _folder.OpenDatabase();
        var mismatches = await connection.QueryAsync<string>("""
            SELECT m.text FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.text <> substr(CASE m.field WHEN 'headline' THEN a.headline WHEN 'caption' THEN a.caption ELSE a.body END,
                                   m.start + 1, m.end - m.start)
            """);
        Assert.Empty(mismatches);
    }

    public void Dispose() => _folder.Dispose();
}
