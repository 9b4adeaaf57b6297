using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 48's fresh news in the style of American wire copy of 2009-2012 (a celebrity's arrest, an NFL team's season, a
/// laptop launch, an Indonesian earthquake): state abbreviations, bodies and firms named by initials or listed names the
/// tagger never saw, islands, counties inside court names and teams named by their city.
/// </summary>
public sealed class AmericanNewsNamesTests
{
    [Fact]
    public void Bodies_and_the_celebrity_press_named_by_initials_are_organisations_also_before_a_noun()
    {
        var organisations = Names(Extract("The celebrity website TMZ first reported the arrest. Less than a mile later, an LAPD patrol "
            + "car was behind her. Los Angeles has been without an NFL franchise since 1995, and Us Weekly ran the story."), EntityType.Organisation);

        Assert.Contains("TMZ", organisations);
        Assert.Contains("LAPD", organisations);
        Assert.Contains("NFL", organisations); // not a work's title, as "the Harry Potter franchise" is
        Assert.Contains("Us Weekly", organisations);
    }

    [Fact]
    public void A_listed_company_of_several_words_is_found_whole_but_not_one_opening_with_a_given_name()
    {
        var entities = Extract("Shares of Best Buy fell 3 percent, while Home Depot rose. Advanced Micro Devices Inc. is pushing cheaper "
            + "chips. Lenovo, Dell, Hewlett-Packard and Acer have all announced ultrabooks. Charles Schwab said he would retire.");
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Best Buy", organisations);
        Assert.Contains("Home Depot", organisations);
        Assert.Contains("Advanced Micro Devices Inc.", organisations);
        Assert.Contains("Hewlett-Packard", organisations);
        Assert.Contains("Acer", organisations);
        Assert.Contains("Charles Schwab", Names(entities, EntityType.Person));
    }

    [Fact]
    public void An_island_or_a_province_named_before_its_division_is_a_place_after_off_or_at_a_sentences_start()
    {
        var places = Names(Extract("A magnitude 6.6 earthquake struck off Sulawesi on Tuesday. Ferries to Lesbos were halted and rescuers "
            + "reached Mindoro. A quake off Aceh province in 2004 triggered a tsunami. Riau province was spared."), EntityType.Place);

        Assert.Contains("Sulawesi", places);
        Assert.Contains("Lesbos", places);
        Assert.Contains("Mindoro", places);
        Assert.Contains("Aceh", places);
        Assert.Contains("Riau", places);
    }
}
