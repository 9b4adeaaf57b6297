using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Stop 52, from the business press (sets XT and XU): a firm's full name and the short form later paragraphs use
/// ("Kestrel Lithium" and "Kestrel", "Ridgeline Sports Partners" and "Ridgeline", "Robert Bosch GmbH" and "Bosch",
/// "General Electric Co." and "GE"), full names that end in a legal form after a company word ("Infineon Technologies AG")
/// or run on after an ampersand ("Korea Hydro & Nuclear Power Co."), names spelled again in Chinese, Japanese or Korean
/// script in brackets, and "Mr Okafor" among namesakes.
/// </summary>
public sealed class FirmShortFormsAndNativeSpellingsTests
{
    [Fact]
    public void A_firms_own_word_before_its_trade_or_its_described_trade_is_the_firm()
    {
        var miner = Extract("Australian miner Pellmore Lithium said on Tuesday it would sell a stake in its Sonora project. Pellmore's chief "
            + "executive, Dana Ruiz, said talks were advanced. Shares in Pellmore rose 4%.");
        var investors = Extract("American investors Ridgeline Sports Partners have completed their takeover of Dundee United. Ridgeline said the "
            + "deal would secure the club's future.");

        Assert.Contains(miner, entity => entity.Name == "Pellmore Lithium" && entity.Aliases.Contains("Pellmore"));
        Assert.Contains(investors, entity => entity.Name == "Ridgeline Sports Partners" && entity.Aliases.Contains("Ridgeline"));
    }

    [Fact]
    public void A_founders_surname_is_his_firm_and_a_product_line_is_not()
    {
        var entities = Extract("Robert Bosch GmbH will take 15% of the venture. Bosch declined to comment. "
            + "Servers using IBM Power chips were upgraded, IBM said.");

        Assert.Contains(entities, entity => entity.Name == "Robert Bosch GmbH" && entity.Aliases.Contains("Bosch"));
        Assert.DoesNotContain(entities, entity => entity.Aliases.Contains("IBM"));
    }

    [Fact]
    public void A_legal_form_after_a_company_word_ends_the_name_and_the_initials_leave_it_out()
    {
        var stakes = Extract("Orvane Technologies AG and Westinghouse Electric Co. will each take 15% of the venture, according to the filing. "
            + "Bonds were sold through Sao Viet Securities JSC, prosecutors said.");
        var shares = Extract("Shares of General Electric Co. fell 2% after GE cut its forecast.");
        var organisations = Names(stakes, EntityType.Organisation);

        Assert.Contains("Orvane Technologies AG", organisations);
        Assert.Contains("Westinghouse Electric Co.", organisations);
        Assert.Contains("Sao Viet Securities JSC", organisations);
        Assert.Contains(shares, entity => entity.Name == "General Electric Co." && entity.Aliases.Contains("GE"));
    }

    [Fact]
    public void An_ampersand_name_runs_on_over_the_firms_trade_and_legal_form()
    {
        var entities = Extract("State-run Korea Hydro & Nuclear Power Co. (KHNP) signed a letter of intent on Monday.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Organisation && entity.Name == "Korea Hydro & Nuclear Power Co." && entity.Aliases.Contains("KHNP"));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_name_spelled_in_its_own_script_in_brackets_is_one_entity()
    {
        var entities = Extract("Company chairman Tsai Ming-hsien (蔡明賢) said the plant would open in 2027. Legislator Kao Wen-li (高文麗) "
            + "asked how many engineers would move. Tsai said the company would hire locally.");

        Assert.Contains(entities, entity => entity.Type == EntityType.Person && entity.Name == "Tsai Ming-hsien" && entity.Aliases.Contains("蔡明賢"));
        Assert.Contains(entities, entity => entity.Type == EntityType.Person && entity.Name == "Kao Wen-li" && entity.Aliases.Contains("高文麗"));
        Assert.DoesNotContain(entities, entity => entity.Name == "蔡明賢" || entity.Name == "高文麗");
    }

    [Fact]
    public void A_courtesy_title_and_surname_is_the_namesake_introduced_last_before_it()
    {
        var family = Extract("Nkechi Obi still keeps the bracelet her son wore. Tobi Obi died at the hospital in Luton in 2022. Her husband, "
            + "Emeka Obi, said the couple had felt ignored. \"We asked questions,\" Mr Obi said.");
        var town = Extract("For Gareth Pryce, who has worked there for 31 years, the view is hard to imagine. \"My father worked on the "
            + "furnaces,\" said Mr Pryce, 54. The town gave the world the actor Sir Jonathan Pryce. But Mr Pryce, who is no relation of "
            + "the star, says the plant was the only way to earn a wage.");

        Assert.Contains(family, entity => entity.Name == "Emeka Obi" && entity.Aliases.Contains("Mr Obi"));
        Assert.Contains(town, entity => entity.Name == "Gareth Pryce" && entity.Aliases.Contains("Mr Pryce"));
        Assert.DoesNotContain(town, entity => entity.Name == "Jonathan Pryce" && entity.Aliases.Contains("Mr Pryce"));
    }

    [Fact]
    public void A_name_ending_in_the_firms_goods_is_a_firm_not_a_place_and_a_railway_stays_a_place()
    {
        var entities = Extract("Jobs at Caerwen Steel UK's Llanelli works will go by March. The Qingzang Railway crosses the plateau.");

        Assert.Contains("Caerwen Steel UK", Names(entities, EntityType.Organisation));
        Assert.Contains("Qingzang Railway", Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_name_and_a_firms_goods_the_tagger_missed_is_a_firm_but_a_given_name_and_them_is_not()
    {
        var entities = Extract("Up to 300 local businesses relied heavily on contracts with Caerwen Steel. Disney and Stanley Gold spoke to the media.");

        Assert.Contains("Caerwen Steel", Names(entities, EntityType.Organisation));
        Assert.DoesNotContain("Stanley Gold", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void A_town_before_a_trade_stays_the_town()
    {
        var entities = Extract("CANTON, Ohio (AP) — The city council voted 7-5 on Monday to back a new ballpark for Canton Steel, the minor league "
            + "team. Canton will borrow $40 million for the stadium, and Canton Steel will pay rent.");

        Assert.Contains("Canton", Names(entities, EntityType.Place));
        Assert.Contains(entities, entity => entity.Name == "Canton Steel" && entity.Aliases.Count == 0);
    }
}
