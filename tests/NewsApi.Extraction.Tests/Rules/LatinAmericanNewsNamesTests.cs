using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 51's fresh Latin American news: a Spanish name ends with the father's surname and the mother's, and a bare surname
/// is the father's ("Héctor Quispe Villanueva", then "Quispe"); Spanish firms' words and movements named before the noun.
/// </summary>
public sealed class LatinAmericanNewsNamesTests
{
    [Fact]
    public void A_bare_surname_is_the_fathers_of_a_spanish_name()
    {
        var entities = Extract("Congress voted to open proceedings against President Héctor Quispe Villanueva on Thursday. \"The president "
            + "has lied,\" said Rosa Quispe Mamani, a lawmaker from Puno. At the time Quispe was a deputy minister. Governor Luis Carlos "
            + "Cuéllar Polanía spoke to reporters. \"They are hungry,\" Cuéllar said.");

        Assert.Contains("Quispe", Assert.Single(entities, entity => entity.Name == "Héctor Quispe Villanueva").Aliases);
        Assert.Contains("Cuéllar", Assert.Single(entities, entity => entity.Name == "Luis Carlos Cuéllar Polanía").Aliases);
        Assert.DoesNotContain("Quispe", Names(entities, EntityType.Person));
    }

    [Fact]
    public void The_father_wins_over_a_mother_of_the_same_surname()
    {
        var entities = Extract("The president swore in a cabinet led by Javier Benavides Zúñiga, a lawyer. Congress president Jorge Luis "
            + "Cáceres Benavides said the vote was fair. Benavides said his priority would be the budget.");

        Assert.Contains("Benavides", Assert.Single(entities, entity => entity.Name == "Javier Benavides Zúñiga").Aliases);
        Assert.DoesNotContain("Benavides", Assert.Single(entities, entity => entity.Name == "Jorge Luis Cáceres Benavides").Aliases);
    }

    [Fact]
    public void A_name_that_ends_in_the_surname_alone_keeps_it_when_both_are_introduced_together()
    {
        var entities = Extract("Bilawal Bhutto Zardari, 19, the son of former Prime Minister Benazir Bhutto, will lead the party. Bhutto "
            + "was killed in Rawalpindi on Thursday.");

        Assert.Contains("Bhutto", Assert.Single(entities, entity => entity.Name == "Benazir Bhutto").Aliases);
    }

    [Fact]
    public void A_spanish_firms_word_and_a_movements_noun_name_organisations()
    {
        var entities = Extract("Growers affiliated with the Tierra Digna movement blocked roads near Neiva. The Brexit movement was not "
            + "discussed. Payments reached Andina Consultores, a consultancy he founded. Andina advised mining companies in 2006.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Tierra Digna", organisations);
        Assert.DoesNotContain("Brexit", organisations);
        Assert.Contains("Andina", Assert.Single(entities, entity => entity.Name == "Andina Consultores").Aliases);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_city_before_its_daily_or_its_television_stays_a_place()
    {
        var entities = Extract("A survey published on Sunday by the Lima daily El Comercio showed approval at 19%. The summit is due in "
            + "Lima in April. He spoke to Seattle television on Monday.");

        Assert.Contains("Lima", Names(entities, EntityType.Place));
        Assert.Contains("Seattle", Names(entities, EntityType.Place));
        Assert.Contains("El Comercio", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Lima", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_hyphenated_surname_in_the_credits_and_a_substitute_are_read_whole()
    {
        var people = Names(Extract("Substitute Marcos Vinícius Andrade scored the winner in the 112th minute. (Reporting by Daniela Ocampo "
            + "in Asuncion; Editing by Hugh Lawson-Prior)"), EntityType.Person);

        Assert.Contains("Marcos Vinícius Andrade", people);
        Assert.Contains("Hugh Lawson-Prior", people);
        Assert.DoesNotContain("Substitute Marcos Vinícius Andrade", people);
    }

    [Fact]
    public void A_lobby_named_after_its_noun_is_an_organisation_but_not_after_the_verb()
    {
        var entities = Extract("Benavides is close to the business lobby Confiep. The government is to lobby Asian countries to cut subsidies.");

        Assert.Contains("Confiep", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Asian", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_bodys_translation_in_brackets_names_the_same_body()
    {
        var entities = Extract("The right-wing Fuerza Popular (Popular Force) and the leftist Frente Amplio (Broad Front) backed the motion. "
            + "Popular Force has 71 seats. The Agrarian Bank (Banco Agrario) would refinance debts. John Smith (Labour Party) spoke.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Organisation && new[] { entity.Name }.Concat(entity.Aliases).ToHashSet()
            .IsSupersetOf(["Fuerza Popular", "Popular Force"]));
        Assert.Contains(entities, entity => new[] { entity.Name }.Concat(entity.Aliases).ToHashSet().IsSupersetOf(["Frente Amplio", "Broad Front"]));
        Assert.Contains(entities, entity => new[] { entity.Name }.Concat(entity.Aliases).ToHashSet().IsSupersetOf(["Agrarian Bank", "Banco Agrario"]));
        Assert.Contains("John Smith", Names(entities, EntityType.Person));
        Assert.Contains("Labour Party", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_ministry_named_by_its_field_either_way_is_one_body()
    {
        var entities = Extract("The Ministry of Agriculture said prices fell. The Agriculture Ministry will meet growers on Saturday. The "
            + "Department of Justice filed a brief. The Justice Department declined to comment.");

        Assert.Contains("Agriculture Ministry", Assert.Single(entities, entity => entity.Name == "Ministry of Agriculture").Aliases);
        Assert.Contains("Justice Department", Assert.Single(entities, entity => entity.Name == "Department of Justice").Aliases);
    }
}
