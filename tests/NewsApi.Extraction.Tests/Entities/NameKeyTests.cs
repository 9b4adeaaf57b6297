using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("ISPR", "ispr")]
    [InlineData("  Ispr ", "ispr")]
    [InlineData("Syed\u00a0Asim\r\nMunir", "syed asim munir")]
    [InlineData("O\u2019Brien", "o'brien")]
    [InlineData("O\u2018Brien", "o'brien")]
    [InlineData("ＩＳＰＲ", "ispr")]
    public void The_stored_key_folds_case_width_spaces_and_apostrophes(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("The Times")]
    [InlineData("Times's")]
    [InlineData("U.S.")]
    [InlineData("CBC.ca")]
    public void The_stored_key_keeps_articles_possessives_dots_and_web_suffixes(string name) =>
        Assert.NotEqual(NameKey.Loose(name), NameKey.Of(name));

    [Theory]
    [InlineData("The Times", "times")]
    [InlineData("Pakistan\u2019s", "pakistan")]
    [InlineData("U.S.", "us")]
    [InlineData("CBC.ca", "cbc")]
    [InlineData("  the  ISPR ", "ispr")]
    public void The_loose_key_also_drops_the_article_the_possessive_acronym_dots_and_web_suffix(string surface, string key) =>
        Assert.Equal(key, NameKey.Loose(surface));
}
