using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>The rules applied on top of the tagger, seen through the whole pipeline on short made-up articles.</summary>
public sealed class NameRulesTests
{
    [Fact]
    public void A_hyphenated_compound_of_countries_gives_each_country_and_no_summit()
    {
        var entities = Extract("The prime minister attended the Pakistan-Turkiye-Azerbaijan Trilateral Summit in Baku on Tuesday.");

        Assert.Subset(Names(entities, EntityType.Place), new HashSet<string> { "Pakistan", "Turkiye", "Azerbaijan" });
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Summit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationality_on_its_own_is_no_entity()
    {
        var entities = Extract("Azerbaijani officials welcomed the plan, and Afghan diplomats said they would study it.");

        Assert.DoesNotContain(entities, entity => entity.Name is "Azerbaijani" or "Afghan");
    }

    [Fact]
    public void A_title_without_a_name_is_no_person()
    {
        var entities = Extract("The Prime Minister said the Foreign Minister would travel to Ankara next week.");

        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_two_people_in_the_article_share_stays_apart_from_both()
    {
        var entities = Extract("Nawaz Sharif and Shehbaz Sharif met in Lahore on Monday. Sharif later told reporters that the talks went well.");

        var people = Names(entities, EntityType.Person);
        Assert.Contains("Nawaz Sharif", people);
        Assert.Contains("Shehbaz Sharif", people);
        Assert.All(entities.Where(entity => entity.Name.EndsWith("Sharif", StringComparison.Ordinal) && entity.Name.Contains(' ', StringComparison.Ordinal)),
            entity => Assert.DoesNotContain("Sharif", entity.Aliases));
    }

    [Fact]
    public void An_acronym_before_its_long_form_in_brackets_is_an_alias_of_the_organisation()
    {
        var entities = Extract("ISPR (Inter-Services Public Relations) said in a statement that the meeting had gone well.");

        var organisation = Assert.Single(entities, entity => entity.Type == EntityType.Organisation);
        Assert.Equal("Inter-Services Public Relations", organisation.Name);
        Assert.Contains("ISPR", organisation.Aliases);
    }

    [Fact]
    public void A_surname_used_alone_later_in_the_article_is_the_same_person()
    {
        var entities = Extract("Gallery director Kathryn Waters opened the show on Friday. In her remarks, Waters thanked the donors for their gift.");

        var waters = Assert.Single(entities, entity => entity.Type == EntityType.Person && entity.Name == "Kathryn Waters");
        Assert.Equal(2, waters.Mentions.Count);
    }

    [Fact]
    public void A_surname_that_is_also_a_common_word_opening_a_sentence_is_not_taken_for_the_person()
    {
        var entities = Extract("Coach Mark Young praised the players on Sunday. Young fans filled the stadium and young families came too.");

        var young = Assert.Single(entities, entity => entity.Type == EntityType.Person && entity.Name == "Mark Young");
        Assert.Single(young.Mentions);
    }

    [Fact]
    public void An_acronym_defined_for_a_title_is_a_role_and_never_an_organisation()
    {
        var entities = Extract("The Chief of Army Staff (COAS) Asim Munir met the envoy on Monday. Later, COAS Munir said the talks were useful.");

        Assert.DoesNotContain(entities, entity => entity.Name == "COAS" || entity.Aliases.Contains("COAS"));
        var munir = Assert.Single(entities, entity => entity.Type == EntityType.Person && entity.Name == "Asim Munir");
        Assert.Equal(["Chief of Army Staff"], munir.Roles);
    }

    [Fact]
    public void A_knight_or_dame_is_a_person_whatever_place_shares_the_given_name()
    {
        // The Wikinews archive's "Sir Digby Jones, the employers' group's director general" (Digby is a town in Nova Scotia),
        // which the tagger read as an organisation whole; the second sentence is written here.
        var entities = Extract("Sir Digby Jones, the employers' group's director general, said UK firms were being strangled by "
            + "regulation. Dame Orla Kenmare, who chairs the trust, agreed.");

        var jones = Assert.Single(entities, entity => entity.Name == "Digby Jones");
        Assert.Equal(EntityType.Person, jones.Type);
        Assert.Contains("Orla Kenmare", Names(entities, EntityType.Person));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Organisation && entity.Name.StartsWith("Sir", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_after_a_given_name_is_the_surname_unless_a_day_follows()
    {
        // The Wikinews archive's "Prime Minister Theresa May's proposed Brexit deal", where the tagger read "Theresa" alone;
        // the second sentence is written here.
        var entities = Extract("Tom Watson called Prime Minister Theresa May's proposed Brexit deal lousy. The council met Ellen on "
            + "March 3, and Ellen said little.");

        var may = Assert.Single(entities, entity => entity.Name == "Theresa May");
        Assert.Equal(EntityType.Person, may.Type);
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("March", StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_named_for_a_couple_is_one_name_though_the_tagger_read_the_first_given_name_apart()
    {
        // Written here, after gum-dev's "the Mary & Leigh Block Museum of Art", where the tagger read "Mary" as a place.
        var entities = Extract("The prints hang at the Mary & Leigh Block Museum of Art in Evanston until June, and the Ruth & Carl "
            + "Hendrix Gallery of Photography will show them next.");
        var names = entities.Select(entity => entity.Name).ToHashSet();

        Assert.Contains("Mary & Leigh Block Museum of Art", names);
        Assert.DoesNotContain("Mary", names);
        Assert.Contains("Evanston", Names(entities, EntityType.Place));
    }

    [Fact]
    public void Emeritus_after_a_title_is_the_titles_and_no_part_of_the_name()
    {
        // The Wikinews archive's "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese"; the second
        // sentence is written here.
        var entities = Extract("Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese died on Sunday. Professor "
            + "Emeritus Harriet Okonkwo said he had served the poor.");

        Assert.Contains("Dinualdo Gutierrez", Names(entities, EntityType.Person));
        Assert.Contains("Harriet Okonkwo", Names(entities, EntityType.Person));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("Emeritus", StringComparison.Ordinal));
    }
}
