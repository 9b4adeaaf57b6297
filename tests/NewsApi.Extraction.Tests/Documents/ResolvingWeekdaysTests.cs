using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

public sealed class ResolvingWeekdaysTests
{
    // Published on Friday, May 30, 2025.
    private const string Report = """
        Talks resume in Baku
        2025-05-30

        The delegations met on Friday after talks broke down last Friday, and they met again on Wednesday. Officials said a final round would be held next Friday.
        """;

    [Fact]
    public void A_bare_weekday_is_the_latest_such_day_on_or_before_publication_and_last_and_next_move_a_week()
    {
        var document = DocumentReader.ReadOne("talks.txt", Report);

        Assert.Equal(
            [
                ("on Friday", new DateOnly(2025, 5, 30)), ("last Friday", new DateOnly(2025, 5, 23)),
                ("on Wednesday", new DateOnly(2025, 5, 28)), ("next Friday", new DateOnly(2025, 6, 6)),
            ],
            document.DateReferences.Select(reference => (reference.Text, reference.Date)));
    }

    [Fact]
    public void Without_a_published_date_no_weekday_is_resolved()
    {
        var document = DocumentReader.ReadOne("talks.txt", Report.Replace("2025-05-30\n", "", StringComparison.Ordinal));

        Assert.Null(document.Published);
        Assert.Empty(document.DateReferences);
    }
}
