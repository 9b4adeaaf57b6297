using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 49: where an organisation's long name starts and ends when the tagger read only its middle (a complement's own
/// complement, a body's domain word and a party's affiliation before it, a hyphenated word after "and"), and where a
/// party's adjective is no part of the name after it.
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

    [Fact]
    public void A_party_adjective_before_a_chamber_a_place_or_a_person_is_no_part_of_the_name()
    {
        var entities = Extract("Republican Senate leaders met on Tuesday. In the Republican Iowa caucuses, turnout fell, and former "
            + "Libertarian Ruth Bennett said the Liberal Government had failed.");

        Assert.Contains("Senate", Names(entities, EntityType.Organisation));
        Assert.Contains("Iowa", Names(entities, EntityType.Place));
        Assert.Contains("Ruth Bennett", Names(entities, EntityType.Person));
        Assert.DoesNotContain(entities, entity => entity.Name.StartsWith("Republican ", StringComparison.Ordinal) || entity.Name.StartsWith("Liberal ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disease_named_by_initials_is_no_organisation()
    {
        var entities = Extract("Travel to Hong Kong fell by half during SARS, and the Elton John AIDS Foundation held its party in Los Angeles.");

        Assert.DoesNotContain(entities, entity => entity.Name is "SARS" or "AIDS");
        Assert.Contains("Elton John AIDS Foundation", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void Initials_of_a_party_the_article_names_are_no_generic_thing()
    {
        var entities = Extract("The Progressive Conservatives said the PC platform was fair. Leader John Tory spoke in Ottawa.");
        var computers = Extract("Dell said sales of the PC fell again in Texas.");

        Assert.Contains("PC", Assert.Single(entities, entity => entity.Name.StartsWith("Progressive Conservative", StringComparison.Ordinal)).Aliases);
        Assert.DoesNotContain(computers, entity => entity.Name == "PC");
    }

    [Fact]
    public void A_federation_of_firms_is_named_whole_where_the_tagger_read_only_the_firms_words()
    {
        // A fresh set had "Korean Industries" and "Finnish Industries".
        var organisations = Names(Extract("Business groups including the Federation of Korean Industries called for leniency. The "
            + "Confederation of Finnish Industries (EK) said the deal was costly."), EntityType.Organisation);

        Assert.Contains("Federation of Korean Industries", organisations);
        Assert.Contains("Confederation of Finnish Industries", organisations);
        Assert.DoesNotContain("Korean Industries", organisations);
    }

    [Fact]
    public void A_party_named_in_full_is_also_named_without_party_after_the_or_before_a_members_word()
    {
        // A fresh set about Finland's coalition talks wrote "the Centre" and "National Coalition leader" after the full names.
        var entities = Extract("The five parties, the Social Democrats, the Centre, the Greens and the Left Alliance, signed. National Coalition "
            + "leader Elina Virtanen says her party will scrutinise every euro. Asked whether the National Coalition Party would cooperate, "
            + "Virtanen said no. The Centre Party will take the finance ministry. The Centre for Policy Studies disagreed.");

        Assert.Contains("Centre", Assert.Single(entities, entity => entity.Name == "Centre Party").Aliases);
        Assert.Contains("National Coalition", Assert.Single(entities, entity => entity.Name == "National Coalition Party").Aliases);
        Assert.Contains("Centre for Policy Studies", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_peoples_party_keeps_the_nation_that_opens_its_name()
    {
        var organisations = Names(Extract("A coalition with the Greens and the Swedish People's Party was likely, and the Swiss People's Party "
            + "won in Bern."), EntityType.Organisation);

        Assert.Contains("Swedish People's Party", organisations);
        Assert.Contains("Swiss People's Party", organisations);
        Assert.DoesNotContain("People's Party", organisations);
    }
}
