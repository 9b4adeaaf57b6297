using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 49: where an organisation's long name starts and ends when the tagger read only its middle: a complement's own
/// complement, a body's domain word and a party's affiliation before it, a hyphenated word after "and".
/// </summary>
public sealed class OrganisationNameSpansTests
{
    [Fact]
    public void A_complements_own_complement_belongs_to_the_name()
    {
        var organisations = Names(Extract("Delegates from the American Institute for the Study of Coastal Erosion and the Canadian Union for "
            + "the Conservation of Nature met in Brest on Monday."), EntityType.Organisation);

        Assert.Contains("American Institute for the Study of Coastal Erosion", organisations);
        Assert.Contains("Canadian Union for the Conservation of Nature", organisations);
        Assert.DoesNotContain("American Institute for the Study", organisations);
    }

    [Fact]
    public void A_hyphenated_word_after_and_ends_the_name_whole()
    {
        var organisations = Names(Extract("Militia leaders formed the Coalition for the Defence of Order and Counter-Terrorism in the capital."),
            EntityType.Organisation);

        Assert.Contains("Coalition for the Defence of Order and Counter-Terrorism", organisations);
        Assert.DoesNotContain("Coalition for the Defence of Order and Counter", organisations);
    }

    [Fact]
    public void A_bodys_domain_word_opens_its_name_though_it_opens_titles_too()
    {
        var entities = Extract("In addition, the parents' group, National Center for Rural Teaching, and the ACLU joined the suit. National "
            + "Security Adviser Maria Kellner flew to Oslo.");

        Assert.Contains("National Center for Rural Teaching", Names(entities, EntityType.Organisation));
        Assert.Contains("Maria Kellner", Names(entities, EntityType.Person)); // the title before a person stays a role
    }

    [Fact]
    public void A_partys_affiliation_opens_its_name()
    {
        var organisations = Names(Extract("Morales owns a farm and his Socialist Movement Party grew out of the farmers' union."), EntityType.Organisation);

        Assert.Contains("Socialist Movement Party", organisations);
        Assert.DoesNotContain("Movement Party", organisations);
    }
}
