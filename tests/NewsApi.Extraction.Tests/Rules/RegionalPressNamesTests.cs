using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 50's fresh news from the English-language press of South Asia, Africa and the Gulf (an Indian state's count, a
/// Kenyan tea auction, a Nigerian oil spill case, a Gulf airline merger): parties that split and name themselves in
/// brackets, airlines and their aircraft, the Gulf, places named by their kind in Hindi or English, and datelines of two cities.
/// </summary>
public sealed class RegionalPressNamesTests
{
    [Fact]
    public void Indian_parties_named_with_a_bracket_are_one_organisation_each()
    {
        var entities = Extract("The Congress and the Janata Dal (Secular) formed an alliance. JD(S) leader H.D. Kumaraswamy said the BJP "
            + "had no majority. The CPI(M) and the JD(U) disagreed.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("JD(S)", Assert.Single(entities, entity => entity.Name == "Janata Dal (Secular)").Aliases);
        Assert.Contains("CPI(M)", organisations);
        Assert.Contains("JD(U)", organisations); // one letter apart, yet no misspelling of JD(S)
        Assert.DoesNotContain("JD", Names(entities, EntityType.Person));
    }

    [Fact]
    public void An_airline_named_emirates_is_no_country_and_a_makers_model_names_the_maker()
    {
        var entities = Extract("Emirates operates the world's largest fleets of Airbus A380 and Boeing 777 aircraft, while Etihad flies "
            + "Boeing 787 and Airbus A350 jets. He flew to the Emirates last year. Unions accused Gulf carriers of subsidies, and talks "
            + "in the Gulf went on.");

        Assert.Contains("Emirates", Names(entities, EntityType.Organisation));
        Assert.Contains("Emirates", Names(entities, EntityType.Place));
        Assert.Contains("Airbus", Names(entities, EntityType.Organisation));
        Assert.Contains("Gulf", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Gulf", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Places_named_by_their_kind_are_places_not_people()
    {
        var places = Names(Extract("Hegde was sworn in at Raj Bhavan on Thursday. Oil leaked into Kolo Creek. He won R.R. Nagar by "
            + "2,000 votes."), EntityType.Place);

        Assert.Contains("Raj Bhavan", places);
        Assert.Contains("Kolo Creek", places);
        Assert.Contains("R.R. Nagar", places);
    }

    [Fact]
    public void A_dateline_of_two_cities_names_both()
    {
        var places = Names(Extract("BENGALURU/NEW DELHI: B. Prabhakar Hegde was sworn in as Chief Minister of Karnataka on Thursday."), EntityType.Place);

        Assert.Contains("Bengaluru", places);
        Assert.Contains("New Delhi", places);
        Assert.DoesNotContain("DELHI", places);
    }

    [Fact]
    public void A_chief_or_alhaji_is_a_person_and_a_listed_firm_is_named_whole()
    {
        var entities = Extract("Speaking in Yenagoa on Tuesday, the paramount ruler of Ikarama, Chief Ayibakuro Ebikeme, said the community "
            + "was suing Royal Dutch Shell. Alhaji Atiku Abubakar agreed, and Chief Executive Officer Tim Cook did not.");

        Assert.Equal(["Chief"], Assert.Single(entities, entity => entity.Name == "Ayibakuro Ebikeme").Roles);
        Assert.Equal(["Alhaji"], Assert.Single(entities, entity => entity.Name == "Atiku Abubakar").Roles);
        Assert.Equal(["Chief Executive Officer"], Assert.Single(entities, entity => entity.Name == "Tim Cook").Roles);
        Assert.Contains("Royal Dutch Shell", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_surname_found_after_a_title_keeps_the_initials_written_before_it_elsewhere()
    {
        // The tagger missed "K. Thippeswamy"; "Mr. Thippeswamy" made the surname known, and its first mention lost the initial.
        var entities = Extract("In Chitradurga, the Congress candidate lost to K. Thippeswamy of the BJP by 9,214 votes. Mr. Thippeswamy "
            + "thanked voters.");

        Assert.Contains("Thippeswamy", Assert.Single(entities, entity => entity.Name == "K. Thippeswamy").Aliases);
    }

    [Fact]
    public void A_firm_named_by_its_trade_in_the_plural_is_an_organisation()
    {
        var organisations = Names(Extract("Buyers at the auction included Africa Tea Brokers and Kenya Tea Packers, which said prices fell."),
            EntityType.Organisation);

        Assert.Contains("Africa Tea Brokers", organisations);
        Assert.Contains("Kenya Tea Packers", organisations);
    }
}
