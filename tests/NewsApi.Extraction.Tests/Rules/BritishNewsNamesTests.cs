using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 67's British news: public bodies named for the places they serve, joined by "and", which the tagger cut at the
/// "and" or missed.
/// </summary>
public sealed class BritishNewsNamesTests
{
    [Fact]
    public void A_public_body_named_for_places_joined_by_and_is_one_organisation()
    {
        var organisations = Names(Extract("Devon and Cornwall Police said on Monday that Avon and Somerset Constabulary would help. "
            + "Hammersmith and Fulham Council agreed, with Tyne and Wear Fire and Rescue Service. Guy's and St Thomas' NHS Foundation Trust "
            + "was fined. Barking, Havering and Redbridge University Hospitals NHS Trust said waiting lists fell. Perth and Kinross Council "
            + "agreed, as did Cardiff and Vale University Health Board and NHS Greater Glasgow and Clyde."), EntityType.Organisation);

        Assert.Contains("Devon and Cornwall Police", organisations);
        Assert.Contains("Avon and Somerset Constabulary", organisations);
        Assert.Contains("Hammersmith and Fulham Council", organisations);
        Assert.Contains("Tyne and Wear Fire and Rescue Service", organisations);
        Assert.Contains("Guy's and St Thomas' NHS Foundation Trust", organisations);
        Assert.Contains("Barking, Havering and Redbridge University Hospitals NHS Trust", organisations);
        Assert.Contains("Perth and Kinross Council", organisations);
        Assert.Contains("Cardiff and Vale University Health Board", organisations);
        Assert.Contains("NHS Greater Glasgow and Clyde", organisations);
        Assert.DoesNotContain("Cornwall Police", organisations);
        Assert.DoesNotContain("Vale University", organisations);
    }

    [Fact]
    public void A_named_force_is_found_whole_and_bodies_people_or_countries_beside_one_stay_apart()
    {
        var entities = Extract("Thames Valley Police and Hampshire Police joined the search. Manchester United and Greater Manchester "
            + "Police met. John Prescott and Devon and Cornwall Police agreed. Bradford Teaching Hospitals NHS Foundation Trust spoke. The "
            + "Muslim Council of Britain spoke. He sat on the Buffalo, New York Common Council. Israel and Jewish Affairs Council staff met. "
            + "Brazil's Federal Police raided offices.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Thames Valley Police", organisations);
        Assert.Contains("Hampshire Police", organisations);
        Assert.Contains("Manchester United", organisations);
        Assert.Contains("Greater Manchester Police", organisations);
        Assert.Contains("Devon and Cornwall Police", organisations);
        Assert.Contains("Bradford Teaching Hospitals NHS Foundation Trust", organisations);
        Assert.Contains("Muslim Council of Britain", organisations);
        Assert.Contains("Federal Police", organisations);
        Assert.Contains("John Prescott", Names(entities, EntityType.Person));
        Assert.DoesNotContain(organisations, name => name.StartsWith("Buffalo", StringComparison.Ordinal) || name.StartsWith("Israel", StringComparison.Ordinal));
    }

    [Fact]
    public void British_and_European_firms_and_public_bodies_of_business_news_are_organisations()
    {
        var entities = Extract("Sales at Virgin Megastores and Dixons rose, while Hutchison Whampoa and Sony Ericsson cut prices. The e-mails "
            + "claim to come from Barclays, HSBC, Lloyds TSB and Citibank. The party would merge HM Customs and Excise and the Inland Revenue, "
            + "and the Scottish Executive agreed. Heineken, InBev and Scottish & Newcastle dominate the market. Talks at Acas failed, and "
            + "RNLI crews and Harland and Wolff workers waited.");
        var organisations = Names(entities, EntityType.Organisation);

        foreach (var name in new[] { "Virgin Megastores", "Dixons", "Hutchison Whampoa", "Sony Ericsson", "Lloyds TSB", "Citibank",
            "HM Customs and Excise", "Inland Revenue", "Scottish Executive", "InBev", "Acas", "RNLI", "Harland and Wolff" })
        {
            Assert.Contains(name, organisations);
        }

        Assert.DoesNotContain("Virgin Megastores", Names(entities, EntityType.Person));
    }

