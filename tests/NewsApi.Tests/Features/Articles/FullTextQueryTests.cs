using NewsApi.Features.Articles;

namespace NewsApi.Tests.Features.Articles;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("Lachin", "\"Lachin\"")]
    [InlineData("Pakistan Azerbaijan", "(\"Pakistan\" AND \"Azerbaijan\")")]
    [InlineData("\"trilateral summit\"", "\"trilateral summit\"")]
    [InlineData("defen*", "\"defen\"*")]
    [InlineData("Lachin OR Baku", "(\"Lachin\" OR \"Baku\")")]
    [InlineData("Lachin -India", "(\"Lachin\" NOT \"India\")")]
    [InlineData("Lachin NOT India", "(\"Lachin\" NOT \"India\")")]
    [InlineData("Lachin AND NOT India", "(\"Lachin\" NOT \"India\")")]
    [InlineData("Munir (Lachin OR Baku)", "(\"Munir\" AND (\"Lachin\" OR \"Baku\"))")]
    [InlineData("NEAR(a b)", "(\"NEAR\" AND (\"a\" AND \"b\"))")]
    [InlineData("headline:Munir", "\"headline:Munir\"")]
    [InlineData("Pakistan-Turkiye", "\"Pakistan-Turkiye\"")]
    [InlineData("Lachin\u0000\u0001India", "(\"Lachin\" AND \"India\")")]
    [InlineData("or and not", "(\"or\" AND \"and\" AND \"not\")")]
    public void A_search_becomes_an_FTS5_expression_with_every_word_quoted(string search, string expected)
    {
        Assert.True(FullTextQuery.TryTranslate(search, out var expression, out var error), error);
        Assert.Equal(expected, expression);
    }

    [Theory]
    [InlineData("\"", "unclosed quote")]
    [InlineData("NEAR(", "without a matching )")]
    [InlineData("Lachin)", "without a matching (")]
    [InlineData("AND", "AND needs a word on each side")]
    [InlineData("Lachin OR", "OR needs a word on each side")]
    [InlineData("*", "A * must end a word")]
    [InlineData("()", "empty parentheses")]
    [InlineData("-India", "not only words to leave out")]
    [InlineData("Lachin NOT", "NOT needs a word after it")]
    [InlineData("- & ,", "no words to look for")]
    [InlineData("((((((((((a))))))))))", "more than 8 deep")]
    public void A_search_that_cannot_be_translated_is_rejected_with_a_reason(string search, string reason)
    {
        Assert.False(FullTextQuery.TryTranslate(search, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
