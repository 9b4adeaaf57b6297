using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 49's fresh news (a pilots' strike at a European airline, a basketball star's move between two NBA teams): airlines
/// and brands written in lower case, a listed body's unit or the body before its chief read as a person, a club's
/// nickname and its arena in an article about sport that reports no game.
/// </summary>
public sealed class AirlinesAndTeamsTests
{
    [Fact]
    public void Airlines_are_listed_and_a_brand_written_in_lower_case_is_found()
    {
        var organisations = Names(Extract("Competitors gained. Air Berlin carried 40,000 more passengers, while Ryanair and easyJet "
            + "reported strong demand and Germanwings added flights."), EntityType.Organisation);

        Assert.Superset(new HashSet<string> { "Air Berlin", "Ryanair", "easyJet", "Germanwings" }, organisations);
        Assert.Contains("Etihad Airways", Names(Extract("Gulf carriers such as Etihad Airways of Abu Dhabi gained."), EntityType.Organisation)); // a firm from there
    }

    [Fact]
    public void A_listed_bodys_unit_read_as_a_person_is_an_organisation_and_does_not_take_the_body()
    {
        var entities = Extract("Demand was strong at easyJet, while Lufthansa Cargo cancelled most of its freighter flights. Lufthansa "
            + "said the strike cost it EUR90 million.");

        Assert.Contains("Lufthansa Cargo", Names(entities, EntityType.Organisation));
        Assert.Contains("Lufthansa", Names(entities, EntityType.Organisation));
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_listed_body_before_its_chiefs_name_is_named_apart_and_mediators_and_writers_are_titles()
    {
        var entities = Extract("Chief Executive of Volkswagen Klaus Berger issued a public apology on Sunday. The union's mediator Vince "
            + "Ready made recommendations.");

        Assert.Contains("Volkswagen", Names(entities, EntityType.Organisation));
        Assert.Contains("Klaus Berger", Names(entities, EntityType.Person));
        Assert.Equal(["Mediator"], Assert.Single(entities, entity => entity.Name == "Vince Ready").Roles);
        Assert.Contains("Gregory Tanaka", Names(Extract("AP Sports Writer Gregory Tanaka in Chicago contributed to this report."), EntityType.Person));
    }

    [Fact]
    public void A_clubs_nickname_and_its_arena_are_the_team_and_a_place_in_an_article_that_names_the_club()
    {
        var entities = Extract("Whitfield agreed to join the Chicago Bulls on Tuesday. His mother posted a photo of him in a Bulls hat. "
            + "He met Bulls coach Ron Whitaker, and fans gathered outside the Bradley Center in Milwaukee.");

        Assert.DoesNotContain("Bulls", Names(entities, EntityType.Person));
        Assert.Contains("Bulls", Assert.Single(entities, entity => entity.Name == "Chicago Bulls").Aliases);
        Assert.Contains("Bradley Center", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_union_named_after_the_word_is_an_organisation_and_a_german_city_written_without_umlauts_and_an_airport_are_places()
    {
        var entities = Extract("Cancellations hit Duesseldorf and Hamburg, and flights from London's Heathrow and Stansted. The pilots' "
            + "union Vereinigung Cockpit said talks would resume.");

        Assert.Superset(new HashSet<string> { "Duesseldorf", "Heathrow", "Stansted" }, Names(entities, EntityType.Place));
        Assert.Contains("Vereinigung Cockpit", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_peoples_adjective_before_a_noun_is_no_place_though_a_region_has_its_name()
    {
        var entities = Extract("An Italian destroyer met the tanker after it left Somali waters, officials said, and Somali gangs still hold 20 ships.");

        Assert.DoesNotContain(entities, entity => entity.Name == "Somali");
    }

    [Fact]
    public void A_given_name_before_and_a_full_name_shares_its_surname_unless_it_is_a_surname_read_alone()
    {
        var entities = Extract("The club is owned by brothers Kevin and Scott Moretti, who bought it in 2009. Kevin Moretti declined to comment.");
        var cricket = Extract("Tom Whitaker fell for 12. It's Whitaker and Luke Tamihana at the crease now.");

        Assert.Contains("Kevin", Assert.Single(entities, entity => entity.Name == "Kevin Moretti").Aliases);
        Assert.DoesNotContain(cricket, entity => entity.Name == "Whitaker Tamihana");
    }

    [Fact]
    public void A_listed_newspapers_last_word_after_the_is_the_newspaper_unless_two_papers_end_so()
    {
        var entities = Extract("The Chicago Tribune obtained the report. Survivors interviewed by the Tribune said the fire spread fast, "
            + "and the Times Square crowd left.");
        var posts = Extract("The New York Post and the Washington Post both ran it, and the Post said so.");

        Assert.Contains("Tribune", Assert.Single(entities, entity => entity.Name == "Chicago Tribune").Aliases);
        Assert.DoesNotContain(posts, entity => entity.Name == "Post");
    }

    [Fact]
    public void An_office_of_a_title_is_an_organisation_and_a_time_zone_is_no_name()
    {
        var entities = Extract("Posted: Feb 19, 2012 6:20 PM EST. Seven people died, the Office of the Indiana State Fire Marshal said.");

        Assert.Contains("Office of the Indiana State Fire Marshal", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("EST", StringComparison.Ordinal) || entity.Name == "Indiana State");
    }

    [Fact]
    public void The_trade_press_and_the_insurance_market_are_organisations()
    {
        var organisations = Names(Extract("War-risk premiums rose, brokers at Lloyd's said, according to TradeWinds and Lloyd's List. Flight "
            + "International reported the cuts."), EntityType.Organisation);

        Assert.Superset(new HashSet<string> { "Lloyd's", "TradeWinds", "Lloyd's List", "Flight International" }, organisations);
    }

    [Fact]
    public void A_team_found_by_its_results_is_the_team_in_the_headline_too()
    {
        // The headline's mention of a team read from the results had ended the article's extraction with an exception.
        var entities = Pipeline.Process("results.txt", "Late Goal Sinks Hacken\n\nMolde beat Rosenborg 2-1 on Sunday to go top "
            + "of the league. Brann drew 1-1 with Viking, while Hacken lost 2-0 away to Elfsborg. Coach Erling Moe said the win mattered.").Entities;

        var hacken = Assert.Single(entities, entity => entity.Name == "Hacken");
        Assert.Equal(EntityType.Organisation, hacken.Type);
        Assert.Contains("Molde", Names(entities, EntityType.Organisation));
    }
}
