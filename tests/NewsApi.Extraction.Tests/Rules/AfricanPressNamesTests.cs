using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 52, from the African English-language press (set XV): a subsidiary named with its country ("Qinfeng Copper Mining
/// Zambia Limited", then "Qinfeng"), a council's title before a person ("Council Speaker Nomvula Khumalo"), a line-up's
/// initialled names ("C. Ndiaye"), a city's everyday name ("Joburg"), a stadium named after a person ("Stade Charles
/// Konan Banny") and a contest named with "of" ("the Africa Cup of Nations"); from the British press (set XU), a hospital
/// named after its valley; a Chinese manager of a Zambian mine called "Ms Chen"; from a reader's sample of the seeded
/// archive, Israeli and Palestinian towns read as people ("Kiryat Shmona", "Beit Omar").
/// </summary>
public sealed class AfricanPressNamesTests
{
    [Fact]
    public void A_subsidiary_named_with_its_country_is_the_firm_its_own_word_names()
    {
        var entities = Extract("ZEMA issued a pollution order to Tianrui Copper Mining Zambia Limited, which operates the Chabwe mine. Tianrui said "
            + "it had stopped pumping. A Tianrui manager declined to comment.");

        Assert.Contains(entities, entity => entity.Name == "Tianrui Copper Mining Zambia Limited" && entity.Aliases.Contains("Tianrui"));
    }

    [Fact]
    public void A_councils_title_before_a_name_holds_a_person()
    {
        var entities = Extract("Council Speaker Nomvula Dlamini said the mayor's position was now vacant. Dlamini said a special meeting would "
            + "be held within 14 days.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Person && entity.Name == "Nomvula Dlamini" && entity.Aliases.Contains("Dlamini"));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Organisation && entity.Name.Contains("Dlamini", StringComparison.Ordinal));
    }

    [Fact]
    public void An_initialled_name_is_the_namesake_with_that_initial()
    {
        var entities = Extract("Senegal started with C. Ndiaye up front and I. Ndiaye on the left. Cheikh Ndiaye scored twice and Ismaila Ndiaye "
            + "set up the third.");

        Assert.Contains(entities, entity => entity.Name == "Cheikh Ndiaye" && entity.Aliases.Contains("C. Ndiaye"));
        Assert.Contains(entities, entity => entity.Name == "Ismaila Ndiaye" && entity.Aliases.Contains("I. Ndiaye"));
    }

    [Fact]
    public void A_citys_everyday_name_is_the_city()
    {
        var entities = Extract("Johannesburg's council met on Tuesday. Traffic in Joburg was heavy as protesters marched.");

        Assert.Single(entities, entity => entity.Type == EntityType.Place);
        Assert.Contains(entities, entity => entity.Name == "Johannesburg" && entity.Aliases.Contains("Joburg"));
    }

    [Fact]
    public void A_stadium_named_after_a_person_is_a_place_and_a_cup_of_nations_no_entity()
    {
        var entities = Extract("The match at the Stade Augustin Mbarga boiled over late on. Ghana reached the Africa Cup of Nations quarter-finals "
            + "after a win over Mali.");

        Assert.Contains("Stade Augustin Mbarga", Names(entities, EntityType.Place));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person && entity.Name.Contains("Mbarga", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Cup", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hospital_in_a_valley_names_no_person()
    {
        var entities = Extract("The baby died at Ise Valley Hospital in Kettering in January 2023. Midwives at Ise Valley were exhausted, a union "
            + "official said.");

        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
        Assert.Contains("Ise Valley Hospital", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_courtesy_title_and_a_chinese_family_name_is_the_person_named_family_name_first()
    {
        var entities = Extract("The mine's general manager, Chen Yanmei, said the spill had been contained. Ms Chen declined to say how much acid "
            + "had escaped. Trade minister Wang Dejun visited the site, and Mr Wang promised an inquiry.");

        Assert.Contains(entities, entity => entity.Name == "Chen Yanmei" && entity.Aliases.Contains("Ms Chen"));
        Assert.Contains(entities, entity => entity.Name == "Wang Dejun" && entity.Aliases.Contains("Mr Wang"));
    }

    [Fact]
    public void A_town_named_with_a_hebrew_or_arabic_word_for_town_or_house_is_a_place()
    {
        var entities = Extract("Rockets hit Safed, Kiryat Shmona and Metula on Sunday. The group named the bomber as Yusuf Hamdan, 24, from Beit "
            + "Omar. Beit Omar lies between Bethlehem and Hebron.");
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Kiryat Shmona", places);
        Assert.Contains("Beit Omar", places);
        Assert.Contains("Yusuf Hamdan", Names(entities, EntityType.Person));
    }
}
