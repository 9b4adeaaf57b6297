using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 52, from the African English-language press (set XV): a subsidiary named with its country ("Qinfeng Copper Mining
/// Zambia Limited", then "Qinfeng"), a council's title before a person ("Council Speaker Nomvula Khumalo"), a line-up's
/// initialled names ("C. Ndiaye") and a city's everyday name ("Joburg").
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
}
