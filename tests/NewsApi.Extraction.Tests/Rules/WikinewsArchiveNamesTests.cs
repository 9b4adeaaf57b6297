using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 68's real Wikinews articles of 2005-2020: names written with and without their accents, a firm an apposition
/// names, airlines and seats of government inside longer names, opposition portfolios, and armed groups and papers the
/// tagger read as people or missed.
/// </summary>
public sealed class WikinewsArchiveNamesTests
{
    [Fact]
    public void A_firm_an_apposition_names_is_one_organisation_however_its_accents_and_the_tagger_read_it()
    {
        var entities = Pipeline.Process("elan.txt", "Elan; Biogen withdraw multiple sclerosis drug\n\nÉlan, the largest Irish drug company, "
            + "and its US partner Biogen have pulled the drug Tysabri after the death of a patient. Élan lost almost 70% of its value after "
            + "Monday's announcement. Two years ago Élan was the largest Irish PLC. The withdrawal leaves Elan with little revenue.").Entities;

        var elan = Assert.Single(entities, entity => entity.Name is "Élan" or "Elan");
        Assert.Equal(EntityType.Organisation, elan.Type);
        Assert.Contains("Elan", elan.Aliases);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_surname_written_without_its_accents_is_the_person_named_in_full()
    {
        var entities = Extract("Ernst Zündel was deported to Germany on Wednesday. Zundel, 66, had lived in Canada for decades.");

        var zundel = Assert.Single(entities, entity => entity.Type == EntityType.Person);
        Assert.Equal("Ernst Zündel", zundel.Name);
        Assert.Contains("Zundel", zundel.Aliases);
    }

    [Fact]
    public void An_airline_named_in_a_title_is_the_airline_and_undersecretary_is_a_title()
    {
        var entities = Extract("The chairman of Air Lisbon Rui Duarte said the new jets would arrive in March. Managing director of Air "
            + "Munich Karl Brandt agreed. Trade and Industry Undersecretary Mara Villanueva welcomed the order.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Air Lisbon", organisations);
        Assert.Contains("Air Munich", organisations);
        var villanueva = Assert.Single(entities, entity => entity.Name == "Mara Villanueva");
        Assert.Contains("Undersecretary", villanueva.Roles);
    }

    [Fact]
    public void A_country_before_its_seat_of_government_is_two_places_but_a_capitol_keeps_its_name()
    {
        var places = Names(Extract("Aides to U.S. White House officials met at the U.S. Capitol on Friday."), EntityType.Place);

        Assert.Contains("White House", places);
        Assert.Contains("U.S. Capitol", places);
        Assert.DoesNotContain("U.S. White House", places);
    }

    [Fact]
    public void An_opposition_portfolio_before_a_title_in_lower_case_is_no_organisation()
    {
        var entities = Extract("Peter Lowry, Shadow Rural Affairs secretary for the Conservative Party, said so. Shadow Home Secretary "
            + "David Marsh agreed.");

        Assert.Equal(["Conservative Party"], Names(entities, EntityType.Organisation));
        Assert.Contains("Shadow Home Secretary", Assert.Single(entities, entity => entity.Name == "David Marsh").Roles);
    }

    [Fact]
    public void Armed_groups_papers_and_palaces_of_world_news_are_typed_by_the_lists()
    {
        var entities = Extract("Gunmen from Abu Sayyaf and Jemaah Islamiyah were blamed, the Christian Science Monitor reported. Iran's "
            + "Revolutionary Guards denied it, and an IRGC commander said so. Protesters gathered outside Malacañan.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Abu Sayyaf", organisations);
        Assert.Contains("Jemaah Islamiyah", organisations);
        Assert.Contains("Christian Science Monitor", organisations);
        Assert.Contains("IRGC", Assert.Single(entities, entity => entity.Name == "Revolutionary Guards").Aliases);
        Assert.Contains("Malacañan", Names(entities, EntityType.Place));
        Assert.Empty(Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_body_whose_country_is_written_two_ways_is_one_organisation()
    {
        var entities = Extract("The United States Navy confirmed the find. The U.S. Navy had released the records, and the UK Ministry of "
            + "Defence and the British Ministry of Defence agreed.");

        Assert.Contains("U.S. Navy", Assert.Single(entities, entity => entity.Name == "United States Navy").Aliases);
        Assert.Contains("British Ministry of Defence", Assert.Single(entities, entity => entity.Name == "UK Ministry of Defence").Aliases);
        Assert.Equal(2, Names(entities, EntityType.Organisation).Count);
    }

    [Fact]
    public void A_university_named_before_or_after_its_place_is_one_university()
    {
        var entities = Extract("Researchers at the University of Adelaide said so. According to Adelaide University, the data are sound.");

        var university = Assert.Single(entities, entity => entity.Type == EntityType.Organisation);
        Assert.Equal("University of Adelaide", university.Name);
        Assert.Contains("Adelaide University", university.Aliases);
    }

    [Fact]
    public void A_ship_after_a_dotted_prefix_and_a_region_by_its_country_are_no_person_or_body()
    {
        var ship = Extract("Divers confirmed that the wreck off Okinawa is the U.S.S. Grayback. The Grayback was lost with 80 men.");
        var region = Extract("The government of Iraqi Kurdistan says thousands of Kurds were killed.");

        Assert.Equal(["Okinawa"], ship.Select(entity => entity.Name));
        Assert.Contains("Iraqi Kurdistan", Names(region, EntityType.Place));
        Assert.DoesNotContain("Iraqi Kurdistan", Names(region, EntityType.Organisation));
    }

    [Fact]
    public void Restaurant_chains_are_organisations_not_people_or_places()
    {
        var entities = Extract("Tim Hortons and Taco Bell will open stores beside Pizza Hut and Wendy's. Wendy Smith, a franchisee, said so.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Tim Hortons", organisations);
        Assert.Contains("Taco Bell", organisations);
        Assert.Contains("Pizza Hut", organisations);
        Assert.Contains("Wendy's", organisations);
        Assert.Equal(["Wendy Smith"], Names(entities, EntityType.Person));
    }

    [Fact]
    public void Peoples_of_a_region_or_a_continent_named_by_their_plural_are_people()
    {
        var people = Names(Extract("Thousands of Tibetans marched in Dharamsala, and many Europeans and Africans joined them. Punjabis voted too."),
            EntityType.Person);

        Assert.Contains("Tibetans", people);
        Assert.Contains("Europeans", people);
        Assert.Contains("Africans", people);
        Assert.Contains("Punjabis", people);
    }

    [Fact]
    public void A_firm_named_with_and_without_its_legal_form_is_one_firm_but_its_founder_stays_a_person()
    {
        var entities = Extract("Shares of IBM Corp. fell on Monday after IBM said sales slowed. Michael Dell said Dell Inc. would grow.");

        Assert.Contains("IBM", Assert.Single(entities, entity => entity.Name == "IBM Corp.").Aliases);
        Assert.Equal(["Michael Dell"], Names(entities, EntityType.Person));
        Assert.Contains("Dell Inc.", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Parliamentary_styles_and_abbreviated_ranks_are_titles_of_the_person_named_after_them()
    {
        var entities = Extract("The Honourable Aroha Tane is second with 14 points. Hon Mere Walsh was sixth, and the Right Honourable Rawiri "
            + "Kemp of New Zealand First was fourth. Pte Farr was shot in 1916. Cde Mugabe spoke at the rally. Moderator Chris Wallace asked.");
        var people = Names(entities, EntityType.Person);

        Assert.Equal(["Aroha Tane", "Mere Walsh", "Rawiri Kemp", "Farr", "Mugabe", "Chris Wallace"], people);
        Assert.Contains("Honourable", Assert.Single(entities, entity => entity.Name == "Mere Walsh").Roles);
        Assert.Contains("New Zealand First", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_sentences_first_word_no_lexicon_holds_is_the_given_name_of_the_person_after_it()
    {
        var people = Names(Extract("Umaru Yar'Adua, the President of Nigeria, said he was sad. Falah Mustafa Bakir is director of the office. "
            + "Paraphrasing Hosseini, the general said so."), EntityType.Person);

        Assert.Contains("Umaru Yar'Adua", people);
        Assert.Contains("Falah Mustafa Bakir", people);
        Assert.DoesNotContain("Paraphrasing Hosseini", people);
    }

    [Fact]
    public void A_peoples_word_inside_a_body_s_name_is_no_place_but_a_country_s_initials_are()
    {
        var entities = Extract("Thai Rak Thai won the vote in Thailand. The Saudi Press Agency reported it, and the US Congress agreed.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Thai Rak Thai", Names(entities, EntityType.Organisation));
        Assert.Contains("Thailand", places);
        Assert.Contains("US", places);
        Assert.DoesNotContain("Saudi", places);
        Assert.DoesNotContain("Thai", places);
    }

    [Fact]
    public void A_role_after_a_name_ends_at_the_verb_that_follows_its_employer()
    {
        var robertson = Assert.Single(Extract("John Robertson, secretary of Unions New South Wales said the cuts were wrong."),
            entity => entity.Type == EntityType.Person);

        Assert.Equal("John Robertson", robertson.Name);
        Assert.Equal(["Secretary of Unions New South Wales"], robertson.Roles);
    }

    [Fact]
    public void An_ocean_s_half_is_a_place_and_a_board_named_for_two_fields_is_named_whole()
    {
        var entities = Extract("The riots came weeks after the death of the South Pacific nation's king. He told a Canadian Immigration and "
            + "Refugee Board that it was true.");

        Assert.Contains("South Pacific", Names(entities, EntityType.Place));
        Assert.Equal(["Canadian Immigration and Refugee Board"], Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_name_after_a_place_and_a_comma_that_opens_a_clause_is_its_subject_not_a_neighbouring_place()
    {
        var entities = Extract("During talks in Paris, Sarkozy met Merkel. Speaking in Jakarta, Yudhoyono said the talks failed. Fighting "
            + "spread around Kladovo, Negotin and Bor.");

        Assert.Equal(["Sarkozy", "Merkel", "Yudhoyono"], Names(entities, EntityType.Person));
        Assert.Equal(["Paris", "Jakarta", "Kladovo", "Negotin", "Bor"], Names(entities, EntityType.Place));
    }

    [Fact]
    public void The_groups_of_leading_economies_are_organisations_in_their_summits_and_by_every_name()
    {
        var entities = Extract("Bush fell ill during the G8 Summit. The G-8 and the Group of Eight are one club, and G20 ministers met.");

        var g8 = Assert.Single(entities, entity => entity.Name == "G8");
        Assert.Equal(EntityType.Organisation, g8.Type);
        Assert.Contains("Group of Eight", g8.Aliases);
        Assert.Contains("G20", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void International_bodies_named_by_their_initials_are_organisations_where_the_tagger_misses_them()
    {
        var organisations = Names(Extract("Crude stocks in OECD countries are well above average, and ISAF troops and UNHCR staff left."),
            EntityType.Organisation);

        Assert.Equal(["OECD", "ISAF", "UNHCR"], organisations);
    }

    [Fact]
    public void Web_firms_of_the_2000s_are_organisations_not_places()
    {
        var entities = Extract("Teenagers moved from Piczo and Bebo to MySpace, while photographers stayed on Flickr.");

        Assert.Equal(["Piczo", "Bebo", "MySpace", "Flickr"], Names(entities, EntityType.Organisation));
        Assert.Empty(Names(entities, EntityType.Place));
    }

    [Fact]
    public void Two_titled_people_joined_by_and_are_two_people_a_modal_verb_ends_a_name_and_two_countries_are_no_misspelling()
    {
        var entities = Extract("Officials backing it are Secretary of State Condoleezza Rice and Secretary of Defense Robert Gates. Liberal "
            + "leader Stephane Dion may offer Rae the seat. The top countries were Finland, Iceland, Norway and Ireland.");

        Assert.Equal(["Secretary of State"], Assert.Single(entities, entity => entity.Name == "Condoleezza Rice").Roles);
        Assert.Equal(["Secretary of Defense"], Assert.Single(entities, entity => entity.Name == "Robert Gates").Roles);
        Assert.Contains("Stephane Dion", Names(entities, EntityType.Person));
        Assert.Equal(["Finland", "Iceland", "Norway", "Ireland"], Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_surname_Sen_ends_its_sentence_and_French_courtesy_titles_parties_and_cathedrals_are_read()
    {
        var entities = Extract("He met Prime Minister Hun Sen. The talks failed. Mme Spanton told the court. Many Gazans fled, and Mugabe's "
            + "Zanu-PF won. The bells of Cahors Cathedral rang.");

        Assert.Equal(["Hun Sen", "Spanton", "Gazans", "Mugabe"], Names(entities, EntityType.Person));
        Assert.Equal(["Zanu-PF"], Names(entities, EntityType.Organisation));
        Assert.Equal(["Cahors Cathedral"], Names(entities, EntityType.Place));
    }
}
