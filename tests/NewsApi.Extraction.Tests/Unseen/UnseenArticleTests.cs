using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Unseen;

/// <summary>What a careful reader finds in articles the extractor was never tuned on: the names, their types, merged short forms and roles.</summary>
public sealed class UnseenArticleTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Fact]
    public void A_us_politics_story_names_the_senators_with_their_titles_and_the_places_and_departments()
    {
        var entities = Extract(UnseenArticles.UsPolitics);

        AssertFinds(entities, EntityType.Person, "Margaret Holloway", "Daniel Whitaker", "Luis Ortega", "Ruth Abernathy");
        AssertFinds(entities, EntityType.Place, "Washington", "Iowa", "Des Moines", "Vermont", "White House"); // a building, also when it speaks (CONVENTIONS.md)
        AssertFinds(entities, EntityType.Organisation, "Department of Agriculture");
        var holloway = Single(entities, "Margaret Holloway");
        Assert.Contains("Holloway", holloway.Aliases);
        Assert.Contains("Senator", holloway.Roles);
        Assert.Contains("President", Single(entities, "Daniel Whitaker").Roles);
        Assert.Contains("Abernathy", Single(entities, "Ruth Abernathy").Aliases);
    }

    [Fact]
    public void A_football_report_names_the_players_coach_and_competition_without_the_match_day()
    {
        var entities = Extract(UnseenArticles.EuropeanFootball);

        AssertFinds(entities, EntityType.Person, "Tomas Kovac", "Jonas Weidmann", "Rui Falcao");
        AssertFinds(entities, EntityType.Organisation, "Champions League", "Sparta Prague", "UEFA");
        AssertFinds(entities, EntityType.Place, "Nyon");
        Assert.Contains("Kovac", Single(entities, "Tomas Kovac").Aliases);
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Wednesday", StringComparison.Ordinal));
    }

    [Fact]
    public void An_african_business_story_joins_the_lenders_acronym_to_its_name_and_finds_the_chief_executive()
    {
        var entities = Extract(UnseenArticles.AfricanBusiness);

        AssertFinds(entities, EntityType.Organisation, "Mkopo Capital", "International Finance Corporation", "World Bank", "Central Bank of Kenya", "Standard Bank");
        AssertFinds(entities, EntityType.Place, "Nairobi", "Uganda", "Tanzania", "Kampala");
        AssertFinds(entities, EntityType.Person, "Grace Wanjiru");
        Assert.Contains("IFC", Single(entities, "International Finance Corporation").Aliases);
        Assert.Contains("Wanjiru", Single(entities, "Grace Wanjiru").Aliases);
    }

    [Fact]
    public void An_asian_disaster_report_finds_the_regions_the_relief_agencies_and_the_minister()
    {
        var entities = Extract(UnseenArticles.AsianDisaster);

        AssertFinds(entities, EntityType.Place, "Dhaka", "Bangladesh", "Sylhet", "Sunamganj", "India", "Assam", "Meghalaya");
        AssertFinds(entities, EntityType.Organisation, "Bangladesh Army", "Red Cross", "UNICEF");
        AssertFinds(entities, EntityType.Person, "Farida Rahman");
        Assert.Contains("Rahman", Single(entities, "Farida Rahman").Aliases);
    }

    private static IReadOnlyList<ExtractedEntity> Extract(string article) => Pipeline.Process("unseen.txt", article).Entities;

    private static ExtractedEntity Single(IReadOnlyList<ExtractedEntity> entities, string name) => Assert.Single(entities, entity => entity.Name == name);

    private static void AssertFinds(IReadOnlyList<ExtractedEntity> entities, EntityType type, params string[] names) =>
        Assert.All(names, name => Assert.Contains(entities, entity => entity.Type == type && entity.Name == name));
}
