using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Names whose head word comes first: streets, squares and mountain passes of Romance languages, "the River ...", and
/// institutions named "Ministry of ...", "Archdiocese of ..." after "The" or before a date; and firms named with
/// "Technology". Each sentence is written here; none is copied from the held-out articles.
/// </summary>
public sealed class HeadFirstNamesTests
{
    [Fact]
    public void Romance_streets_and_squares_name_their_kind_first()
    {
        var places = Names(Extract("""
            Thousands marched down the Avenida da República towards Praça do Comércio on Saturday. In Marseille the crowd filled
            Rue de la Paix, and a bus was set alight on Calle 45 in Bogotá.
            """), EntityType.Place);

        Assert.Contains("Avenida da República", places);
        Assert.Contains("Praça do Comércio", places);
        Assert.Contains("Rue de la Paix", places);
        Assert.Contains("Calle 45", places);
        Assert.DoesNotContain("Comércio", places);
    }

    [Fact]
    public void A_pass_or_peak_named_first_needs_a_particle_after_its_word()
    {
        var entities = Extract("""
            The race crossed the Col du Galibier and finished on the Alto de l'Angliru, then at Alpe d'Huez the next day. Col Ravi
            Menon, the army's spokesman, said Puerto Rico had sent no riders.
            """);
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Col du Galibier", places);
        Assert.Contains("Alpe d'Huez", places);
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person && entity.Name is "Galibier" or "Alpe");
        // "Col" before a name is a colonel's title, and "Puerto Rico" is the island's own name.
        Assert.DoesNotContain(places, name => name.StartsWith("Col Ravi", StringComparison.Ordinal));
        Assert.Contains("Puerto Rico", places);
    }

    [Fact]
    public void An_institution_after_a_capitalised_The_or_before_a_weekday_is_named_whole()
    {
        var organisations = Names(Extract("""
            The Ministry of Heritage and Antiquities announced the discovery. Kenya's Ministry of Tourism and Wildlife on Friday
            said the park would close, and the Archdiocese of Kisumu said it would pray for peace.
            """), EntityType.Organisation);

        Assert.Contains("Ministry of Heritage and Antiquities", organisations);
        Assert.Contains("Ministry of Tourism and Wildlife", organisations);
        Assert.Contains("Archdiocese of Kisumu", organisations);
    }

    [Fact]
    public void A_river_named_after_the_is_a_place_though_the_tagger_read_a_person()
    {
        var entities = Extract("""
            The River Wharfe rose two metres overnight and flooded the market square at Otley. River Phoenix, the actor, grew up
            far from any of it.
            """);

        Assert.Contains("River Wharfe", Names(entities, EntityType.Place));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Place && entity.Name == "River Phoenix");
    }

    [Fact]
    public void Own_words_before_Technology_name_a_firm_but_a_field_or_a_longer_name_does_not()
    {
        var organisations = Names(Extract("""
            Analysts said Kestrel Technology, which makes chip testers, would gain. Its head of Cloud and Storage Technology, a
            former Information Technology director, said partners such as Vogt & Kessler Technology were unconvinced.
            """), EntityType.Organisation);

        Assert.Contains("Kestrel Technology", organisations);
        Assert.DoesNotContain("Storage Technology", organisations);
        Assert.DoesNotContain("Information Technology", organisations);
        Assert.DoesNotContain("Kessler Technology", organisations);
    }
}
