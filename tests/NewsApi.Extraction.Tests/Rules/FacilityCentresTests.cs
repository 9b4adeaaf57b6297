using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>A centre named for what is done in the building is a place; one named for its work is a body. Sentences written here.</summary>
public sealed class FacilityCentresTests
{
    [Fact]
    public void A_sports_community_space_or_detention_centre_is_a_place_and_a_research_centre_a_body()
    {
        var entities = Extract("""
            Evacuees were taken to the Harwick Sports Centre and the Lowmoor Community Centre overnight. The probe lifted off from
            the Tanegashima Space Center, and the suspect is held at the Metropolitan Detention Center in Brooklyn. Analysts at the
            Kasikorn Research Center disagreed.
            """);
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Harwick Sports Centre", places);
        Assert.Contains("Lowmoor Community Centre", places);
        Assert.Contains("Tanegashima Space Center", places);
        Assert.Contains("Metropolitan Detention Center", places);
        Assert.Contains("Kasikorn Research Center", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_convention_centres_acronym_is_the_same_place()
    {
        var entities = Extract("""
            The fair opened at the Harbourview International Convention Center (HICC) on Monday. Organisers said the HICC would host
            1,200 exhibitors.
            """);

        var centre = Assert.Single(entities, entity => entity.Name == "Harbourview International Convention Center");
        Assert.Equal(EntityType.Place, centre.Type);
        Assert.DoesNotContain(entities, entity => entity.Name == "HICC" && entity.Type == EntityType.Organisation);
    }
}
