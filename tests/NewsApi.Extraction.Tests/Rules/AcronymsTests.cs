using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Rules;
using static NewsApi.Extraction.Tests.Rules.RoleChainTests;

namespace NewsApi.Extraction.Tests.Rules;

public sealed class AcronymsTests
{
    private static readonly Acronyms Acronyms = new(new RoleChain(Gazetteer.Default));

    [Fact]
    public void A_long_form_followed_by_its_acronym_in_brackets_defines_it()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("According to an Inter-Services Public Relations (ISPR) statement, talks went well.")));

        Assert.Equal("ISPR", definition.Acronym);
        Assert.Equal("Inter-Services Public Relations", definition.LongForm);
        Assert.False(definition.IsRole);
    }

    [Fact]
    public void An_acronym_followed_by_its_long_form_in_brackets_defines_it_too()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("ISPR (Inter-Services Public Relations) said in a statement.")));

        Assert.Equal("ISPR", definition.Acronym);
        Assert.Equal("Inter-Services Public Relations", definition.LongForm);
    }

    [Fact]
    public void Initials_that_keep_for_or_of_in_lower_case_define_a_capitalised_name_but_not_part_of_a_longer_one()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("Trams run on behalf of Transport for Greater Manchester (TfGM), the council said.")));

        Assert.Equal(("TfGM", "Transport for Greater Manchester"), (definition.Acronym, definition.LongForm));
        Assert.Empty(Acronyms.Find(Tokens("The United States Department of Defense (DoD) said on Monday.")));
        Assert.Empty(Acronyms.Find(Tokens("Calls use voice over Internet protocol (VoIP) software.")));
    }

    [Fact]
    public void Small_words_of_the_long_form_may_be_left_out_of_the_acronym()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("The Federal Bureau of Investigation (FBI) opened a case.")));

        Assert.Equal("Federal Bureau of Investigation", definition.LongForm);
    }

    [Fact]
    public void An_acronym_inside_the_long_form_gives_all_its_letters()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("The UK Independence Party (UKIP) has been plunged into turmoil.")));

        Assert.Equal("UKIP", definition.Acronym);
        Assert.Equal("UK Independence Party", definition.LongForm);
    }

    [Fact]
    public void An_acronym_of_a_title_is_a_role_not_an_organisation()
    {
        var definition = Assert.Single(Acronyms.Find(Tokens("Field Marshal Syed Asim Munir, the chief of army staff (COAS), called on him.")));

        Assert.Equal("COAS", definition.Acronym);
        Assert.True(definition.IsRole);
    }

    [Fact]
    public void A_bracketed_word_that_the_words_before_it_do_not_spell_defines_nothing()
    {
        Assert.Empty(Acronyms.Find(Tokens("Prices rose sharply on Monday (AFP) in most markets.")));
    }
}
