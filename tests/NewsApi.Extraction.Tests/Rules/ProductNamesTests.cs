using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Products are no entities by the annotation conventions: a name the text defines by initials and then calls a console,
/// a phone or a drug is the product, and so are the initials wherever the article uses them. Each sentence is written here.
/// </summary>
public sealed class ProductNamesTests
{
    [Fact]
    public void A_product_defined_by_its_initials_is_no_entity_but_a_body_so_defined_is()
    {
        var entities = Extract("Kestrova Electronics said its NovaBand Lite (NBL) fitness tracker would go on sale in Canada in March. The NBL "
            + "has sold well in Japan. The World Health Organization (WHO) vaccine programme will also expand, and the Harlow "
            + "Medicines Agency (HMA) drug review ends in May.");
        var names = entities.SelectMany(entity => entity.Aliases.Append(entity.Name)).ToHashSet();

        Assert.DoesNotContain("NBL", names);
        Assert.DoesNotContain("NovaBand Lite", names);
        Assert.Contains("WHO", Assert.Single(entities, entity => entity.Name == "World Health Organization").Aliases);
        Assert.Contains("Harlow Medicines Agency", Names(entities, EntityType.Organisation));
        Assert.Contains("Japan", Names(entities, EntityType.Place));
    }
}
