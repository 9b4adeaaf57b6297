using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 48's fresh news in the style of American wire copy of 2009-2012 (a celebrity's arrest, an NFL team's season, a
/// laptop launch, an Indonesian earthquake): state abbreviations, bodies and firms named by initials or listed names the
/// tagger never saw, islands, counties inside court names and teams named by their city.
/// </summary>
public sealed class AmericanNewsNamesTests
{
    [Fact]
    public void A_states_abbreviation_after_a_town_is_a_place_written_with_its_period_even_at_a_sentences_end()
    {
        var entities = Extract("The game is held in late January in Mobile, Ala. Under NFL rules, teams must interview a minority "
            + "candidate. Intel, based in Santa Clara, Calif., earns most of its revenue from chips. Lenovo has its main U.S. operations "
            + "in Morrisville, N.C., and Nvidia Corp. supplies the graphics.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Ala.", places);
        Assert.Contains("Calif.", places);
        Assert.Contains("N.C.", places);
        Assert.DoesNotContain("Ala", places);
        Assert.Empty(Assert.Single(entities, entity => entity.Name.StartsWith("Nvidia", StringComparison.Ordinal)).Aliases);
    }

    [Fact]
    public void Products_are_no_names_and_the_red_cross_federation_is_named_whole()
    {
        var entities = Extract("Apple's new MacBook Air uses Intel's Ivy Bridge chips, the International Federation of Red Cross and Red "
            + "Crescent Societies said.");

        Assert.DoesNotContain(entities, entity => entity.Name is "MacBook Air" or "Ivy Bridge");
        Assert.Contains("International Federation of Red Cross and Red Crescent Societies", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_name_before_a_comma_and_a_states_abbreviation_is_a_town()
    {
        var entities = Extract("Gary, Ind., is about 30 miles from the arena. Whitfield grew up rooting for the team.");

        Assert.Contains("Gary", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Gary", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_states_abbreviation_is_the_state_the_article_names_in_full()
    {
        var entities = Extract("Intel, based in Santa Clara, Calif., earns most of its revenue outside California.");

        Assert.Contains("Calif.", Assert.Single(entities, entity => entity.Name == "California").Aliases);
    }

    [Fact]
    public void Bodies_and_the_celebrity_press_named_by_initials_are_organisations_also_before_a_noun()
    {
        var organisations = Names(Extract("The celebrity website TMZ first reported the arrest. Less than a mile later, an LAPD patrol "
            + "car was behind her. Los Angeles has been without an NFL franchise since 1995, and Us Weekly ran the story."), EntityType.Organisation);

        Assert.Contains("TMZ", organisations);
        Assert.Contains("LAPD", organisations);
        Assert.Contains("NFL", organisations); // not a work's title, as "the Harry Potter franchise" is
        Assert.Contains("Us Weekly", organisations);
    }

    [Fact]
    public void Armed_forces_and_disaster_agencies_named_by_initials_alone_are_organisations()
    {
        var organisations = Names(Extract("TNI soldiers cleared the road to Ampana, and the BNPB said 23 people had died. The KMT and "
            + "the LDP sent condolences."), EntityType.Organisation);

        Assert.Superset(new HashSet<string> { "TNI", "BNPB", "KMT", "LDP" }, organisations);
    }

    [Fact]
    public void Regional_newspapers_and_sports_bodies_that_wire_copy_cites_are_organisations()
    {
        var organisations = Names(Extract("The owner told the Times-Union that the team would stay. It won the AFC title in 2007, the "
            + "Star-Ledger and the IAAF said."), EntityType.Organisation);

        Assert.Superset(new HashSet<string> { "Times-Union", "AFC", "Star-Ledger", "IAAF" }, organisations);
    }

    [Fact]
    public void A_listed_company_of_several_words_is_found_whole_but_not_one_opening_with_a_given_name()
    {
        var entities = Extract("Shares of Best Buy fell 3 percent, while Home Depot rose. Advanced Micro Devices Inc. is pushing cheaper "
            + "chips. Lenovo, Dell, Hewlett-Packard and Acer have all announced ultrabooks. Charles Schwab said he would retire.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Best Buy", organisations);
        Assert.Contains("Home Depot", organisations);
        Assert.Contains("Advanced Micro Devices Inc.", organisations);
        Assert.Contains("Hewlett-Packard", organisations);
        Assert.Contains("Acer", organisations);
        Assert.Contains("Charles Schwab", Names(entities, EntityType.Person));
    }

    [Fact]
    public void An_island_or_a_province_named_before_its_division_is_a_place_after_off_or_at_a_sentences_start()
    {
        var places = Names(Extract("A magnitude 6.6 earthquake struck off Sulawesi on Tuesday. Ferries to Lesbos were halted and rescuers "
            + "reached Mindoro. A quake off Aceh province in 2004 triggered a tsunami. Riau province was spared."), EntityType.Place);

        Assert.Contains("Sulawesi", places);
        Assert.Contains("Lesbos", places);
        Assert.Contains("Mindoro", places);
        Assert.Contains("Aceh", places);
        Assert.Contains("Riau", places);
    }

    [Fact]
    public void A_county_that_opens_a_courts_or_a_boards_name_is_a_place_of_its_own()
    {
        var entities = Extract("Her arraignment in Los Angeles County Superior Court is set for June 8. The Cook County Board of "
            + "Commissioners met on Tuesday.");

        Assert.Contains("Los Angeles County", Names(entities, EntityType.Place));
        Assert.Contains("Cook County", Names(entities, EntityType.Place));
        Assert.Contains("Los Angeles County Superior Court", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain(entities, entity => entity.Aliases.Contains("Cook County"));
    }

    [Fact]
    public void In_a_sports_report_a_city_after_losses_or_among_teams_is_its_team()
    {
        var organisations = Names(Extract("The Jaguars fired coach Mike Delaney on Monday after a 31-13 loss to Tennessee. Interim coach "
            + "Ray Sutton is 0-2 in the job after losses to Indianapolis and at Washington. The quarterback threw two touchdowns and the "
            + "defense forced three punts. Several teams, including Denver, were already searching for coaches before the playoffs."),
            EntityType.Organisation);

        Assert.Contains("Indianapolis", organisations);
        Assert.Contains("Denver", organisations);
    }

    [Fact]
    public void A_players_position_before_the_name_is_a_role_not_part_of_the_name()
    {
        var entities = Extract("Kicker Kyle Brandt missed a 42-yard field goal. Linebacker Omar Hayes made ten tackles, and shortstop "
            + "Luis Ortega homered.");

        Assert.Equal(["Kyle Brandt", "Luis Ortega", "Omar Hayes"], Names(entities, EntityType.Person).Order());
        Assert.Equal(["Kicker"], Assert.Single(entities, entity => entity.Name == "Kyle Brandt").Roles);
    }

    [Fact]
    public void An_ocean_named_by_its_adjective_alone_is_a_place_but_not_before_a_noun_or_a_longer_name()
    {
        var entities = Extract("The clinic overlooks the Pacific, and the carrier has been stationed in the Pacific since 1961. Leaders of the "
            + "Pacific Islands Forum met. Submarines travelled below the Arctic ice cap.");

        Assert.Contains("Pacific", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Arctic", Names(entities, EntityType.Place));
        Assert.Contains("Pacific Islands Forum", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Initials_count_each_part_of_a_hyphenated_name_but_not_the_legal_form()
    {
        // Set XK wrote "Hewlett-Packard Co." and "HP" in one article; the archive "Agence France-Presse" and "AFP".
        var entities = Extract("Hewlett-Packard Co. cut prices, and HP said demand was weak. Agence France-Presse reported the cuts, AFP said.");

        Assert.Contains("HP", Assert.Single(entities, entity => entity.Name == "Hewlett-Packard Co.").Aliases);
        Assert.Contains("AFP", Assert.Single(entities, entity => entity.Name == "Agence France-Presse").Aliases);
    }

    [Fact]
    public void In_a_sports_report_a_clubs_nickname_after_the_is_the_team_its_city_names()
    {
        var entities = Extract("Tennessee beat Jacksonville 31-13 on Sunday. Chris Johnson ran for 130 yards as the Titans pulled away, and "
            + "Pittsburgh lost to Buffalo. The Steelers fumbled twice while the Bills scored three touchdowns.");

        Assert.Contains("Titans", Assert.Single(entities, entity => entity.Name == "Tennessee").Aliases);
        Assert.Contains("Steelers", Assert.Single(entities, entity => entity.Name == "Pittsburgh").Aliases);
        Assert.Contains("Bills", Assert.Single(entities, entity => entity.Name == "Buffalo").Aliases);
    }

    [Fact]
    public void Outside_sport_a_plural_after_the_stays_a_word()
    {
        var entities = Extract("Lawmakers debated the Bills on Tuesday, and the Giants of industry lobbied the committee.");

        Assert.DoesNotContain(entities, entity => entity.Name is "Bills" or "Giants");
    }

    [Fact]
    public void Initials_of_things_are_no_organisations()
    {
        var entities = Extract("Lenovo gained share in the PC market as USB chargers and GPS units sold well. The PC makers said so.");

        Assert.Equal(["Lenovo"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void A_titled_surname_that_family_members_share_is_the_one_the_headline_names()
    {
        var entities = Pipeline.Process("made-up.txt", "For Jenna Marlowe, a fall that friends saw coming\n\nActress Jenna Marlowe checked into "
            + "a clinic on Monday. Her mother, Lynn Marlowe, a former model, managed her career. Ms. Marlowe thanked her fans.").Entities;

        Assert.Contains("Ms. Marlowe", Assert.Single(entities, entity => entity.Name == "Jenna Marlowe").Aliases);
        Assert.Empty(Assert.Single(entities, entity => entity.Name == "Lynn Marlowe").Aliases);
    }

    [Fact]
    public void Chief_executive_before_a_name_is_a_role_but_an_executive_body_keeps_its_name()
    {
        var entities = Extract("Chief Executive Tim Cook told developers the laptops would ship. Officials of the Health Service Executive met "
            + "Chief Executive of Electric Sheep, Sibley Verbeck.");

        Assert.Equal(["Chief Executive"], Assert.Single(entities, entity => entity.Name == "Tim Cook").Roles);
        Assert.Contains("Health Service Executive", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Electric Sheep", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_titles_first_words_the_tagger_read_into_a_body_or_place_are_the_titles()
    {
        var entities = Extract("White House Press Secretary Scott McClellan claimed that the strategy worked. John Sarcone, the Polk "
            + "County District Attorney, says that he plans to appeal. The County District Attorney has scheduled a press conference. "
            + "Manhattan District Attorney Cyrus Vance Jr. and U.S. Deputy Press Secretary Gordon Johndroe spoke.");

        Assert.DoesNotContain(entities, entity => entity.Name.EndsWith("Press", StringComparison.Ordinal) || entity.Name.EndsWith("District", StringComparison.Ordinal));
        Assert.Contains("White House", Names(entities, EntityType.Place));
        Assert.Contains("Polk County", Names(entities, EntityType.Place));
        Assert.Contains("Manhattan", Names(entities, EntityType.Place));
        Assert.Equal(["District Attorney"], Assert.Single(entities, entity => entity.Name.StartsWith("Cyrus Vance", StringComparison.Ordinal)).Roles);
        Assert.Equal(["Deputy Press Secretary"], Assert.Single(entities, entity => entity.Name == "Gordon Johndroe").Roles);
    }

    [Fact]
    public void A_title_starts_after_the_body_or_school_it_follows_not_inside_its_name()
    {
        var entities = Extract("Associated Press Chief Correspondent John Daniszewski said so, and Ohio State President Gordon Gee agreed. "
            + "On Friday, United States Federal District Judge Michael Urbanski sentenced him.");

        Assert.Equal(["Chief Correspondent"], Assert.Single(entities, entity => entity.Name == "John Daniszewski").Roles);
        Assert.Equal(["President"], Assert.Single(entities, entity => entity.Name == "Gordon Gee").Roles);
        Assert.Contains("Associated Press", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("District", StringComparison.Ordinal));
    }
}