    [Fact]
    public void Air_bases_theatres_and_athletics_clubs_are_named_with_their_words()
    {
        var entities = Extract("Typhoons flew from RAF Lossiemouth and RAF Brize Norton, and troops at Camp Bastion waited. The RAF Regiment "
            + "was there. The show moved to the Grand Theatre in Leeds, not the National Theatre, said the Society of London Theatre. Gateshead "
            + "Harriers runners won.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("RAF Lossiemouth", places);
        Assert.Contains("RAF Brize Norton", places);
        Assert.Contains("Camp Bastion", places);
        Assert.Contains("Grand Theatre", places);
        Assert.DoesNotContain("National Theatre", places);
        Assert.DoesNotContain("London Theatre", places);
        Assert.Contains("RAF Regiment", Names(entities, EntityType.Organisation));
        Assert.Contains("Gateshead Harriers", Names(entities, EntityType.Organisation));
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_disc_jockeys_letters_and_a_french_courtesy_title_are_no_part_of_a_name()
    {
        var people = Extract("Radio 1 DJ Edith Bowman said the chart had changed. Monsieur Trichet disagreed.")
            .Where(entity => entity.Type == EntityType.Person).ToList();

        Assert.Contains("Edith Bowman", people.Select(person => person.Name));
        Assert.Contains("Trichet", people.Select(person => person.Name));
        Assert.Contains("DJ", Assert.Single(people, person => person.Name == "Edith Bowman").Roles);
    }

    [Fact]
    public void A_title_after_its_works_noun_is_no_entity_unless_the_article_names_a_person_so()
    {
        var entities = Extract("Mike Leigh's film Vera Drake won best film. The musical Mamma Mia closed. Her album Hopes and Fears sold well. "
            + "In the film Tom Hanks plays a lawyer, and Hanks said he liked it. Airlines ordered a single Boeing 787. The Scottish comedy Dry Land "
            + "earned seven nominations.");
        var names = entities.Select(entity => entity.Name).ToList();

        Assert.DoesNotContain("Vera Drake", names);
        Assert.DoesNotContain("Mamma Mia", names);
        Assert.DoesNotContain("Hopes and Fears", names);
        Assert.DoesNotContain("Dry Land", names);
        Assert.Contains("Tom Hanks", Names(entities, EntityType.Person));
        Assert.Contains("Mike Leigh", Names(entities, EntityType.Person));
        Assert.Contains("Boeing", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_clubs_nickname_is_the_club_and_a_players_position_is_his_role()
    {
        var entities = Extract("Arsenal beat Aston Villa 3-2. The Gunners led early, but the Villans fought back. Lock Paul O'Connell was "
            + "outstanding, and Defender Sol Campbell was booked. He was born in Sunderland.");

        Assert.Contains("Gunners", Assert.Single(entities, entity => entity.Name == "Arsenal").Aliases);
        Assert.Contains("Villans", Assert.Single(entities, entity => entity.Name == "Aston Villa").Aliases);
        Assert.Contains("Lock", Assert.Single(entities, entity => entity.Name == "Paul O'Connell").Roles);
        Assert.Contains("Defender", Assert.Single(entities, entity => entity.Name == "Sol Campbell").Roles);
        Assert.Contains("Sunderland", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_listed_bodys_first_word_alone_is_that_body_unless_it_is_a_body_of_its_own()
    {
        var entities = Extract("BAE Systems won the contract. BAE said the work would take six years. Sony Ericsson cut prices, and Sony "
            + "agreed. Amnesty International said so, and Amnesty added more.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("BAE", Assert.Single(entities, entity => entity.Name == "BAE Systems").Aliases);
        Assert.Contains("Amnesty", Assert.Single(entities, entity => entity.Name == "Amnesty International").Aliases);
        Assert.Contains("Sony", organisations);
        Assert.Contains("Sony Ericsson", organisations);
        Assert.DoesNotContain("BAE", organisations);
    }

    [Fact]
    public void A_county_council_names_its_county_and_an_nhs_board_is_an_organisation()
    {
        var entities = Extract("A spokeswoman for NHS Highland said the test was safe, and NHS Grampian agreed. NHS Chief Executive Amanda "
            + "Pritchard spoke. Staffordshire County Council and King County Council paid.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("NHS Highland", Names(entities, EntityType.Organisation));
        Assert.Contains("NHS Grampian", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Highland", Names(entities, EntityType.Person));
        Assert.Contains("Amanda Pritchard", Names(entities, EntityType.Person));
        Assert.Contains("Staffordshire", places);
        Assert.DoesNotContain("Staffordshire County", places);
        Assert.Contains("King County", places); // an American county's own name
    }

    [Fact]
    public void A_town_found_where_something_is_is_the_town_throughout_and_a_british_plural_opens_no_name()
    {
        var entities = Extract("Flooding hit Carlisle on Sunday. Warwick Road in Carlisle was under water. Ms Truss will visit Carlisle on "
            + "Monday. Organisers Clipper Ventures said 20,000 people came.");

        Assert.Contains("Carlisle", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Carlisle", Names(entities, EntityType.Person));
        Assert.Contains("Clipper Ventures", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain(entities, entity => entity.Name.StartsWith("Organisers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mr_beside_a_mrs_of_one_surname_is_not_the_woman_named_in_full()
    {
        var people = Extract("Janet Irving, 67, said the defences failed. Her husband, Bill, agreed. \"It came up through the floorboards,\" "
            + "Mr Irving said. Mrs Irving said they would stay.").Where(entity => entity.Type == EntityType.Person).ToList();

        var janet = Assert.Single(people, person => person.Name == "Janet Irving");
        Assert.Contains("Mrs Irving", janet.Aliases);
        Assert.DoesNotContain("Mr Irving", janet.Aliases);
    }

    [Fact]
    public void A_river_named_later_without_its_word_is_the_same_river_but_not_a_country()
    {
        var places = Extract("The River Eden burst its banks on Sunday. Levels on the Eden rose by two metres. The River Foyle was calm, "
            + "and the Foyle froze. The River Jordan rose in Jordan.").Where(entity => entity.Type == EntityType.Place).ToList();

        Assert.Contains("Eden", Assert.Single(places, place => place.Name == "River Eden").Aliases);
        Assert.Contains("Foyle", Assert.Single(places, place => place.Name == "River Foyle").Aliases);
        Assert.Contains(places, place => place.Name == "Jordan");
    }

    [Fact]
    public void A_road_by_its_number_is_a_place_where_the_sentence_speaks_of_traffic()
    {
        var entities = Extract("Crews from Lincolnshire Fire and Rescue attended, and police closed the A17 in both directions. Emirates "
            + "flies the A380 to Sydney. The festival in Derry drew crowds, and Londonderry's Guildhall was full.");

        Assert.Contains("A17", Names(entities, EntityType.Place));
        Assert.DoesNotContain(entities, entity => entity.Name == "A380");
        Assert.Contains("Lincolnshire Fire and Rescue", Names(entities, EntityType.Organisation));
        Assert.Contains("Londonderry", Assert.Single(entities, entity => entity.Name == "Derry").Aliases);
    }

    [Fact]
    public void A_town_a_caption_puts_something_in_is_the_town_in_the_story_too()
    {
        var entities = Pipeline.Process("floods.txt", "Hundreds Evacuated as Floods Swamp Carlisle\n\nWarwick Road in Carlisle was under several "
            + "feet of water on Sunday morning. Photo: Sarah Kerr/PA\n\nMore than 1,000 homes have been flooded, with Carlisle among the "
            + "worst-hit areas. Ms Truss is expected to visit Carlisle on Monday.").Entities;

        Assert.Contains("Carlisle", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Carlisle", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_titles_word_after_a_given_name_and_before_a_dash_is_the_surname()
    {
        var entities = Extract("Stephen King, an economist at HSBC, expects a cut. Governor Mervyn King - no relation to the HSBC economist - is "
            + "due to give evidence, and Mr King has said rates target inflation. Chief Quality Officer Steve St Angelo agreed.");
        var people = entities.Where(entity => entity.Type == EntityType.Person).ToList();

        Assert.Contains("Mr King", Assert.Single(people, person => person.Name == "Mervyn King").Aliases);
        Assert.DoesNotContain("Mr King", Assert.Single(people, person => person.Name == "Stephen King").Aliases);
        Assert.DoesNotContain(people, person => person.Name.Contains("Officer", StringComparison.Ordinal));
        Assert.Contains("Mr Major", Assert.Single(Extract("Prime Minister John Major spoke. Mr Major said no, Mr President."),
            entity => entity.Type == EntityType.Person).Aliases);
    }

    [Fact]
    public void A_listed_town_that_is_also_a_given_name_is_the_town_in_a_list_of_places()
    {
        var entities = Extract("Further south, Keswick, Cockermouth, Appleby-in-Westmorland and Kendal were also flooded. Shares in Sony and "
            + "Davis rose.");

        Assert.Contains("Kendal", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Kendal", Names(entities, EntityType.Person));
        Assert.DoesNotContain("Davis", Names(entities, EntityType.Place));
    }
}
