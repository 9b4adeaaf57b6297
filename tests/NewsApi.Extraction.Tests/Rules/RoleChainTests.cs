using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Rules;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Rules;

public sealed class RoleChainTests
{
    private static readonly RoleChain Roles = new(Gazetteer.Default);

    [Theory]
    [InlineData("ISLAMABAD: Chief of Army Staff (COAS) Field Marshal Syed Asim Munir held a meeting.", "Syed", new[] { "Chief of Army Staff", "Field Marshal" })]
    [InlineData("Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar was there.", "Mohammad", new[] { "Deputy Prime Minister", "Foreign Minister", "Senator" })]
    [InlineData("It called on Minister of Defence of Azerbaijan Colonel General Hasanov Zakir Asgar Oglu.", "Hasanov", new[] { "Minister of Defence", "Colonel General" })]
    [InlineData("with Federal Minister for Information and Broadcasting Attaullah Tarar and others", "Attaullah", new[] { "Federal Minister for Information and Broadcasting" })]
    [InlineData("and Special Assistant to the Prime Minister Tariq Fatemi are part of it.", "Tariq", new[] { "Special Assistant to the Prime Minister" })]
    [InlineData("He thanked Azerbaijani President Ilham Aliyev for his support.", "Ilham", new[] { "President" })]
    [InlineData("During his visit, PM Shehbaz expressed gratitude.", "Shehbaz", new[] { "Prime Minister" })]
    [InlineData("Troops loyal to Gen. Munir moved in.", "Munir", new[] { "General" })]
    public void Titles_written_before_a_name_become_its_roles_in_title_case(string sentence, string nameStart, string[] roles)
    {
        var tokens = Tokens(sentence);

        var chain = Roles.FindBefore(tokens, IndexOf(tokens, nameStart));

        Assert.NotNull(chain);
        Assert.Equal(roles, chain.Roles.Select(role => role.Name));
    }

    [Fact]
    public void A_role_acronym_in_brackets_is_kept_with_its_role()
    {
        var tokens = Tokens("Chief of Army Staff (COAS) Field Marshal Syed Asim Munir");

        var chain = Roles.FindBefore(tokens, IndexOf(tokens, "Syed"));

        Assert.Equal("COAS", chain!.Roles[0].Acronym);
    }

    [Fact]
    public void An_appositive_after_a_name_gives_a_role_even_in_lower_case()
    {
        var tokens = Tokens("RAWALPINDI: Field Marshal Syed Asim Munir, the chief of army staff (COAS), called on the minister.");

        var appositive = Roles.FindAppositive(tokens, IndexOf(tokens, "Munir") + 1);

        Assert.Equal(["Chief of Army Staff"], appositive!.Roles.Select(role => role.Name));
        Assert.Equal("COAS", appositive.Roles[0].Acronym);
    }

    [Fact]
    public void A_clause_after_a_comma_is_no_appositive_role()
    {
        var tokens = Tokens("Munir, who arrived on Tuesday, met the minister.");

        Assert.Null(Roles.FindAppositive(tokens, IndexOf(tokens, "Munir") + 1));
    }

    [Fact]
    public void Capitalised_words_that_are_no_title_give_no_role()
    {
        var tokens = Tokens("The Pakistan-Turkiye-Azerbaijan Trilateral Summit Lachin");

        Assert.Null(Roles.FindBefore(tokens, tokens.Length - 1));
    }

    [Fact]
    public void Courtesy_titles_are_recognised_but_marked_as_honorifics()
    {
        var tokens = Tokens("Mr. Trump said");

        var chain = Roles.FindBefore(tokens, IndexOf(tokens, "Trump"));

        Assert.True(chain!.Roles.Single().IsHonorific);
    }

    internal static Token[] Tokens(string text) => Tokenizer.Tokenize(text).SelectMany(sentence => sentence.Tokens).ToArray();

    internal static int IndexOf(Token[] tokens, string text) => tokens.ToList().FindIndex(token => token.Text == text);
}
