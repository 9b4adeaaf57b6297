using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>What every reader stores: no control characters, only web addresses (issue 12).</summary>
public sealed class StoredTextTests
{
    [Fact]
    public void Control_characters_are_removed_from_every_text_field()
    {
        const string json = """
            {"title": "Port\u0002 deal\u0003", "section": "Busi\u0007ness", "author": "Sana\u001B Qureshi", "source": "Ledger\u007F",
             "caption": "Cranes at the port. \u0001—APP", "body": "KARACHI: The\u0002 port\u0003 authorities signed\tthe agreement on Thursday.\n\nOfficials\u0000 said more would follow."}
            """;

        var story = DocumentReader.ReadOne("story.json", json);

        Assert.Equal("Port deal", story.Headline);
        Assert.Equal(("Business", "Sana Qureshi", "Ledger"), (story.Section, story.Author, story.Publisher));
        Assert.Equal("Cranes at the port. —APP", story.Caption);
        Assert.Equal("KARACHI: The port authorities signed the agreement on Thursday.\n\nOfficials said more would follow.", story.Body);
    }

    [Fact]
    public void Tabs_and_newlines_stay_and_weekday_offsets_point_into_the_body_as_stored()
    {
        var story = DocumentReader.ReadOne("talks.txt", "Talks resume\n2025-05-30\n\nThe\u0002\u0003 delegations\tmet on Friday in the capital to resume talks.\nThey agreed.");

        Assert.Equal("The delegations\tmet on Friday in the capital to resume talks.\n\nThey agreed.", story.Body);
        var reference = Assert.Single(story.DateReferences);
        Assert.Equal("on Friday", story.Body[reference.Start..reference.End]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/news/port-deal")]
    [InlineData("ftp://files.example/port-deal")]
    public void An_article_url_that_is_not_http_or_https_is_dropped_and_reported(string url)
    {
        var story = DocumentReader.ReadOne("story.json", $$"""{"title": "Port deal", "url": "{{url}}", "body": "The port authorities signed the agreement on Thursday after months of talks."}""");

        Assert.Null(story.Url);
        Assert.Equal([$"url '{url}' dropped: not an http(s) address"], story.Warnings);
    }

    [Fact]
    public void A_page_whose_canonical_link_is_a_script_keeps_its_http_og_url()
    {
        const string html = """
            <html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://ledger.example/port-deal"></head>
            <body><article><h1>Port deal</h1><p>The port authorities signed the agreement on Thursday after months of talks.</p></article></body></html>
            """;

        var page = DocumentReader.ReadOne("page.html", html);

        Assert.Equal("https://ledger.example/port-deal", page.Url);
        Assert.Empty(page.Warnings);
    }

    [Theory]
    [InlineData("http://ledger.example/a")]
    [InlineData("HTTPS://LEDGER.EXAMPLE/B")]
    public void An_http_or_https_url_is_kept_as_written(string url)
    {
        var story = DocumentReader.ReadOne("story.json", $$"""{"title": "Port deal", "url": "{{url}}", "body": "The port authorities signed the agreement on Thursday after months of talks."}""");

        Assert.Equal(url, story.Url);
    }
}
