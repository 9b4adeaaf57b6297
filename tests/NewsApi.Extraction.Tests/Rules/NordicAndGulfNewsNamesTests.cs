using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 56, from Nordic and Gulf news (sets YH and YI): a town the tagger read as a person, towns joined by a route,
/// ministries of two portfolios, result lines, Gulf and handball clubs, a stadium named with "bin", firms named for
/// their trade in other languages; and, from the earlier sets' remaining errors, air bases, sports complexes and
/// administrative regions typed as organisations.
/// </summary>
public sealed class NordicAndGulfNewsNamesTests
{
    [Fact]
    public void A_listed_town_typed_a_place_once_is_the_town_where_the_tagger_read_a_person()
    {
        var entities = Extract("Shops have closed in border towns such as Kajaani and Joensuu since the crossings shut. "
            + "Kajaani has lost a third of its trade, officials said.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Kajaani", places);
        Assert.Contains("Joensuu", places);
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void Towns_joined_by_a_hyphen_before_a_route_are_each_a_place()
    {
        var entities = Extract("Crude flows through the Kirkuk-Ceyhan pipeline resumed on Saturday, the ministry said.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Kirkuk", places);
        Assert.Contains("Ceyhan", places);
        Assert.DoesNotContain("Kirkuk-Ceyhan", places);
    }

    [Fact]
    public void A_ministry_of_two_portfolios_is_named_whole_but_not_across_a_company()
    {
        var water = Extract("Jordan's Ministry of Water and Irrigation said the plant would open in 2029.");
        var contract = Extract("The Department of Water Resources and Pacific Gas and Electric Company signed the contract on Monday.");

        Assert.Contains("Ministry of Water and Irrigation", Names(water, EntityType.Organisation));
        Assert.DoesNotContain(contract, entity => entity.Name.Contains("Electric Company", StringComparison.Ordinal) && entity.Name.StartsWith("Department", StringComparison.Ordinal));
    }

    [Fact]
    public void A_result_line_names_two_clubs_not_one_person()
    {
        var entities = Extract("Result: Al Wahda 1-1 Al Wasl. Elsewhere, Shabab Al-Ahli beat Sharjah 2-0 on Tuesday.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Al Wahda", organisations);
        Assert.Contains("Al Wasl", organisations);
        Assert.Contains("Shabab Al-Ahli", organisations);
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("1-1", StringComparison.Ordinal));
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_gulf_club_is_one_organisation_with_or_without_its_article_and_hyphen()
    {
        var entities = Extract("Al-Hilal beat Al Nassr 3-1 in Riyadh on Friday. Hilal have now won six in a row at home, "
            + "and Al Hilal's coach said the title race was over.");

        var hilal = Assert.Single(entities, entity => entity.Name.Contains("Hilal", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organisation, hilal.Type);
        Assert.Contains("Al Nassr", Names(entities, EntityType.Organisation));
        Assert.Contains("Riyadh", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_stadium_named_after_someone_with_bin_is_one_place()
    {
        var entities = Extract("Fans queued outside the Khalifa bin Zayed Stadium for hours before the game.");

        Assert.Contains("Khalifa bin Zayed Stadium", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Zayed Stadium", Names(entities, EntityType.Place));
    }

    [Fact]
    public void Handball_clubs_named_with_an_abbreviation_are_organisations_and_a_city_before_a_position_is_the_club()
    {
        var entities = Extract("THW Kiel beat IK Sävehof 31-27 on Sunday. Karin Lund, who plays for IFK Kristianstad and Sweden, "
            + "scored nine. The Kiel centre back raised his arms to the crowd.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("THW Kiel", organisations);
        Assert.Contains("IK Sävehof", organisations);
        Assert.Contains("IFK Kristianstad", organisations);
        Assert.Contains("Sweden", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Kiel", Names(entities, EntityType.Place));
        Assert.Equal(["Karin Lund"], Names(entities, EntityType.Person));
    }

    [Fact]
    public void Firms_named_for_plantations_or_in_portuguese_for_mining_are_organisations()
    {
        var entities = Extract("Shares of Sundara Plantations fell 4% after the fund sold its stake, and Rio Pardo Mineração said it would "
            + "appeal. The cartoons first ran in Jyllands-Posten.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Sundara Plantations", organisations);
        Assert.Contains("Rio Pardo Mineração", organisations);
        Assert.Contains("Jyllands-Posten", organisations);
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void Hyphenated_electoral_districts_and_compass_words_are_not_split_into_towns()
    {
        var entities = Extract("Green candidate Andrew Hale is running in Windsor-Tecumseh. Traffic on the Virginia-North Carolina line was slow.");

        var places = Names(entities, EntityType.Place);
        Assert.DoesNotContain("Tecumseh", places);
        Assert.DoesNotContain("North", places);
    }

    [Fact]
    public void A_stadium_named_with_bin_is_one_place_where_the_tagger_read_bin_with_the_name_before()
    {
        var entities = Extract("Al Ain coach Marko Juric says his team will play without fear when they host Saudi giants Al Hilal at "
            + "Hazza bin Zayed Stadium on Tuesday.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Hazza bin Zayed Stadium", places);
        Assert.DoesNotContain("Hazza", places);
    }

    [Fact]
    public void An_adjective_the_country_lists_also_give_as_the_countrys_name_is_no_place_before_a_noun()
    {
        var entities = Extract("Thai officials said the talks would resume. Saudi investors bought most of the shares, and US troops stayed.");

        var places = Names(entities, EntityType.Place);
        Assert.DoesNotContain("Thai", places);
        Assert.DoesNotContain("Saudi", places);
        Assert.Contains("US", places);
    }

    [Fact]
    public void An_icelandic_town_the_tagger_read_as_a_person_is_a_place()
    {
        var entities = Extract("Einar Jonsson says Grindavík is not a ghost town but a town waiting. Of the 3,700 people who lived in "
            + "Grindavík before November, fewer than 100 remain.");

        Assert.Contains("Grindavík", Names(entities, EntityType.Place));
        Assert.Equal(["Einar Jonsson"], Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_common_word_opening_a_quotation_is_no_name_where_the_text_also_writes_it_in_lower_case()
    {
        var entities = Extract("The minister defended the deal. \"Transparency is not a threat to the project,\" he said, promising transparency on costs.");

        Assert.DoesNotContain(entities, entity => entity.Name == "Transparency");
    }

    [Fact]
    public void A_surname_written_without_its_arabic_article_is_the_same_person()
    {
        var entities = Extract("Barzani thanked Prime Minister al-Sudani and all who worked for this day. His office says he spoke by phone "
            + "with Sudani earlier this morning.");

        var sudani = Assert.Single(entities, entity => entity.Name.Contains("Sudani", StringComparison.Ordinal));
        Assert.Contains("Sudani", sudani.Aliases);
    }

    [Fact]
    public void Air_bases_sports_complexes_and_administrative_regions_are_places()
    {
        var entities = Extract("Troops flew from Villamor Air Base in Pasay on Monday. The games were held at the Cagayan Sports Complex. "
            + "Officials in the Cordillera Administrative Region said roads were closed.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Villamor Air Base", places);
        Assert.Contains("Cagayan Sports Complex", places);
        Assert.Contains("Cordillera Administrative Region", places);
        Assert.Empty(Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_name_listed_beside_a_place_after_around_is_a_place_though_no_list_knows_either()
    {
        var entities = Extract("In Kladovo, where Mayor Milica Jovanovic has asked for help, the water is rising. The stretch around "
            + "Kladovo and Negotin remains vulnerable.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Kladovo", places);
        Assert.Contains("Negotin", places);
        Assert.Equal(["Milica Jovanovic"], Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_name_before_a_mine_a_field_or_a_pipeline_is_the_sites_place_but_not_a_listed_firms()
    {
        var entities = Extract("The Hongyuan coal mine in Shanxi flooded, and gas from the Sangomar field reached Dakar through the Medgaz "
            + "pipeline. The Glencore mine closed.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Hongyuan", places);
        Assert.Contains("Sangomar", places);
        Assert.Contains("Medgaz", places);
        Assert.DoesNotContain("Glencore", places);
    }

    [Fact]
    public void A_name_after_a_designer_a_producer_a_developer_or_a_daily_is_a_firms_or_a_papers()
    {
        var entities = Extract("The chief executive told business daily Kauppalehti that nothing had changed. Apple bought chip designer "
            + "Anobit last year, and hydropower producer Hidroelectrica cut output. Film producer Harvey Weinstein was there, and "
            + "the president takes a daily Aspirin.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Kauppalehti", organisations);
        Assert.Contains("Anobit", organisations);
        Assert.Contains("Hidroelectrica", organisations);
        Assert.DoesNotContain("Aspirin", organisations);
        Assert.Contains("Harvey Weinstein", Names(entities, EntityType.Person));
    }
}
