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

    [Fact]
    public void A_state_lawmakers_label_names_the_home_town_and_a_state_written_without_its_dot()
    {
        var entities = Extract("State Sen. Gail Brockway, R-Casa Grande, chairs the committee. Rep. Tom Ames (D-Sandwich) objected, as did "
            + "Sen. John Kerry (D-Mass). Intel, D-Link, Acer and Asus showed laptops.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Casa Grande", places);
        Assert.Contains("Sandwich", places);
        Assert.Contains("Massachusetts", places);
        Assert.DoesNotContain("R-Casa Grande", places);
        Assert.DoesNotContain("Link", places);
    }

    [Fact]
    public void A_township_is_a_place_and_a_citys_attorney_is_a_person_of_that_city()
    {
        var entities = Extract("Residents of Jackson Township are not eligible. Casa Grande City Attorney Dolores Navarrete said the city "
            + "would appeal. Phoenix City Attorney Mary Smithers agreed.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Jackson Township", places);
        Assert.Contains("Casa Grande", places);
        Assert.Contains("Phoenix", places);
        Assert.Contains("Dolores Navarrete", Names(entities, EntityType.Person));
        Assert.Contains("Mary Smithers", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_school_named_after_a_lake_or_a_ridge_is_an_organisation()
    {
        var entities = Extract("Students at Lake Ridge High School walked out on Monday, and parents at Kennedy Elementary School joined them.");

        Assert.Contains("Lake Ridge High School", Names(entities, EntityType.Organisation));
        Assert.Contains("Kennedy Elementary School", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Lake Ridge High School", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_group_named_for_its_members_and_its_cause_is_an_organisation()
    {
        var entities = Extract("Organizers with Mansfield Parents for Accountability say they collected 9,400 signatures. Grover Norquist, "
            + "president of Americans for Tax Reform, said the pledge stands. Lawyers for Siméus argued the case.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Mansfield Parents for Accountability", organisations);
        Assert.Contains("Americans for Tax Reform", organisations);
        Assert.DoesNotContain(organisations, name => name.Contains("Siméus", StringComparison.Ordinal));
        Assert.DoesNotContain("Americans", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_bare_court_is_the_states_court_the_article_introduced_first()
    {
        var entities = Extract("The Arizona Supreme Court ruled on Tuesday for the tribe. The Supreme Court sent the case back to a lower "
            + "court. The case could still reach the U.S. Supreme Court, lawyers said.");

        Assert.Contains("Supreme Court", Assert.Single(entities, entity => entity.Name == "Arizona Supreme Court").Aliases);
        Assert.DoesNotContain("Supreme Court", Assert.Single(entities, entity => entity.Name == "U.S. Supreme Court").Aliases);
    }
}
