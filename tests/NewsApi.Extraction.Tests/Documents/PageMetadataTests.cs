using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>A page's headline and other metadata as its reader sees them (issue 13's metadata failures).</summary>
public sealed class PageMetadataTests
{
    private static NewsDocument ReadPage(string page) =>
        DocumentReader.ReadOne(page + ".html", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "Pages", page + ".html")));

    [Fact]
    public void Character_references_in_a_json_ld_headline_are_decoded()
    {
        var page = ReadPage("dev/json-ld-entities");

        Assert.Equal("Minister’s £2bn rail plan faces first vote", page.Headline);
        Assert.Equal("The Harbour Courier", page.Publisher);
    }

    [Fact]
    public void A_site_logo_marked_as_h1_is_never_the_headline()
    {
        var page = ReadPage("dev/korean-logo-headline");

        Assert.Equal("한강 다리 야간 조명 전면 교체", page.Headline);
        Assert.False(page.HeadlineDerived);
    }

    [Fact]
    public void An_h1_that_is_the_site_name_gives_way_to_the_stated_headline()
    {
        const string html = """
            <html><head><title>Ledger</title><meta property="og:site_name" content="The Ledger"><meta property="og:title" content="Ferry service extended to Gwadar"></head>
            <body><div class="top"><h1>The Ledger</h1></div><div class="story"><p>The ferry between Karachi and Gwadar will run twice a week from July, the port authority said on Monday.</p></div></body></html>
            """;

        Assert.Equal("Ferry service extended to Gwadar", DocumentReader.ReadOne("ferry.html", html).Headline);
    }

    [Fact]
    public void The_visible_h1_is_kept_when_the_metadata_states_the_same_headline_shortened()
    {
        const string html = """
            <html><head><meta property="og:title" content="Ferry service extended | The Ledger"></head>
            <body><article><h1>Ferry service extended to Gwadar from July</h1><p>The ferry between Karachi and Gwadar will run twice a week from July, the port authority said on Monday.</p></article></body></html>
            """;

        Assert.Equal("Ferry service extended to Gwadar from July", DocumentReader.ReadOne("ferry.html", html).Headline);
    }

    [Fact]
    public void A_chinese_page_without_spaces_is_read_as_prose_with_its_headline()
    {
        var page = ReadPage("dev/chinese");

        Assert.Equal("长江流域今年首次发布洪水预警", page.Headline);
        Assert.Equal(4, page.Body.Split("\n\n").Length);
    }
}
