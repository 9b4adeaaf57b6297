using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>A publication date comes only from what a document states about itself, never from its story (issue 11).</summary>
public sealed class PublicationDatesTests
{
    [Fact]
    public void A_profile_that_opens_with_a_birth_date_is_left_undated()
    {
        const string profile = """
            Profile: Gordon Brown

            Gordon Brown was born on 20 February 1951 in Glasgow and grew up in Kirkcaldy, where his father was a minister.
            He became chancellor in May 1997 and has delivered every budget since then.
            """;

        var document = DocumentReader.ReadOne("profile.txt", profile);

        Assert.Null(document.Published);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData("LONDON, May 28, 2025 (Reuters) - Ministers met on Tuesday to agree the budget after a week of talks.")]
    [InlineData("WASHINGTON, Jan. 5, 2025 — Ministers met on Tuesday to agree the budget after a week of talks.")]
    [InlineData("May 28, 2025 - Ministers met on Tuesday to agree the budget after a week of talks in the capital.")]
    public void A_dateline_that_carries_a_date_dates_the_story(string lede)
    {
        var document = DocumentReader.ReadOne("wire.txt", $"Budget agreed\n\n{lede}\n\nThe vote is expected on 3 June 2025.");

        Assert.Equal("dateline", document.PublishedSource);
        Assert.Equal(lede.Contains("Jan.", StringComparison.Ordinal) ? new DateOnly(2025, 1, 5) : new DateOnly(2025, 5, 28), document.Published);
    }

    [Fact]
    public void A_date_stamp_line_under_the_headline_is_the_date_and_not_body_text()
    {
        var document = DocumentReader.ReadOne("stamp.txt",
            "Budget agreed\nPublished: 28 May 2025 10:42 GMT\n\nMinisters met on Tuesday to agree the budget after a week of talks.");

        Assert.Equal((new DateOnly(2025, 5, 28), "date-line"), (document.Published, document.PublishedSource));
        Assert.StartsWith("Ministers met", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_date_metadata_is_not_dated_by_its_text_or_its_caption()
    {
        const string html = """
            <html><body><article><h1>Museum reopens</h1>
            <figure><figcaption>Visitors queue on March 3, 2024. —AFP</figcaption></figure>
            <p>The museum reopened its doors after a renovation that began on January 12, 2021, its director said.</p>
            </article></body></html>
            """;

        var page = DocumentReader.ReadOne("museum.html", html);

        Assert.Null(page.Published);
        Assert.Null(page.PublishedSource);
    }

    [Fact]
    public void A_json_record_without_a_date_field_is_not_dated_by_its_body()
    {
        var story = DocumentReader.ReadOne("story.json", """{"title": "Museum reopens", "body": "The museum reopened after a renovation that began on January 12, 2021, its director said."}""");

        Assert.Null(story.Published);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-06-12T22:45:00-04:00\">", "html-meta")]
    [InlineData("<meta name=\"date\" content=\"Thu, 12 Jun 2025 22:45:00 -0400\">", "html-meta")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-12\"}</script>", "json-ld")]
    public void Each_kind_of_page_metadata_says_where_the_date_came_from(string head, string source)
    {
        var page = DocumentReader.ReadOne("page.html", $"<html><head>{head}</head><body><article><h1>Port deal</h1>{Paragraph}</article></body></html>");

        Assert.Equal((new DateOnly(2025, 6, 12), source), (page.Published, page.PublishedSource));
    }

    [Fact]
    public void A_time_element_marked_as_the_publication_date_dates_the_page()
    {
        var page = DocumentReader.ReadOne("page.html",
            $"<html><body><article><h1>Port deal</h1><time itemprop=\"datePublished\" datetime=\"2025-06-12T09:00:00+05:00\">12 June</time>{Paragraph}</article></body></html>");

        Assert.Equal((new DateOnly(2025, 6, 12), "html-time"), (page.Published, page.PublishedSource));
    }

    [Fact]
    public void The_time_of_a_comment_marked_up_as_an_article_never_dates_the_page()
    {
        const string comments = """
            <div id="comments"><article class="comment-body"><p>Great news, finally.</p><time datetime="2025-07-01T10:00:00+00:00">July 1</time></article></div>
            """;

        var page = DocumentReader.ReadOne("page.html", $"<html><body><div class=\"post\"><h1>Port deal</h1>{Paragraph}</div>{comments}</body></html>");

        Assert.Null(page.Published);
    }

