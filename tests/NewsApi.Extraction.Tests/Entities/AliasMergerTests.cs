using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class AliasMergerTests
{
    private readonly AliasMerger _merger = new(Gazetteer.Default);
    private int _offset;

    [Fact]
    public void A_last_name_and_a_first_name_join_the_full_name_they_belong_to()
    {
        var entities = Merge(
            Mention(EntityType.Person, "Syed Asim Munir"), Mention(EntityType.Person, "Munir"),
            Mention(EntityType.Person, "Shehbaz Sharif"), Mention(EntityType.Person, "Shehbaz"));

        Assert.Equal(["Syed Asim Munir", "Shehbaz Sharif"], entities.Select(entity => entity.Name));
        Assert.Equal(["Munir"], entities[0].Aliases);
        Assert.Equal(2, entities[1].Mentions.Count);
    }

    [Fact]
    public void A_surname_two_people_introduced_together_share_is_not_forced_onto_either_of_them()
    {
        const string Together = "Nawaz Sharif and Shehbaz Sharif met.";
        var entities = Merge(
            Mention(EntityType.Person, "Nawaz Sharif") with { Sentence = Together }, Mention(EntityType.Person, "Shehbaz Sharif") with { Sentence = Together },
            Mention(EntityType.Person, "Sharif"));

        Assert.Equal(["Nawaz Sharif", "Shehbaz Sharif", "Sharif"], entities.Select(entity => entity.Name));
        Assert.All(entities, entity => Assert.Single(entity.Mentions));
    }

    [Fact]
    public void The_name_is_the_longest_form_and_the_titled_forms_are_aliases()
    {
        var entities = Merge(
            Mention(EntityType.Person, "Munir") with { TitledText = "Field Marshal Munir", Roles = ["Field Marshal"] },
            Mention(EntityType.Person, "Syed Asim Munir") with { Roles = ["Chief of Army Staff"] });

        var munir = Assert.Single(entities);
        Assert.Equal("Syed Asim Munir", munir.Name);
        Assert.Equal(["Munir", "Field Marshal Munir"], munir.Aliases);
        Assert.Equal(["Field Marshal", "Chief of Army Staff"], munir.Roles);
    }

    [Fact]
    public void A_name_in_capitals_or_with_a_possessive_is_the_same_name()
    {
        var entities = Merge(
            Mention(EntityType.Place, "ISLAMABAD") with { NormalText = "Islamabad" },
            Mention(EntityType.Place, "Islamabad"),
            Mention(EntityType.Place, "Pakistan's"), Mention(EntityType.Place, "Pakistan"));

        Assert.Equal(["Islamabad", "Pakistan"], entities.Select(entity => entity.Name));
        Assert.All(entities, entity => Assert.Empty(entity.Aliases));
    }

    [Fact]
    public void Two_ways_of_writing_a_country_are_one_place()
    {
        var entities = Merge(Mention(EntityType.Place, "United States"), Mention(EntityType.Place, "U.S."));

        var place = Assert.Single(entities);
        Assert.Equal("United States", place.Name);
        Assert.Equal(["U.S."], place.Aliases);
    }

    [Fact]
    public void A_defined_acronym_joins_its_long_form_which_names_the_organisation()
    {
        var book = new AcronymBook(context: null);
        book.Define("ISPR", new AcronymMeaning("Inter-Services Public Relations", EntityType.Organisation, IsRole: false));

        var entities = _merger.Merge([Mention(EntityType.Organisation, "ISPR"), Mention(EntityType.Organisation, "Inter-Services Public Relations")], book);

        var organisation = Assert.Single(entities);
        Assert.Equal("Inter-Services Public Relations", organisation.Name);
        Assert.Equal(["ISPR"], organisation.Aliases);
    }

    [Fact]
    public void A_shorter_organisation_name_inside_a_longer_one_joins_it()
    {
        var entities = Merge(Mention(EntityType.Organisation, "Kenya Ports Authority"), Mention(EntityType.Organisation, "Ports Authority"));

        Assert.Equal("Kenya Ports Authority", Assert.Single(entities).Name);
    }

    [Fact]
    public void An_organisation_written_in_the_variant_list_is_shown_by_the_list_s_name_when_the_text_writes_it()
    {
        var entities = Merge(Mention(EntityType.Organisation, "Fed"), Mention(EntityType.Organisation, "Federal Reserve"),
            Mention(EntityType.Organisation, "Fed"), Mention(EntityType.Organisation, "US State Department"), Mention(EntityType.Organisation, "State Department"));

        Assert.Equal(["Federal Reserve", "State Department"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void An_organisation_named_after_of_in_a_longer_name_is_what_it_belongs_to_not_its_short_form()
    {
        var entities = Merge(Mention(EntityType.Organisation, "Court of Justice of the European Union"), Mention(EntityType.Organisation, "EU"),
            Mention(EntityType.Organisation, "Emergency Department of Bathurst Hospital"), Mention(EntityType.Organisation, "Bathurst Hospital"));

        Assert.Equal(4, entities.Count);
        Assert.All(entities, entity => Assert.Empty(entity.Aliases));
    }

    [Fact]
    public void A_courtesy_title_chooses_between_two_people_sharing_a_surname_and_a_womans_title_is_no_mans_name()
    {
        var family = Merge(Mention(EntityType.Person, "Jordan Phillips"), Mention(EntityType.Person, "Denise Phillips"),
            Mention(EntityType.Person, "Phillips") with { TitledText = "Mr Phillips" });
        var couple = Merge(Mention(EntityType.Person, "Barack Obama"), Mention(EntityType.Person, "Obama") with { TitledText = "Mrs. Obama" });

        Assert.Contains("Mr Phillips", Assert.Single(family, entity => entity.Name == "Jordan Phillips").Aliases);
        Assert.Empty(Assert.Single(family, entity => entity.Name == "Denise Phillips").Aliases);
        Assert.Equal(2, couple.Count);
    }

    [Fact]
    public void Mr_and_mrs_with_one_surname_are_two_people_each_joining_the_one_of_their_sex()
    {
        var entities = Merge(Mention(EntityType.Person, "Chukwuemeka Obiora"), Mention(EntityType.Person, "Ngozi Obiora"),
            Mention(EntityType.Person, "Obiora") with { TitledText = "Mr Obiora" }, Mention(EntityType.Person, "Obiora") with { TitledText = "Mrs Obiora" });

        Assert.Contains("Mr Obiora", Assert.Single(entities, entity => entity.Name == "Chukwuemeka Obiora").Aliases);
        Assert.Contains("Mrs Obiora", Assert.Single(entities, entity => entity.Name == "Ngozi Obiora").Aliases);
    }

    [Fact]
    public void The_state_departments_names_are_one_organisation()
    {
        var entities = Merge(Mention(EntityType.Organisation, "State Department"), Mention(EntityType.Organisation, "United States Department of State"),
            Mention(EntityType.Organisation, "Department of State"));

        Assert.Single(entities);
    }

    [Fact]
    public void An_acronym_taking_more_than_one_letter_from_a_word_is_the_name_it_spells()
    {
        var entities = Merge(Mention(EntityType.Organisation, "UN High Commission for Refugees"), Mention(EntityType.Organisation, "UNHCR"),
            Mention(EntityType.Organisation, "Ontario Teachers Union"), Mention(EntityType.Organisation, "OTF"));

        Assert.Contains("UNHCR", Assert.Single(entities, entity => entity.Name == "UN High Commission for Refugees").Aliases);
        Assert.Contains(entities, entity => entity.Name == "OTF"); // F is no union's letter
    }

    [Fact]
    public void A_city_is_not_merged_into_a_longer_place_that_contains_its_name()
    {
        var entities = Merge(Mention(EntityType.Place, "Mexico City"), Mention(EntityType.Place, "Mexico"));

        Assert.Equal(["Mexico City", "Mexico"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void A_listed_place_stays_a_place_beside_an_organisation_named_after_it()
    {
        var entities = Merge(Mention(EntityType.Organisation, "Bank of Sierra Leone"), Mention(EntityType.Place, "Sierra Leone"));

        Assert.Equal(["Bank of Sierra Leone", "Sierra Leone"], entities.Select(entity => entity.Name));
        Assert.Equal(EntityType.Place, entities[1].Type);
    }

    [Fact]
    public void A_university_acronym_without_its_campus_joins_the_campus_name()
    {
        var entities = Merge(Mention(EntityType.Organisation, "University of North Carolina at Chapel Hill"), Mention(EntityType.Organisation, "UNC"));

        Assert.Equal(["UNC"], Assert.Single(entities).Aliases);
    }

    [Fact]
    public void A_name_misspelt_once_joins_the_name_used_throughout()
    {
        var entities = Merge(
            Mention(EntityType.Person, "Kristin Wilkins"), Mention(EntityType.Person, "Kristin Wilkins"), Mention(EntityType.Person, "Kristen Wilkins"));

        Assert.Equal("Kristin Wilkins", Assert.Single(entities).Name);
    }

    [Fact]
    public void Two_short_given_names_one_letter_apart_are_two_people()
    {
        var entities = Merge(Mention(EntityType.Person, "John Smith"), Mention(EntityType.Person, "Joan Smith"));

        Assert.Equal(["John Smith", "Joan Smith"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void Two_names_one_letter_apart_that_both_recur_are_two_people()
    {
        var maria = Enumerable.Range(0, 3).Select(_ => Mention(EntityType.Person, "Maria Castillo"));
        var mario = Enumerable.Range(0, 3).Select(_ => Mention(EntityType.Person, "Mario Castillo"));

        var entities = Merge([.. maria, .. mario]);

        Assert.Equal(["Maria Castillo", "Mario Castillo"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void Names_whose_first_letters_differ_are_not_taken_for_misspellings()
    {
        var entities = Merge(Mention(EntityType.Person, "Karsten Olsen"), Mention(EntityType.Person, "Carsten Olsen"));

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_party_named_by_its_own_word_is_that_party_but_not_a_state_branch_an_acronym_or_a_paper()
    {
        var australian = Merge(Mention(EntityType.Organisation, "Australian Labor Party"), Mention(EntityType.Organisation, "Labor"));
        var likud = Merge(Mention(EntityType.Organisation, "Likud Party"), Mention(EntityType.Organisation, "Likud"));
        var iowa = Merge(Mention(EntityType.Organisation, "Iowa Democratic Party"), Mention(EntityType.Organisation, "Democratic"));
        var paper = Merge(Mention(EntityType.Organisation, "American Independent Party"), Mention(EntityType.Organisation, "The Independent"));

        Assert.Equal(["Labor"], Assert.Single(australian).Aliases);
        Assert.Equal(["Likud"], Assert.Single(likud).Aliases);
        Assert.Equal(2, iowa.Count);
        Assert.Equal(2, paper.Count);
    }

    [Fact]
    public void Initials_that_a_listed_place_spells_in_another_case_join_the_organisation_they_abbreviate()
    {
        // "Aba" is a Nigerian city, and the place list is read without regard to case (datelines write "LAGOS").
        var bar = Merge(Mention(EntityType.Organisation, "American Bar Association"), Mention(EntityType.Place, "ABA"));
        var kingdom = Merge(Mention(EntityType.Organisation, "Ulster Kinship"), Mention(EntityType.Place, "UK"));

        Assert.Equal(["ABA"], Assert.Single(bar).Aliases);
        Assert.Equal(2, kingdom.Count); // a country's initials stay the country
    }

    private IReadOnlyList<ExtractedEntity> Merge(params NameMention[] mentions) => _merger.Merge(mentions, new AcronymBook(context: null));

    private NameMention Mention(EntityType type, string text)
    {
        var start = _offset;
        _offset += text.Length + 1;
        return new NameMention(type, TextField.Body, start, start + text.Length, text, text);
    }
}
