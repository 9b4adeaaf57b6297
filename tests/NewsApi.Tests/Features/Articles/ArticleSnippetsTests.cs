using NewsApi.Features.Articles;

namespace NewsApi.Tests.Features.Articles;

public sealed class ArticleSnippetsTests
{
    private static readonly string Body = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}"))
        + " Heavy floods & storms hit the coast. " + string.Join(' ', Enumerable.Range(41, 40).Select(i => $"word{i}"));

    [Fact]
    public void Marks_words_that_match_as_the_index_matches_them_and_escapes_the_rest()
    {
        var snippet = Snippets("flood", "storm").For("Headline", Body);

        Assert.Contains("Heavy <b>floods</b> &amp; <b>storms</b> hit the coast.", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Split(' ').Length, 20, 26);
    }

    [Fact]
    public void Prefers_the_passage_with_more_different_query_words()
    {
        var body = "The flood came first. " + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"filler{i}")) + " Then flood and storm together.";

        var snippet = Snippets("flood", "storm").For("Headline", body);

        Assert.Contains("<b>flood</b> and <b>storm</b> together.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("came first", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_marks_every_word_that_starts_with_it()
    {
        var snippet = Snippets(new SearchTerm("azerbaij", Prefix: true)).For("Headline", "Talks in Azerbaijan and with Azerbaijani officials.");

        Assert.Equal("Talks in <b>Azerbaijan</b> and with <b>Azerbaijani</b> officials.", snippet);
    }

    [Fact]
    public void A_match_only_in_the_headline_shows_the_headline()
    {
        var snippet = Snippets("quokka").For("Quokka census", "Volunteers counted animals.");

        Assert.Equal("<b>Quokka</b> census", snippet);
    }

    private static ArticleSnippets Snippets(params string[] stems) => Snippets([.. stems.Select(stem => new SearchTerm(stem, Prefix: false))]);

    private static ArticleSnippets Snippets(params SearchTerm[] terms) => new(terms);
}
