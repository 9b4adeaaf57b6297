using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Tests.Seeds;

namespace NewsApi.Extraction.Tests.Documents;

public sealed class PlainTextReaderTests
{
    private static readonly NewsDocument Meeting =
        PlainTextReader.Read(SeedDocuments.MunirMeetsHasanov, SeedDocuments.Read(SeedDocuments.MunirMeetsHasanov));

    private static readonly NewsDocument Lachin =
        PlainTextReader.Read(SeedDocuments.MunirInLachin, SeedDocuments.Read(SeedDocuments.MunirInLachin));

    [Fact]
    public void First_seed_has_its_section_headline_and_dateline()
    {
        Assert.Equal("International", Meeting.Section);
        Assert.Equal("Field Marshal Munir Discusses Regional Security Dynamics with Azerbaijani Defence Minister", Meeting.Headline);
        Assert.False(Meeting.HeadlineDerived);
        Assert.Equal("Islamabad", Meeting.Dateline);
        Assert.StartsWith("ISLAMABAD: Chief of Army Staff (COAS)", Meeting.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_wrapped_at_a_fixed_width_is_read_as_whole_paragraphs()
    {
        var wrapped = PlainTextReader.Read("wrapped.txt", string.Join('\n',
            "Court orders phone tapping to stop",
            "2025-02-11",
            "",
            "ISLAMABAD: The Islamabad High Court on Tuesday declared phone tapping",
            "without a judicial warrant unconstitutional and ordered the Ministry of",
            "Information Technology and Telecommunication to report within 30 days.",
            "",
            "Lawyers for the petitioners said the ruling, which binds all federal",
            "agencies, was the most important privacy judgment in the country's",
            "history. The government has not said whether it will appeal the anti-",
            "terror provisions."));

        Assert.Equal("Court orders phone tapping to stop", wrapped.Headline);
        var paragraphs = wrapped.Body.Split("\n\n");
        Assert.Equal(2, paragraphs.Length);
        Assert.Contains("ordered the Ministry of Information Technology and Telecommunication to report", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("appeal the anti-terror provisions.", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_one_item_a_line_is_not_read_as_wrapped_text()
    {
        // Joined, "led by Mikko Lehtonen Finns Party" had become one organisation.
        var list = PlainTextReader.Read("list.txt", string.Join('\n',
            "Finland's coalition talks explained",
            "2019-05-02",
            "",
            "Eight parties won seats in the 200-member parliament, the Eduskunta:",
            "",
            "Social Democratic Party (SDP): 40 seats, led by Mikko Lehtonen",
            "Finns Party (Perussuomalaiset): 39 seats, led by Tuomas Heikkila",
            "National Coalition Party (Kokoomus): 38 seats, led by Elina Virtanen",
            "Centre Party (Keskusta): 31 seats, led by Juhani Korhonen",
            "",
            "No Finnish party has won an outright majority since independence in 1917."));

        Assert.Contains("Social Democratic Party (SDP): 40 seats, led by Mikko Lehtonen\n\nFinns Party", list.Body, StringComparison.Ordinal);
        Assert.Empty(list.Subheadings); // running text, which the tagger reads
    }

    [Fact]
    public void Text_written_one_paragraph_a_line_keeps_its_paragraphs()
    {
        var lines = PlainTextReader.Read("lines.txt", string.Join('\n',
            "Court orders phone tapping to stop",
            "2025-02-11",
            "",
            "ISLAMABAD: The Islamabad High Court on Tuesday declared phone tapping without a judicial warrant unconstitutional.",
            "Background",
            "Lawyers for the petitioners said the ruling was the most important privacy judgment in the country's history.",
            "The government has not said whether it will appeal."));

        Assert.Equal(4, lines.Body.Split("\n\n").Length);
    }

    [Fact]
    public void First_seed_gives_no_published_date_because_its_text_has_none()
    {
        Assert.Null(Meeting.Published);
        Assert.Null(Meeting.PublishedSource);
    }

    [Fact]
    public void First_seed_lists_its_subheadings_in_order()
    {
        Assert.Equal(["Focus on Strengthening Defence Cooperation", "Bilateral Relations and Future Prospects"], Meeting.Subheadings);
    }

    [Theory]
    [InlineData("Related Articles")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Back to top button")]
    public void Page_chrome_never_reaches_the_body(string chrome)
    {
        Assert.DoesNotContain(chrome, Meeting.Body, StringComparison.Ordinal);
        Assert.EndsWith("a promising future for Pakistan-Azerbaijan relations.", Meeting.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_sites_follow_and_related_lines_are_no_part_of_the_story()
    {
        var story = PlainTextReader.Read("tax.txt", "Council tax to rise\n\nBradford's council tax will rise by 9.9% from April, the council said.\n\n"
            + "The new charges come into force on 1 April.\n\nRelated coverage: Bradford libraries face axe in cost-cutting plans\n\n"
            + "Follow BBC Yorkshire on Facebook, X (formerly Twitter) and Instagram. Send your story ideas to yorkslincs.news@bbc.co.uk.\n");

        Assert.EndsWith("The new charges come into force on 1 April.", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Instagram", story.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_broken_before_its_full_stop_is_joined_to_the_sentence_it_ends()
    {
        Assert.Contains("Trilateral Summit in Lachin. Accompanying him were key officials", Meeting.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_seed_splits_its_date_prefix_from_the_caption_and_credit()
    {
        Assert.Null(Lachin.Section);
        Assert.Equal(new DateOnly(2025, 5, 28), Lachin.Published);
        Assert.Equal("date-line", Lachin.PublishedSource);
        Assert.Equal(
            "Field Marshal Syed Asim Munir in a meeting with Azerbaijani Minister of Defence Colonel General Hasanov Zakir Asgar Oglu in Lachin, Azerbaijan, on May 28, 2025. —ISPR",
            Lachin.Caption);
        Assert.Equal("ISPR", Lachin.Credit);
        Assert.Equal("Rawalpindi", Lachin.Dateline);
        Assert.StartsWith("RAWALPINDI: Field Marshal Syed Asim Munir", Lachin.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_seed_without_a_headline_gets_one_derived_from_its_caption()
    {
        Assert.True(Lachin.HeadlineDerived);
        Assert.StartsWith("Field Marshal Syed Asim Munir in a meeting with", Lachin.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("ISPR", Lachin.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_layout_reads_headline_then_iso_date_then_body()
    {
        var document = PlainTextReader.Read("bench.txt", "Robots win medal\n2017-07-21\n\nFriday, July 21, 2017\nA team of girls won a medal on Tuesday.\n");

        Assert.Equal("Robots win medal", document.Headline);
        Assert.Equal(new DateOnly(2017, 7, 21), document.Published);
        Assert.Equal("Friday, July 21, 2017\n\nA team of girls won a medal on Tuesday.", document.Body);
    }

    [Fact]
    public void A_date_written_in_the_story_is_never_taken_as_the_published_date()
    {
        var document = PlainTextReader.Read("text-date.txt", "Talks resume\n\nKABUL: Talks resumed on March 3, 2024, officials said after a long pause.");

        Assert.Null(document.Published);
        Assert.Null(document.PublishedSource);
        Assert.Equal("Kabul", document.Dateline);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_read_like_plain_lines()
    {
        var document = PlainTextReader.Read("crlf.txt", "\uFEFFTalks resume\r\n\r\nNEW DELHI: Officials met again in the capital to resume talks.\r\nShare this:\r\n");

        Assert.Equal("Talks resume", document.Headline);
        Assert.Equal("New Delhi", document.Dateline);
        Assert.Equal("NEW DELHI: Officials met again in the capital to resume talks.", document.Body);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \n\t\n ", "empty")]
    [InlineData("Just a headline", "No article text")]
    [InlineData("Related Articles\nLeave a Reply\nBack to top button", "No article text")]
    [InlineData("Head\0line\n\nBody text that goes on for a while here.", "binary")]
    public void Unreadable_input_is_rejected_with_a_reason(string content, string reason)
    {
        var error = Assert.Throws<DocumentFormatException>(() => PlainTextReader.Read("bad.txt", content));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_pages_published_and_updated_stamps_above_the_story_are_no_text_of_it()
    {
        var stamped = PlainTextReader.Read("stamped.txt", string.Join('\n',
            "Trustees vote to buy out superintendent",
            "2019-07-30",
            "",
            "Published: 6:12 PM CDT July 30, 2019",
            "",
            "Updated: 7:05 AM CDT July 31, 2019",
            "",
            "MANSFIELD, Texas — Superintendent Calvin Prewitt will leave the district after a recall election that ousted three trustees.",
            "",
            "Published figures show the district grew by 4,000 students since 2015, the board said."));

        Assert.StartsWith("MANSFIELD, Texas", stamped.Body, StringComparison.Ordinal);
        Assert.Contains("Published figures show", stamped.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("CDT", stamped.Body, StringComparison.Ordinal);
    }
}
