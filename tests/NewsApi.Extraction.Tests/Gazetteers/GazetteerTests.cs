using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Gazetteers;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("Turkey", "Türkiye")]
    [InlineData("Turkiye", "Türkiye")]
    [InlineData("U.S.", "United States")]
    [InlineData("United States", "United States")]
    [InlineData("Azerbaijan", "Azerbaijan")]
    public void Knows_countries_by_their_other_names(string name, string country)
    {
        Assert.Equal(country, Gazetteer.CountryNamed(name));
    }

    [Theory]
    [InlineData("Azerbaijani", "Azerbaijan")]
    [InlineData("Pakistani", "Pakistan")]
    [InlineData("Indian", "India")]
    public void Maps_demonyms_to_their_country(string demonym, string country)
    {
        Assert.Equal(country, Gazetteer.CountryForDemonym(demonym));
    }

    [Theory]
    [InlineData("Islamabad")]
    [InlineData("ISLAMABAD")]
    [InlineData("Rawalpindi")]
    [InlineData("New Delhi")]
    [InlineData("Baku")]
    public void Knows_capitals_and_large_cities_whatever_their_case(string place)
    {
        Assert.True(Gazetteer.IsPlace(place));
    }

    [Fact]
    public void Acronyms_and_lower_case_words_are_not_mistaken_for_countries()
    {
        Assert.False(Gazetteer.IsCountry("us"));
        Assert.False(Gazetteer.IsCountry("Us"));
        Assert.False(Gazetteer.IsPlace("china"));
        Assert.True(Gazetteer.IsCountry("US"));
    }

    [Fact]
    public void Finds_the_longest_place_name_in_a_token_stream()
    {
        var tokens = Tokenizer.Tokenize("missile strikes from New Delhi on Pakistan").Single().Tokens;

        Assert.Equal(2, Gazetteer.PlaceLengthAt(tokens, 3));
        Assert.Equal(1, Gazetteer.PlaceLengthAt(tokens, 6));
        Assert.Equal(0, Gazetteer.PlaceLengthAt(tokens, 0));
    }

    [Fact]
    public void Knows_first_names_from_several_languages()
    {
        Assert.All(["John", "Mohammad", "Tariq", "Ilham", "Priya"], name => Assert.True(Gazetteer.IsFirstName(name), name));
        Assert.False(Gazetteer.IsFirstName("Ministry"));
    }

    [Fact]
    public void Knows_less_common_english_given_names_but_not_english_words_that_are_also_names()
    {
        Assert.All(["Truman", "Carly", "Sergey"], name => Assert.True(Gazetteer.IsFirstName(name), name));
        Assert.All(["Young", "Easy"], word => Assert.False(Gazetteer.IsFirstName(word), word));
    }

    [Fact]
    public void Knows_organisation_cue_words_only_when_capitalised()
    {
        Assert.True(Gazetteer.IsOrganisationCue("Ministry"));
        Assert.True(Gazetteer.IsOrganisationCue("Relations"));
        Assert.False(Gazetteer.IsOrganisationCue("relations"));
        Assert.False(Gazetteer.IsOrganisationCue("Pakistan"));
    }
}