    [Fact]
    public void A_time_stated_in_utc_near_midnight_is_read_on_the_day_of_the_page_s_own_offset()
    {
        // 02:45 UTC on June 13 is 22:45 on June 12 in New York, the offset the page's modified time uses.
        const string head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-06-13T02:45:00Z", "dateModified": "2025-06-12T23:10:00-04:00"}</script>
            """;

        var page = DocumentReader.ReadOne("page.html", $"<html><head>{head}</head><body><article><h1>Port deal</h1>{Paragraph}</article></body></html>");

        Assert.Equal(new DateOnly(2025, 6, 12), page.Published);
    }

    [Fact]
    public void A_utc_time_on_a_page_that_shows_no_other_offset_keeps_its_written_day()
    {
        var page = DocumentReader.ReadOne("page.html",
            $"<html><head><meta property=\"article:published_time\" content=\"2025-06-13T00:30:00Z\"></head><body><article><h1>Port deal</h1>{Paragraph}</article></body></html>");

        Assert.Equal(new DateOnly(2025, 6, 13), page.Published);
    }

    [Fact]
    public void A_placeholder_date_in_json_ld_gives_way_to_the_meta_tag_and_is_reported()
    {
        const string head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2025-06-12T09:00:00+05:00">
            """;

        var page = DocumentReader.ReadOne("page.html", $"<html><head>{head}</head><body><article><h1>Port deal</h1>{Paragraph}</article></body></html>");

        Assert.Equal((new DateOnly(2025, 6, 12), "html-meta"), (page.Published, page.PublishedSource));
        Assert.Equal(["published date 0001-01-01 (json-ld) dropped: before 1900-01-01"], page.Warnings);
    }

    [Theory]
    [InlineData("yesterday", "published date 'yesterday' (json-field) dropped: not a date")]
    [InlineData("2025-02-30", "published date '2025-02-30' (json-field) dropped: not a date")]
    [InlineData("1899-12-31", "published date 1899-12-31 (json-field) dropped: before 1900-01-01")]
    public void A_json_date_that_is_no_plausible_date_is_dropped_and_reported(string published, string warning)
    {
        var story = DocumentReader.ReadOne("story.json", $$"""{"title": "Port deal", "published": "{{published}}", "body": "{{Paragraph[3..^4]}}"}""");

        Assert.Null(story.Published);
        Assert.Equal([warning], story.Warnings);
    }

    [Fact]
    public void A_unix_timestamp_in_a_json_field_is_read_as_its_utc_day()
    {
        var story = DocumentReader.ReadOne("story.json", $$"""{"title": "Port deal", "published": 1749722400, "body": "{{Paragraph[3..^4]}}"}""");

        Assert.Equal((new DateOnly(2025, 6, 12), "json-field"), (story.Published, story.PublishedSource));
    }

    private const string Paragraph = "<p>The two port authorities signed the agreement on Thursday after months of talks about berthing schedules.</p>";

    [Fact]
    public void Of_several_articles_in_a_pages_json_ld_the_pages_own_dates_it_and_none_other_does()
    {
        const string head = """
            <script type="application/ld+json">[
              {"@type": "NewsArticle", "headline": "Rail strike called off", "url": "https://news.example/rail", "datePublished": "2019-03-01"},
              {"@type": "NewsArticle", "headline": "Port deal signed", "url": "https://news.example/port", "datePublished": "2025-06-12"}
            ]</script>
            """;

        var own = DocumentReader.ReadOne("page.html", $"<html><head>{head}</head><body><article><h1>Port deal signed</h1>{Paragraph}</article></body></html>");
        var listed = DocumentReader.ReadOne("page.html", $"<html><head>{head}</head><body><article><h1>Harbour news</h1>{Paragraph}</article></body></html>");

        Assert.Equal(new DateOnly(2025, 6, 12), own.Published);
        Assert.Null(listed.Published);
    }

    [Fact]
    public void A_headline_thousands_of_characters_long_is_cut_and_reported()
    {
        var record = DocumentReader.ReadRecord("export.jsonl", $$"""{"title": "{{string.Join(' ', Enumerable.Repeat("Budget", 2_000))}}", "body": "{{Paragraph}}"}""", "line 1");

        Assert.True(record.Headline.Length <= DocumentReader.MaxHeadlineLength);
        Assert.EndsWith("Budget…", record.Headline, StringComparison.Ordinal);
        Assert.Contains(record.Warnings, warning => warning.StartsWith("headline of 13,999 characters cut", StringComparison.Ordinal));
    }
}
