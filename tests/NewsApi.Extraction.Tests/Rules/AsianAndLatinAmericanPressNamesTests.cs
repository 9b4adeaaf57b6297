using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 53, from the English-language press of South and Southeast Asia (set XX) and of Latin America (set XY): a central
/// bank named with its country, Malaysian honours before names, Malay coalitions' names, a city named with and without
/// "City", a verb's -ing form opening a sentence before a surname, a Spanish second surname that is also a place, law
/// firms and clothing brands the tagger reads as people, the Filipino "Ma." for Maria, a volcano named with and without
/// "Volcano", seats of government, a ground named after a person, a club named with a club's word and its town, and a
/// place before a party's initials ("Punjab BJP chief").
/// </summary>
public sealed class AsianAndLatinAmericanPressNamesTests
{
    [Fact]
    public void A_central_bank_named_with_its_country_is_one_organisation()
    {
        var entities = Extract("The default, announced by the Central Bank of Sri Lanka in April, hit savers. The Central Bank of Sri Lanka said "
            + "reserves would recover.");

        Assert.Contains("Central Bank of Sri Lanka", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Central Bank", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Malaysian_honours_are_titles_not_names()
    {
        var entities = Extract("Caretaker Chief Minister Datuk Seri Harun Mohd Zaki conceded on Sunday. Tan Sri Rahim Osman and Datuk Peter Lajim "
            + "joined him. Indonesia's Finance Minister Sri Mulyani Indrawati and Tan Duc Minh Nguyen were in Kota Kinabalu.");

        Assert.Contains(entities, entity => entity.Name == "Harun Mohd Zaki" && entity.Roles.Contains("Datuk Seri"));
        Assert.Contains(entities, entity => entity.Name == "Rahim Osman" && entity.Roles.Contains("Tan Sri"));
        Assert.Contains(entities, entity => entity.Name == "Peter Lajim" && entity.Roles.Contains("Datuk"));
        Assert.Contains("Sri Mulyani Indrawati", Names(entities, EntityType.Person));
        Assert.Contains("Tan Duc Minh Nguyen", Names(entities, EntityType.Person));
    }

    [Fact]
    public void Malay_coalitions_defined_by_their_initials_are_organisations()
    {
        var entities = Extract("Gabungan Rakyat Maju (GRM) won 25 seats, Barisan Nasional (BN) six and Pakatan Harapan (PH) five. BN said it "
            + "was open to talks.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Gabungan Rakyat Maju", organisations);
        Assert.Contains("Barisan Nasional", organisations);
        Assert.Contains("Pakatan Harapan", organisations);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Place && entity.Name.Contains("Nasional", StringComparison.Ordinal));
    }

    [Fact]
    public void A_city_named_with_and_without_city_is_one_place_unless_a_country_or_a_strip_has_the_name()
    {
        var entities = Extract("Residents of Legazpi City fled on Monday. Officials in Legazpi said 3,000 people were moved. Flights from Mexico City "
            + "to the rest of Mexico were cancelled, and Gaza City and the rest of Gaza lost power.");

        Assert.Contains(entities, entity => entity.Name == "Legazpi City" && entity.Aliases.Contains("Legazpi"));
        var places = Names(entities, EntityType.Place);
        Assert.Contains("Mexico", places);
        Assert.Contains("Gaza", places);
    }

    [Fact]
    public void A_verbs_ing_form_opening_a_sentence_is_no_part_of_the_name_after_it()
    {
        var entities = Extract("Congress voted to admit a motion to remove President Gustavo Alarcón Velarde. Removing Alarcón will require 87 "
            + "votes, or two-thirds of the legislature.");

        Assert.DoesNotContain(entities, entity => entity.Name.StartsWith("Removing", StringComparison.Ordinal));
        Assert.Contains(entities, entity => entity.Name == "Gustavo Alarcón Velarde" && entity.Aliases.Contains("Alarcón"));
    }

    [Fact]
    public void A_second_surname_that_is_also_a_place_ends_the_persons_name()
    {
        var entities = Extract("Cabinet Chief Andrés Pizarro Lagos said the government would send Congress a bill. Pizarro said it would pass.");

        Assert.Contains(entities, entity => entity.Name == "Andrés Pizarro Lagos" && entity.Aliases.Contains("Pizarro"));
        Assert.DoesNotContain("Lagos", Names(entities, EntityType.Place));
    }

    [Fact]
    public void Law_firms_and_clothing_brands_are_organisations()
    {
        var entities = Extract("Clifford Chance and White & Case advised the bondholders. Buyers such as Zara, Primark and Under Armour source "
            + "there. Zara Tindall rode at Badminton.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Clifford Chance", organisations);
        Assert.Contains("White & Case", organisations);
        Assert.Contains("Zara", organisations);
        Assert.Contains("Primark", organisations);
        Assert.Contains("Under Armour", organisations);
        Assert.Contains("Zara Tindall", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_filipino_ma_before_a_given_name_is_part_of_the_name_and_chinese_ma_ends_a_sentence()
    {
        var entities = Extract("Albay Gov. Ma. Teresa Salcedo ordered the evacuation of 20,000 people. Salcedo said schools would close. "
            + "Alibaba founder Jack Ma. The company said nothing.");

        Assert.Contains(entities, entity => entity.Name == "Ma. Teresa Salcedo" && entity.Aliases.Contains("Salcedo"));
        Assert.Contains(entities, entity => entity.Name == "Jack Ma" && !entity.Aliases.Any(alias => alias.Contains("Gov", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_volcano_named_with_and_without_volcano_is_one_place_and_the_palace_a_place()
    {
        var entities = Extract("Ash from Mayon Volcano fell on Camalig. Mayon has erupted 50 times since 1616. Malacanang suspended classes "
            + "in the region.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Place && entity.Name == "Mayon Volcano" && entity.Aliases.Contains("Mayon"));
        Assert.Contains("Malacanang", Names(entities, EntityType.Place));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person && entity.Name is "Mayon" or "Malacanang");
    }

    [Fact]
    public void A_ground_named_after_a_person_and_a_club_named_with_its_town_in_a_match_report()
    {
        var entities = Extract("Thiaguinho scored in stoppage time to give Fortaleza a 2-1 win over Independiente Medellín in the first leg of "
            + "their Copa Sudamericana tie. Medellín were leading 2-0 in the second leg when the referee took the players off. "
            + "\"We can turn this around at the Atanasio Girardot,\" the coach said. Fans in Medellín blocked the roads.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Organisation && entity.Name == "Independiente Medellín" && entity.Aliases.Contains("Medellín"));
        var places = Names(entities, EntityType.Place);
        Assert.Contains("Atanasio Girardot", places);
        Assert.Contains("Medellín", places);
    }

    [Fact]
    public void Malaysian_states_and_colombian_departments_are_places_and_a_firm_named_for_its_state_stays_whole()
    {
        var entities = Extract("Voters in Sabah and Sarawak want more autonomy. Fighting spread in Antioquia and Chocó. Power was cut for hours. "
            + "Sabah Electricity Sdn Bhd said supply was restored.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Sabah", places);
        Assert.Contains("Sarawak", places);
        Assert.Contains("Antioquia", places);
        Assert.Contains("Chocó", places);
        Assert.Contains("Sabah Electricity Sdn Bhd", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Parties_named_alone_are_organisations()
    {
        var entities = Extract("The DAP and PKR disagreed. Lawmakers from Podemos Perú and Somos Perú abstained, while the leftist Perú Libre party "
            + "backed it. Samagi Jana Balawegaya leader Ranil Fonseka spoke.");

        var organisations = Names(entities, EntityType.Organisation);
        foreach (var party in new[] { "DAP", "PKR", "Podemos Perú", "Somos Perú", "Perú Libre", "Samagi Jana Balawegaya" })
        {
            Assert.Contains(party, organisations);
        }
    }

    [Fact]
    public void A_place_before_a_listed_partys_initials_is_the_place_of_its_branch()
    {
        var entities = Extract("Punjab BJP chief Sunil Jakhar said the party would contest every seat. Texas GOP chairman Abraham George spoke "
            + "on Monday.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Punjab", places);
        Assert.Contains("Texas", places);
        Assert.Contains("BJP", Names(entities, EntityType.Organisation));
    }
}
