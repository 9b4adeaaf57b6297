using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 61's fresh African and Latin American news (read as a dev split; the sentences here are written anew): Spanish
/// and Portuguese particles inside names, landforms named in Spanish or Arabic, streets after a title's complement,
/// hyphenated road names, and peoples whose noun is their adjective.
/// </summary>
public sealed class RomancePlacesAndPeoplesTests
{
    [Fact]
    public void A_street_after_a_titles_complement_names_no_person()
    {
        // "Justice on Tucumán" read as a title and its complement, which left "Street" a person's name.
        var entities = Extract("Lawyers gathered outside the Palace of Justice on Tucumán Street, where the judges sit. Later they walked to "
            + "a bank on Florida Street.");

        Assert.DoesNotContain(EntityType.Person, entities.Select(entity => entity.Type));
        Assert.Contains("Tucumán Street", Names(entities, EntityType.Place));
        Assert.Contains("Florida Street", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_hyphenated_road_name_keeps_its_first_part()
    {
        var entities = Extract("Mudslides closed a stretch of the Pan-American Highway near Huarmey, and trucks queued on the Trans-Andean "
            + "Highway for two days.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Pan-American Highway", places);
        Assert.Contains("Trans-Andean Highway", places);
        Assert.DoesNotContain("American Highway", places);
    }

    [Fact]
    public void A_romance_particle_joins_words_the_tagger_left_out_of_an_organisations_name()
    {
        var entities = Extract("The injured defender was taken to Virgen de la Macarena University Hospital in Seville as a precaution, "
            + "the club said.");

        Assert.Contains("Virgen de la Macarena University Hospital", entities.Select(entity => entity.Name));
        Assert.DoesNotContain(entities, entity => entity.Name is "Macarena University Hospital" or "Macarena University");
    }

    [Fact]
    public void A_portfolio_word_of_a_title_is_no_given_name_of_the_holder()
    {
        var entities = Extract("Minister of State for Mineral Resources Kabiru Lawal was dismissed on Friday after months of protests.");

        var lawal = Assert.Single(entities, entity => entity.Name == "Kabiru Lawal");
        Assert.Equal(EntityType.Person, lawal.Type);
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Resources Kabiru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_of_state_for_a_region_ends_at_no_name_inside_it()
    {
        // With "Minister of State for" read as one title, "Secretary of State for East" made a person of "Asian": the
        // Wikinews archive's sentence; the second is written here.
        var entities = Extract("Christopher R. Hill, the Assistant Secretary of State for East Asian and Pacific Affairs and the US negotiator "
            + "in the six-party talks, believes the Syrian incident is a sideshow. Minister of State for Africa Tom Ellery agreed.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Christopher R. Hill", people);
        Assert.Contains("Tom Ellery", people);
        Assert.DoesNotContain("Asian", people);
    }

    [Fact]
    public void A_landform_named_in_spanish_or_arabic_is_a_place()
    {
        var entities = Extract("Lithium brine is pumped from the Salar de Uyuni, and rain fell on the Sierra Nevada de Santa Marta before "
            + "dawn. Fossils were dug at Jebel Sahaba in the 1960s.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Salar de Uyuni", places);
        Assert.Contains("Sierra Nevada de Santa Marta", places);
        Assert.Contains("Jebel Sahaba", places);
        Assert.DoesNotContain(entities, entity => entity.Type != EntityType.Place && entity.Name.StartsWith("Salar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_that_is_also_a_landforms_word_stays_a_persons()
    {
        var entities = Extract("Salar Hamid, a spokesman for the regional finance ministry, said salaries would be paid on Sunday.");

        Assert.Contains("Salar Hamid", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_short_form_made_of_the_first_syllables_of_a_spanish_name_is_its_alias()
    {
        var entities = Extract("Lenders worry about Ferrocarriles Nacionales (Ferronac), which carries heavy debt. Ferronac said on "
            + "Monday it would cut routes. The weather office, Servicio Meteorológico Nacional (Semena), issued a warning, and Semena "
            + "later lifted it.");

        Assert.Contains("Ferronac", Assert.Single(entities, entity => entity.Name == "Ferrocarriles Nacionales").Aliases);
        Assert.Contains("Semena", Assert.Single(entities, entity => entity.Name == "Servicio Meteorológico Nacional").Aliases);
        Assert.DoesNotContain(entities, entity => entity.Name is "Ferronac" or "Semena");
    }

    [Fact]
    public void A_real_name_the_article_states_is_the_same_persons()
    {
        // As the Wikinews archive writes "Jeff Gannon, whose real name is James Guckert"; the sentences are written here.
        var entities = Extract("The rebels are led by a commander called Iván Duarte, whose real name, according to prosecutors, is Hernán "
            + "Mejía Prado. Mejía joined the group in 1998, and Duarte said on Monday that talks would go on. Critics say Duarte, "
            + "a former teacher, whose job was never clear, lied.");

        var person = Assert.Single(entities, entity => entity.Type == EntityType.Person);
        Assert.Equal("Iván Duarte", person.Name);
        Assert.Contains("Hernán Mejía Prado", person.Aliases);
        Assert.Contains("Mejía", person.Aliases);
    }

    [Fact]
    public void A_title_word_opening_a_cemeterys_name_names_no_one_nor_does_a_determiner_name_a_ministry()
    {
        var entities = Extract("The poet will be buried on Friday in the General Cemetery of Valparaíso, her publisher said. The minister "
            + "blamed retailers. His ministry asked the competition watchdog to investigate.");

        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Cemetery", StringComparison.Ordinal) && entity.Type != EntityType.Place);
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("ministry", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_people_whose_noun_is_its_adjective_is_a_group_where_a_verb_follows()
    {
        var entities = Extract("\"Sudanese should not pay for this crisis,\" the bishop said. Sudanese officials declined to comment. "
            + "Basques and Catalans marched in Madrid, and aid reached the Rohingya in the camps.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Sudanese", people);
        Assert.Contains("Basques", people);
        Assert.Contains("Catalans", people);
        Assert.Contains("Rohingya", people);
    }

    [Fact]
    public void A_players_position_before_the_name_is_no_part_of_it()
    {
        var entities = Extract("Mariners LHP Tomas Rudd (8-5, 3.12 ERA) faces Twins RHP Kenji Morita (10-4, 2.95) on Sunday. Hall of Famer "
            + "Wayne Corbett watched as Flames F Liam Kowalski scored twice.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Tomas Rudd", people);
        Assert.Contains("Kenji Morita", people);
        Assert.Contains("Wayne Corbett", people);
        Assert.Contains("Liam Kowalski", people);
    }

    [Fact]
    public void The_people_of_a_province_or_state_are_a_group_and_the_sovereigns_court_keeps_its_possessive()
    {
        var entities = Extract("\"Albertans are tired of waiting,\" the premier said, and Nebraskans agreed. The Court of Queen's Bench in "
            + "Edmonton ruled on Friday.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Albertans", people);
        Assert.Contains("Nebraskans", people);
        Assert.Contains("Court of Queen's Bench", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Counted_nationals_and_a_peoples_plural_the_tagger_typed_otherwise_are_groups()
    {
        var entities = Extract("Rescuers freed 210 workers, including 95 Chinese, 40 Vietnamese and 12 Filipinos. Two of the dead were Japanese. "
            + "\"Solomon Islanders and Papua New Guineans are family,\" the minister said.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Chinese", people);
        Assert.Contains("Vietnamese", people);
        Assert.Contains("Japanese", people);
        Assert.Contains("Papua New Guineans", people);
        Assert.DoesNotContain("Papua", Names(entities, EntityType.Place));
    }

    [Fact]
    public void An_indonesian_firms_legal_form_makes_it_an_organisation()
    {
        var entities = Extract("State builder PT Hutama Karsa won the contract on Monday, while PT Sinar Delapan lost its appeal.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("PT Hutama Karsa", organisations);
        Assert.Contains("PT Sinar Delapan", organisations);
    }

    [Fact]
    public void An_undefined_acronym_joins_a_body_named_with_its_country_first_or_with_a_later_addition()
    {
        var entities = Extract("The U.S. Federal Maritime Commission opened a review on Monday. The FMC said it would decide by June. The "
            + "Institute for Energy Research and Innovation published figures, and the IER said demand would rise.");

        Assert.Contains("FMC", Assert.Single(entities, entity => entity.Name == "U.S. Federal Maritime Commission").Aliases);
        Assert.Contains("IER", Assert.Single(entities, entity => entity.Name == "Institute for Energy Research and Innovation").Aliases);
    }

    [Fact]
    public void A_bodys_acronym_is_defined_over_on_and_over_the_office_a_title_heads()
    {
        var entities = Extract("The Regional Commission on Fisheries (RCF) met in Dakar. RCF members disagreed. The Office of the Provincial "
            + "Budget Officer (PBO) warned on Monday that the deficit would grow, and the PBO said debt would rise.");

        Assert.Contains("RCF", Assert.Single(entities, entity => entity.Name == "Regional Commission on Fisheries").Aliases);
        Assert.Contains("PBO", Assert.Single(entities, entity => entity.Name == "Office of the Provincial Budget Officer").Aliases);
    }

    [Fact]
    public void The_commons_alone_is_the_house_of_commons()
    {
        var entities = Extract("The House of Commons voted 301-290 to approve the bill. Later the minister told the Commons the plan would "
            + "work, and Creative Commons licences were not discussed.");

        Assert.Contains("Commons", Assert.Single(entities, entity => entity.Name == "House of Commons").Aliases);
        Assert.DoesNotContain(entities, entity => entity.Name == "Commons");
    }

    [Fact]
    public void An_undefined_acronym_joins_a_name_whose_words_run_together_by_its_capitals()
    {
        var entities = Extract("Shares of SteppeMunaiGas rose 3 percent in Almaty on Tuesday. SMG said it would repay the bond early. "
            + "Norvalo Energy said it had no stake.");

        Assert.Contains("SMG", Assert.Single(entities, entity => entity.Name == "SteppeMunaiGas").Aliases);
        Assert.DoesNotContain(entities, entity => entity.Name == "SMG");
    }

    [Fact]
    public void A_nationality_before_its_noun_is_no_group()
    {
        var entities = Extract("Togolese officials declined to comment, and Lebanese banks stayed shut on Monday.");

        Assert.DoesNotContain(EntityType.Person, entities.Select(entity => entity.Type));
    }
}
