using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>Two names joined by "and" that the tagger read as one organisation. Sentences written here.</summary>
public sealed class JoinedNamesTests
{
    [Fact]
    public void Two_bodies_joined_by_and_are_two_organisations_and_a_city_beside_a_club_is_a_club()
    {
        var entities = Extract("""
            Officers of the Guatemalan Army and National Police were charged on Monday.
            Burnley, promoted last May alongside Leeds United and Sunderland, face a daunting run-in.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Guatemalan Army", organisations);
        Assert.Contains("National Police", organisations);
        Assert.Contains("Leeds United", organisations);
        Assert.Contains("Sunderland", organisations);
        Assert.DoesNotContain(organisations, name => name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_whose_and_joins_its_own_words_stays_whole()
    {
        var organisations = Names(Extract("""
            The U.S. Securities and Exchange Commission and the Ministry of Posts and Telecommunications both opened inquiries,
            and the University and College Union called a strike.
            """), EntityType.Organisation);

        Assert.Contains("U.S. Securities and Exchange Commission", organisations);
        Assert.Contains("Ministry of Posts and Telecommunications", organisations);
        Assert.Contains("University and College Union", organisations);
    }
}
