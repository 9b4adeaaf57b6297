using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Laws, treaties, prizes, contests and events are no entities by the annotation conventions, whatever the tagger typed
/// them; the places named inside them still are. Each sentence is written here.
/// </summary>
public sealed class EventNamesTests
{
    [Fact]
    public void A_law_its_acronym_and_a_bill_named_by_its_head_word_are_no_entities()
    {
        var entities = Extract("""
            Senators passed the Coastal Fisheries Protection Act (CFPA) on Tuesday, and the Harbour Levies Bill went to committee.
            Opposition leader Mara Quintero said the Bill was rushed and the CFPA would be challenged.
            """);
        var names = entities.SelectMany(entity => entity.Aliases.Append(entity.Name)).ToHashSet();

        Assert.DoesNotContain("Coastal Fisheries Protection Act", names);
        Assert.DoesNotContain("CFPA", names);
        Assert.DoesNotContain("Harbour Levies Bill", names);
        Assert.DoesNotContain("Bill", names);
        Assert.Contains("Mara Quintero", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_speech_or_a_memorandum_is_no_entity()
    {
        // The archive had "Union Address" (of "the State of the Union Address") as an organisation in 4 articles, and
        // "Memorandum of Understanding" in 2.
        var entities = Extract("""
            In his State of the Union Address, President Okafor thanked Congress. The ministry signed a Memorandum of Understanding (MOU) with Intel.
            """);
        var names = entities.SelectMany(entity => entity.Aliases.Append(entity.Name)).ToHashSet();

        Assert.DoesNotContain(names, name => name.Contains("Address", StringComparison.Ordinal) || name.Contains("Memorandum", StringComparison.Ordinal));
        Assert.Contains("Okafor", Names(entities, EntityType.Person));
        Assert.Contains("Congress", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_treaty_or_cup_is_no_entity_but_the_place_it_is_named_after_is()
    {
        var entities = Extract("""
            Lithuania signed the Vilnius Accord in 2019, and Brazil lifted the Davis Cup a week later.
            """);
        var names = entities.SelectMany(entity => entity.Aliases.Append(entity.Name)).ToHashSet();
        var places = Names(entities, EntityType.Place);

        Assert.DoesNotContain("Vilnius Accord", names);
        Assert.DoesNotContain("Davis Cup", names);
        Assert.Contains("Vilnius", places);
        Assert.Contains("Brazil", places);
    }

    [Theory]
    [InlineData("Kyoto Protocol", true)]
    [InlineData("General Election", true)]
    [InlineData("Treaty of Tartu", true)]
    [InlineData("Commonwealth Games", true)]
    [InlineData("General Data Protection Regulation", true)]
    // A body whose own head comes before a preposition, a company named "Games", a head word alone.
    [InlineData("Maricopa County Board of Elections", false)]
    [InlineData("Institute for the Study of War", false)]
    [InlineData("Riot Games", false)]
    [InlineData("Cup", false)]
    public void A_name_is_an_event_when_an_events_word_heads_it(string name, bool isEvent) =>
        Assert.Equal(isEvent, NewsApi.Extraction.Rules.EventNames.IsEvent(name, NewsApi.Extraction.Gazetteers.Gazetteer.Default));
}
