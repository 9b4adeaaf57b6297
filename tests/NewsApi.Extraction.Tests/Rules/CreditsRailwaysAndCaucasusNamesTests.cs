using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 55, from Central Asian and Caucasus news (set YD): photo credits, state railways and firms named for a city and
/// their trade, a list of villages after a colon, people in lists and appositions, contested territories.
/// </summary>
public sealed class CreditsRailwaysAndCaucasusNamesTests
{
    [Fact]
    public void A_name_joined_by_a_slash_to_a_news_agency_is_the_photographer()
    {
        var entities = Extract("Shepherds drove their flocks past the new station on Friday.\n"
            + "Photo: A freight train leaves Dalanzadgad. / Tsetsegmaa Bat-Ochir / AFP\n"
            + "Riot police stand outside the parliament. REUTERS/Marta Kowalczyk\n"
            + "Fans wave flags in the square. (Photo: Henrik Dahl / Ritzau Scanpix / AFP)");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Tsetsegmaa Bat-Ochir", people);
        Assert.Contains("Marta Kowalczyk", people);
        Assert.Contains("Henrik Dahl", people);
        Assert.DoesNotContain("Ritzau Scanpix", people);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Organisation && entity.Name is "Tsetsegmaa Bat-Ochir" or "Marta Kowalczyk");
    }

    [Fact]
    public void A_band_written_with_a_slash_is_no_credit()
    {
        var entities = Extract("The band AC/DC played two nights in Melbourne, and Reuters reported the crowd at 80,000.");

        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_countrys_railway_is_its_railway_company_and_a_citys_steel_its_steelmaker()
    {
        var entities = Extract("Mongolian Railway has ordered 600 wagons, and Pakistan Railways will lease 40 more. The miner is in talks with "
            + "steelmakers including Baotou Steel. The Qingzang Railway crosses the plateau, and Lord Steel spoke in the debate.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Mongolian Railway", organisations);
        Assert.Contains("Pakistan Railways", organisations);
        Assert.Contains("Baotou Steel", organisations);
        Assert.Contains("Qingzang Railway", Names(entities, EntityType.Place));
        Assert.DoesNotContain("Baotou Steel", Names(entities, EntityType.Person));
    }

    [Fact]
    public void A_body_named_by_a_head_word_after_General_is_no_person()
    {
        var entities = Extract("Figures from China's General Administration of Customs showed imports fell. The General Staff met on Monday, "
            + "and Major Tom Harlan flew home.");

        var people = Names(entities, EntityType.Person);
        Assert.DoesNotContain("General Administration", people);
        Assert.DoesNotContain("General Staff", people);
        Assert.Contains("General Administration of Customs", Names(entities, EntityType.Organisation));
        Assert.Contains("Tom Harlan", people);
    }

    [Fact]
    public void Names_listed_after_villages_and_a_colon_are_places_whatever_the_tagger_read()
    {
        var entities = Extract("Under the deal Armenia handed back three villages on the river to Azerbaijan: Vosketap Dasht, Ashagi Kolani "
            + "and Kirants. Khatami named two areas: On Iraq, he called for talks.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Vosketap Dasht", places);
        Assert.Contains("Ashagi Kolani", places);
        Assert.Contains("Kirants", places);
        Assert.DoesNotContain("On Iraq", places);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person && entity.Name is "Vosketap Dasht" or "Ashagi Kolani");
    }

    [Fact]
    public void A_name_before_a_border_crossing_or_a_checkpoint_is_a_place()
    {
        var entities = Extract("Grain wagons queued at the Zhibek Zholy border crossing for a week, and trucks waited at its Burunkul coal "
            + "crossing. Smith crossing the road was not seen.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Zhibek Zholy", places);
        Assert.Contains("Burunkul", places);
        Assert.DoesNotContain("Smith", places);
    }

    [Fact]
    public void A_name_before_a_title_in_a_list_item_or_a_trade_in_apposition_is_a_person()
    {
        var entities = Extract("Officials at the opening included:\n"
            + "- Narek Hovsepyan, governor of Syunik province\n"
            + "- Bolormaa Dashdorj, minister of mining\n"
            + "Enkhjin Purev, a glaciologist at the Mongolian Academy of Sciences, said the wells would run dry.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Narek Hovsepyan", people);
        Assert.Contains("Bolormaa Dashdorj", people);
        Assert.Contains("Enkhjin Purev", people);
    }

    [Fact]
    public void Contested_territories_of_the_Caucasus_and_Moldova_are_places()
    {
        var entities = Extract("The two countries fought over Nagorno-Karabakh, and Russia keeps troops in Abkhazia, South Ossetia and Transnistria.");

        var places = Names(entities, EntityType.Place);
        Assert.Contains("Nagorno-Karabakh", places);
        Assert.Contains("Abkhazia", places);
        Assert.Contains("South Ossetia", places);
        Assert.Contains("Transnistria", places);
    }

    [Fact]
    public void Parliaments_and_rugby_sides_known_by_their_own_names_are_organisations()
    {
        var entities = Extract("The bill passed the Milli Majlis on Tuesday after a debate in the Mazhilis. Before the match the Lelos "
            + "trained in Tbilisi while Os Lobos flew in from Lisbon.");

        var organisations = Names(entities, EntityType.Organisation);
        Assert.Contains("Milli Majlis", organisations);
        Assert.Contains("Mazhilis", organisations);
        Assert.Contains("Lelos", organisations);
        Assert.Contains("Os Lobos", organisations);
    }
}
