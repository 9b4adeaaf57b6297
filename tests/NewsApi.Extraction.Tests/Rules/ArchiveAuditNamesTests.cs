using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 69's audit of the seeded Wikinews archive, read as a demanding reader reads it: words of running text glued to
/// a body's or place's name made entities of their own beside the real one.
/// </summary>
public sealed class ArchiveAuditNamesTests
{
    [Fact]
    public void A_word_opening_the_sentence_before_a_listed_name_is_no_part_of_it()
    {
        var entities = Extract("Heeding United Nations warnings, the government moved 4,000 people. Visiting Zimbabwe, the minister said so. "
            + "New Zealand agreed. Royal Bank of Scotland shares fell. Dell said it would drop the servers. Even Intel has been pushing its "
            + "64-bit x86 chips over the Itanium.");

        Assert.Contains(entities, entity => entity is { Type: EntityType.Organisation, Name: "United Nations" });
        Assert.Contains(entities, entity => entity is { Type: EntityType.Place, Name: "Zimbabwe" });
        Assert.Contains(entities, entity => entity is { Type: EntityType.Place, Name: "New Zealand" });
        Assert.Contains(entities, entity => entity is { Type: EntityType.Organisation, Name: "Royal Bank of Scotland" });
        Assert.Contains(entities, entity => entity is { Type: EntityType.Organisation, Name: "Intel" });
        Assert.DoesNotContain(entities, entity => entity.Name.Split(' ')[0] is "Heeding" or "Visiting" or "Even");
    }

    [Fact]
    public void A_federal_district_named_without_its_court_is_one_place_and_its_state_another()
    {
        // One "Eastern District" entity held New York's, Virginia's and Texas's in the archive.
        var entities = Extract("Trump also pardoned a man convicted in the Eastern District of Texas in 2009. He had been sentenced by "
            + "a judge in the Middle District of Louisiana, prosecutors said.");

        var places = entities.Where(entity => entity.Type == EntityType.Place).Select(entity => entity.Name).ToList();
        Assert.Contains("Eastern District of Texas", places);
        Assert.Contains("Middle District of Louisiana", places);
        Assert.Contains("Texas", places);
        Assert.DoesNotContain("Eastern District", places);
    }

    [Fact]
    public void A_given_name_before_a_surname_the_tagger_read_as_a_place_is_one_person()
    {
        // "Arar" is a Saudi town: the archive had Maher Arar as a place in two articles.
        var entities = Extract("Syrian-born Canadian Maher Arar was deported to Syria in 2002. The Maher Arar incident strained relations. "
            + "After the 7 July London bombings, officials in Maher Arar's home town said nothing.");

        var person = Assert.Single(entities, entity => entity.Type == EntityType.Person);
        Assert.Equal("Maher Arar", person.Name);
        Assert.Contains(entities, entity => entity is { Type: EntityType.Place, Name: "London" });
        Assert.DoesNotContain(entities, entity => entity.Name == "Arar");
    }
}
