using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Tests.Support;

namespace NewsApi.Extraction.Tests.Documents;

public sealed class ReadingHtmlPagesTests
{
    private static NewsDocument Read(string name) => DocumentReader.ReadOne(name, FixtureDocuments.Text(name));

    [Fact]
    public void A_news_page_gives_its_headline_byline_section_publisher_and_canonical_url()
    {
        var page = Read("pages/port-agreement.html");

        Assert.Equal("Karachi and Chittagong ports sign cargo agreement", page.Headline);
        Assert.False(page.HeadlineDerived);
        Assert.Equal("Sana Qureshi, Rafiq Ahmed", page.Author);
        Assert.Equal("Business", page.Section);
        Assert.Equal("The Coastal Ledger", page.Publisher);
        Assert.Equal("https://coastal-ledger.example/business/2025/06/12/karachi-chittagong-cargo-agreement", page.Url);
    }

    [Fact]
    public void The_published_date_is_the_day_the_publisher_wrote_not_that_day_in_utc()
    {
        var page = Read("pages/port-agreement.html");

        // 22:45 at UTC-4 on June 12 is already June 13 in UTC.
        Assert.Equal(new DateOnly(2025, 6, 12), page.Published);
        Assert.Equal("json-ld", page.PublishedSource);
    }

    [Fact]
    public void The_body_keeps_the_article_paragraphs_and_subheadings_in_order_and_loses_every_widget()
    {
        var page = Read("pages/port-agreement.html");

        Assert.StartsWith("KARACHI: The Karachi Port Trust and the Chittagong Port Authority signed", page.Body, StringComparison.Ordinal);
        Assert.EndsWith("The two port authorities last met on Tuesday in Dhaka, where the draft was settled.", page.Body, StringComparison.Ordinal);
        Assert.Equal(["Faster clearance promised"], page.Subheadings);
        Assert.Equal(5, page.Body.Split("\n\n").Length);
        foreach (var chrome in new[] { "Facebook", "Port strike ends", "newsletter", "Leave a Reply", "Great news for traders", "Most read", "Rupee", "©", "Home", "track(" })
        {
            Assert.DoesNotContain(chrome, page.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_figure_caption_is_the_caption_with_its_credit_and_the_first_paragraph_gives_the_dateline()
    {
        var page = Read("pages/port-agreement.html");

        Assert.Equal("Container cranes at the Karachi Port Trust terminal on June 11, 2025. —APP", page.Caption);
        Assert.Equal("APP", page.Credit);
        Assert.Equal("Karachi", page.Dateline);
        Assert.DoesNotContain("Container cranes", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekdays_in_the_text_are_resolved_against_the_published_date()
    {
        var page = Read("pages/port-agreement.html");

        Assert.Equal(
            [("on Thursday", new DateOnly(2025, 6, 12)), ("next Monday", new DateOnly(2025, 6, 16)), ("on Tuesday", new DateOnly(2025, 6, 10))],
            page.DateReferences.Select(reference => (reference.Text, reference.Date)));
        Assert.All(page.DateReferences, reference => Assert.Equal(reference.Text, page.Body[reference.Start..reference.End]));
    }

    [Fact]
    public void A_page_with_a_broken_json_ld_block_is_read_from_its_meta_tags_and_main_element()
    {
        var page = Read("pages/flood-relief.htm");

        Assert.Equal("Relief camps open in Sukkur as river rises", page.Headline);
        Assert.Equal("Imran Siddiqui", page.Author);
        Assert.Equal("https://valley-daily.example/news/relief-camps-sukkur", page.Url);
        Assert.Equal("Valley Daily", page.Publisher);
        Assert.Equal((new DateOnly(2025, 8, 3), "html-meta"), (page.Published, page.PublishedSource));
        Assert.Equal("Sukkur", page.Dateline);
        Assert.Equal(3, page.Body.Split("\n\n").Length);
        Assert.DoesNotContain("Stay safe", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_any_date_keeps_published_empty_rather_than_inventing_one()
    {
        var page = Read("pages/undated-column.html");

        Assert.Equal("Why the old tram lines should come back", page.Headline);
        Assert.Null(page.Published);
        Assert.Null(page.PublishedSource);
        Assert.Empty(page.DateReferences);
        Assert.DoesNotContain("Opinion", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_only_menus_sidebars_and_comments_is_refused_as_having_no_article()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() => Read("bad/menu-only.html"));

        Assert.StartsWith("HTML page without an article", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_laid_out_with_line_breaks_instead_of_paragraphs_gives_one_paragraph_per_line()
    {
        var page = Read("pages/line-breaks.html");

        Assert.Equal("Hockey team named for Asia Cup", page.Headline);
        Assert.Equal(
            [
                "LAHORE: The hockey federation named an eighteen-member squad for the Asia Cup on Tuesday, with four players making their debut.",
                "The team will train in Abbottabad for three weeks before leaving for the tournament.",
                "Coaches said fitness would decide the final line-up.",
            ],
            page.Body.Split("\n\n"));
        Assert.Equal("Lahore", page.Dateline);
    }

    [Fact]
    public void An_article_whose_own_class_names_sound_like_a_widget_is_still_read()
    {
        const string html = """
            <html><body><article class="post share-enabled"><h1>Ferry service extended</h1>
            <p>The ferry between Karachi and Gwadar will run twice a week from July, the port authority said on Monday.</p>
            <div class="share-bar"><a href="#">Share</a></div></article></body></html>
            """;

        var page = DocumentReader.ReadOne("ferry.html", html);

        Assert.Equal("Ferry service extended", page.Headline);
        Assert.StartsWith("The ferry between Karachi and Gwadar", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_saved_with_a_txt_extension_is_still_read_as_html()
    {
        var page = DocumentReader.ReadOne("saved-page.txt", FixtureDocuments.Text("pages/port-agreement.html"));

        Assert.Equal("Karachi and Chittagong ports sign cargo agreement", page.Headline);
        Assert.DoesNotContain("<", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_and_credit_lines_above_the_story_leave_the_body_and_the_stamp_dates_a_page_without_metadata()
    {
        const string html = """
            <html><head><title>Harbour tolls rise</title></head><body><div id="story"><h1>Harbour tolls rise</h1>
            <div class="stamp">Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</div><div class="tool">Text Size</div>
            <div class="photo"><img src="a.jpg"><span>Photo: Nadia Khan / AFP</span></div>
            <p>The port authority raised tolls for container ships by six percent on Wednesday, its first rise in four years.</p>
            <p>Shipping lines said the rise would be passed on to importers within weeks, according to Omar Sheikh of the traders' association.</p>
            </div></body></html>
            """;

        var page = DocumentReader.ReadOne("tolls.html", html);

        Assert.StartsWith("The port authority raised tolls", page.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Published", "Text Size", "Nadia Khan", "AFP" })
        {
            Assert.DoesNotContain(furniture, page.Body, StringComparison.Ordinal);
        }

        Assert.Equal(new DateOnly(2011, 9, 21), page.Published);
        Assert.Equal("date-line", page.PublishedSource);
    }

    [Fact]
    public void The_metadata_date_wins_over_the_stamp_and_a_date_range_or_release_date_is_no_stamp()
    {
        static NewsDocument Page(string metadata, string lead) => DocumentReader.ReadOne("festival.html", $"""
            <html><head>{metadata}</head><body><article><h1>Film festival opens</h1><div>{lead}</div>
            <p>The city's film festival opened on Friday with a sold-out screening, and organisers expect forty thousand visitors.</p>
            <p>Tickets for the closing night went on sale at noon and were gone within the hour, the organisers said.</p>
            </article></body></html>
            """);

        var stated = Page("""<meta property="article:published_time" content="2014-06-20T10:00:00Z">""", "Updated June 21, 2014 9:30 AM");
        Assert.Equal(new DateOnly(2014, 6, 20), stated.Published);
        Assert.Equal("html-meta", stated.PublishedSource);
        Assert.StartsWith("The city's film festival opened", stated.Body, StringComparison.Ordinal);

        Assert.Null(Page("", "October 14, 2013 – January 20, 2014").Published);
        Assert.Null(Page("", "Release Date 2014-06-26").Published);
        Assert.Equal(new DateOnly(2014, 6, 21), Page("", "By Jane Moss posted Jun 21st 2014 7:30PM").Published);
    }

    [Fact]
    public void A_short_sentence_or_a_dateline_that_opens_the_story_stays_in_the_body()
    {
        static NewsDocument Page(string opening) => DocumentReader.ReadOne("bridge.html", $"""
            <html><body><article><h1>Bridge reopens</h1><div class="kicker">Transport</div><p>{opening}</p>
            <p>Traffic returned to the river crossing on Monday after six weeks of repairs to its eastern span.</p>
            </article></body></html>
            """);

        Assert.StartsWith("The bridge is open.\n\nTraffic returned", Page("The bridge is open.").Body, StringComparison.Ordinal);
        var dated = Page("LAHORE: Open again");
        Assert.StartsWith("LAHORE: Open again", dated.Body, StringComparison.Ordinal);
        Assert.Equal("Lahore", dated.Dateline);
    }

    [Fact]
    public void An_element_hidden_by_its_class_is_no_part_of_the_body()
    {
        const string html = """
            <html><body><article><h1>Rail fares frozen</h1>
            <div class="email-alerts display-none"><p>Enter your email address and postcode to set up customised alerts for this topic.</p></div>
            <p>Rail fares will stay at this year's level until next spring, the transport ministry said on Thursday.</p>
            <p>Commuter groups welcomed the freeze but said services on the northern lines were still too crowded.</p>
            </article></body></html>
            """;

        var page = DocumentReader.ReadOne("fares.html", html);

        Assert.StartsWith("Rail fares will stay", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("email", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_known_by_its_class_leaves_the_body_and_is_the_caption_unless_it_is_a_byline()
    {
        const string html = """
            <html><body><div class="story"><h1>Dam gates opened</h1>
            <div class="post-info"><span class="caption">By Amir Latif posted Jul 2nd 2015 6:10PM</span></div>
            <div class="photo"><img src="dam.jpg"><span class="photoCredit">Tariq Mehmood / AFP</span>
            <p class="image-caption">Engineers inspect the spillway of the Tarbela Dam on Tuesday.</p></div>
            <p>Engineers opened two spillway gates of the Tarbela Dam on Tuesday as the reservoir reached its highest level this year.</p>
            <p>The water authority said farms downstream would receive more water for the sowing season, and warned villages on the riverbank.</p>
            </div></body></html>
            """;

        var page = DocumentReader.ReadOne("dam.html", html);

        Assert.StartsWith("Engineers opened two spillway gates", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("inspect the spillway", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("AFP", page.Body, StringComparison.Ordinal);
        Assert.Equal("Engineers inspect the spillway of the Tarbela Dam on Tuesday.", page.Caption);
        Assert.Equal(new DateOnly(2015, 7, 2), page.Published);
    }

    [Fact]
    public void A_label_and_a_bare_link_is_page_chrome_but_a_sentence_with_a_link_is_text()
    {
        const string html = """
            <html><body><article><h1>Library hours extended</h1>
            <p>The city library will open until ten at night from Monday, the council said, after students asked for more study space.</p>
            <p>The full timetable is at https://library.example.org/hours for anyone planning a visit.</p>
            <p>Read or Share this story: http://sho.rt/1x3DFko</p>
            </article></body></html>
            """;

        var page = DocumentReader.ReadOne("library.html", html);

        Assert.EndsWith("The full timetable is at https://library.example.org/hours for anyone planning a visit.", page.Body, StringComparison.Ordinal);
    }
}
