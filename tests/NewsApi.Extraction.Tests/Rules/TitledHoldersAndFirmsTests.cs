using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 51, from a reader's sample of the seeded Wikinews archive: a title the tagger read into a body's or a place's name
/// ("Chairman Mao Zedong", "U.S. Attorney Okafor"), and a firm whose one-word name is also a given name ("Porsche").
/// </summary>
public sealed class TitledHoldersAndFirmsTests
{
    [Fact]
    public void A_chairman_a_king_and_a_countrys_attorney_hold_people()
    {
        var entities = Extract("The exhibition recalls Chairman Mao Zedong and the years of the Cultural Revolution. Crowds greeted King "
            + "Bhumibol Adulyadej in Bangkok. According to U.S. Attorney Okafor, the letter could strengthen the federal case.");
        var people = Names(entities, EntityType.Person);

        Assert.Contains("Mao Zedong", people);
        Assert.Contains("Bhumibol Adulyadej", people);
        Assert.Contains("Okafor", people);
        Assert.DoesNotContain(entities, entity => entity.Type != EntityType.Person && entity.Name.Contains("Mao", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tournament_after_queen_is_no_person()
    {
        var entities = Extract("The team withdrew from the Peace Queen Cup Korea tournament on Monday.");

        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_firm_spelled_like_a_given_name_is_a_firm_beside_its_trade_and_its_chairman()
    {
        var entities = Extract("German automobile manufacturer Porsche reported lower sales. The chairman of Porsche, Wendelin Wiedeking, "
            + "said demand had fallen. Porsche chairman Wendelin Wiedeking spoke in Stuttgart.");

        Assert.Contains("Porsche", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Porsche", Names(entities, EntityType.Person));
        Assert.Contains("Wendelin Wiedeking", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_given_name_after_a_group_or_an_agency_is_still_no_firm()
    {
        var entities = Extract("The group Jane leads has grown. Officials at the agency Tom runs declined to comment.");

        Assert.DoesNotContain("Jane", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Tom", Names(entities, EntityType.Organisation));
    }
}
