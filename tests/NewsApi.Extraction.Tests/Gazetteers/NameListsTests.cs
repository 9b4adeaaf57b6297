using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Gazetteers;

public sealed class NameListsTests
{
    private const int Cities = 0;
    private const int Companies = 4;
    private const int InternationalOrganisations = 5;

    private static int[] Mark(string text)
    {
        var words = Tokenizer.Tokenize(text).SelectMany(sentence => sentence.Tokens).Select(token => token.Text).ToArray();
        var packed = new int[words.Length];
        NameLists.Default.Mark(words, packed);
        return packed;
    }

    // Positions as read back: 0 not listed, then 1 + Begin, Inside, Last, Unit.
    private static int[] Positions(int[] packed, int list) => [.. packed.Select(value => NameLists.PositionIn(value, list))];

    [Fact]
    public void Marks_each_token_of_the_longest_listed_name_with_its_place_in_it()
    {
        var packed = Mark("Shares of Goldman Sachs rose in Accra and at the IMF .");

        Assert.Equal([0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0], Positions(packed, Companies));
        Assert.Equal([0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0], Positions(packed, Cities));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0], Positions(packed, InternationalOrganisations));
    }

    [Fact]
    public void Lower_case_words_and_acronyms_in_another_case_are_not_listed()
    {
        Assert.All(Mark("the imf met in accra"), packed => Assert.Equal(NameLists.NotListed, packed));
        Assert.Equal(NameLists.NotListed, NameLists.PositionIn(Mark("Imf")[0], InternationalOrganisations));
    }

    [Fact]
    public void A_place_listed_with_accents_is_found_as_English_news_spells_it_but_not_a_short_word_or_a_romanisation()
    {
        // Listed as "Wrocław", "Gdańsk", "Murang’a"; "Unaí" (Brazil) and "Warīsān" (Iran) would make "Unai" Emery and the
        // Warisan party places.
        Assert.All(Mark("Wroclaw Gdansk Murang'a"), packed => Assert.Equal(4, NameLists.PositionIn(packed, Cities)));
        Assert.All(Mark("Unai Warisan"), packed => Assert.Equal(NameLists.NotListed, NameLists.PositionIn(packed, Cities)));
        Assert.Equal(NameLists.NotListed, NameLists.PositionIn(Mark("Gdansk")[0], Companies));
    }

    [Fact]
    public void One_name_can_be_in_several_lists()
    {
        var jordan = Mark("Jordan")[0];

        Assert.Equal(4, NameLists.PositionIn(jordan, Cities));
        Assert.Equal(4, NameLists.PositionIn(jordan, 2)); // countries
    }
}
