using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

public sealed class ImplausibleDatesTests
{
    [Fact]
    public void A_placeholder_date_of_year_one_is_dropped_with_a_warning_and_the_page_is_still_read()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Council votes on harbour plan", "datePublished": "0001-01-01T00:00:00Z"}
            </script></head><body><article><h1>Council votes on harbour plan</h1>
            <p>The city council voted on Tuesday to approve the harbour plan after two years of public consultation.</p>
            </article></body></html>
            """;

        var page = DocumentReader.ReadOne("harbour.html", html);

        Assert.Equal("Council votes on harbour plan", page.Headline);
        Assert.Null(page.Published);
        Assert.Null(page.PublishedSource);
        Assert.Empty(page.DateReferences);
        Assert.Equal(["published date 0001-01-01 (json-ld) dropped: before 1900-01-01"], page.Warnings);
    }

    [Fact]
    public void A_date_in_the_far_future_is_dropped_with_a_warning()
    {
        const string json = """{"title": "Bridge reopens", "published": "9999-12-31", "body": "The bridge reopened to traffic on Monday after repairs that took most of the year."}""";

        var story = DocumentReader.ReadOne("bridge.json", json);

        Assert.Null(story.Published);
        Assert.Equal(["published date 9999-12-31 (json-field) dropped: in the future"], story.Warnings);
    }

    [Fact]
    public void A_plausible_date_gives_no_warning()
    {
        var story = DocumentReader.ReadOne("talks.txt", "Talks resume\n1999-12-31\n\nThe delegations met on Friday in the capital to resume talks.");

        Assert.Equal(new DateOnly(1999, 12, 31), story.Published);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void Weekdays_are_resolved_up_to_the_first_and_last_days_a_date_can_have_and_never_past_them()
    {
        const string text = "They met on Tuesday and will meet next Tuesday.";

        // 0001-01-01 was a Monday and 9999-12-31 a Friday.
        Assert.Equal([new DateOnly(1, 1, 2)], WeekdayReferences.Resolve(text, DateOnly.MinValue).Select(reference => reference.Date));
        Assert.Equal([new DateOnly(9999, 12, 28)], WeekdayReferences.Resolve(text, DateOnly.MaxValue).Select(reference => reference.Date));
    }
}
