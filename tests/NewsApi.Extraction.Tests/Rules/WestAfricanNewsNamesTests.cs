using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 55, from West African news (set YF): countries written with a hyphen, an apostrophe or before a dash, firms the
/// tagger cut short, a foreign body's hyphenated name, a tournament's group, British spellings opening a sentence, a
/// player's club named by its city.
/// </summary>
public sealed class WestAfricanNewsNamesTests
{
    [Fact]
    public void A_country_before_a_spaced_dash_or_written_with_a_curly_apostrophe_is_read_whole()
    {
        var entities = Extract("DALOA, Côte d'Ivoire - Growers waited for the new price on Monday. Côte d’Ivoire grows more cocoa than "
            + "anywhere else, and traders in Guinea-Bissau - its small neighbour - watched the decision.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains(places, place => place is "Côte d'Ivoire" or "Côte d’Ivoire");
        Assert.Contains("Guinea-Bissau", places);
        Assert.DoesNotContain("Côte", places);
        Assert.DoesNotContain("Bissau", places);
        Assert.Single(entities, entity => entity.Name.StartsWith("Côte", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_joined_by_hyphens_are_still_each_a_place()
    {
        var entities = Extract("The Pakistan-Turkiye-Azerbaijan summit opened on Monday.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Pakistan", places);
        Assert.Contains("Turkiye", places);
        Assert.Contains("Azerbaijan", places);
    }

    [Fact]
    public void A_firm_whose_company_word_the_tagger_cut_off_is_named_whole()
    {
        var entities = Extract("BP runs the field with a 56% share. Kosmos Energy of the United States holds about 27%.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Kosmos Energy", organisations);
        Assert.DoesNotContain("Kosmos", organisations);
    }

    [Fact]
    public void A_foreign_bodys_name_goes_on_over_a_hyphen()
    {
        var entities = Extract("Koffi Brou, who heads the Conseil du Coton-Anacarde, said the regulator would publish prices on Friday.");

        Assert.Contains("Conseil du Coton-Anacarde", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_tournaments_group_is_no_organisation()
    {
        var entities = Extract("The win left Mali top of Group D with seven points, two ahead of Guinea, whose coach said Group D was the hardest.");

        Assert.DoesNotContain(entities, entity => entity.Name.StartsWith("Group", StringComparison.Ordinal));
        Assert.Contains("Mali", Names(entities, EntityType.Place));
    }

    [Fact]
    public void In_a_match_report_a_city_joined_to_a_players_name_by_of_or_a_possessive_is_his_club()
    {
        var entities = Extract("Mali beat Guinea 2-0 in the qualifier on Saturday. The coach praised his defenders after the match. "
            + "Up front, Ibrahima Sangare of Marseille, who joined in the summer, was rested. In the second half Lyon's Amadou Keita, "
            + "24, came on for him. The squad flies home on Sunday, and the fans cheered the players off.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Marseille", organisations);
        Assert.Contains("Lyon", organisations);
    }

    [Fact]
    public void Outside_sport_a_city_after_a_persons_name_and_of_stays_a_place()
    {
        var entities = Extract("Mayor Jean Dupont of Marseille said the budget would pass, and Lyon's Anne Keller agreed at the regional council.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Marseille", places);
        Assert.Contains("Lyon", places);
    }

    [Fact]
    public void A_word_in_British_spelling_opening_a_sentence_is_no_part_of_the_name_after_it()
    {
        var entities = Extract("Neighbouring Ghana, the second-largest grower, uses a similar system. Organised gangs smuggle beans into Togo.");

        Assert.Contains("Ghana", Names(entities, EntityType.Place));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Neighbouring", StringComparison.Ordinal) || entity.Name.Contains("Organised", StringComparison.Ordinal));
    }
}
