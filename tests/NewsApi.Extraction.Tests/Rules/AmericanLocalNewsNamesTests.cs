using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>Stop 51's fresh American local news: school boards, city councils, county officials, state lawmakers.</summary>
public sealed class AmericanLocalNewsNamesTests
{
    [Fact]
    public void A_weekday_before_a_known_surname_is_no_given_name()
    {
        var people = Names(Extract("Superintendent Calvin Prewitt will leave. On Thursday Prewitt and the board's attorney, Celeste Whitlock, "
            + "began talks. Prewitt declined to comment."), EntityType.Person);

        Assert.Contains("Calvin Prewitt", people);
        Assert.DoesNotContain("Thursday Prewitt", people);
    }
}
