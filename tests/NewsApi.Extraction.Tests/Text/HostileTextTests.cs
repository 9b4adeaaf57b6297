using NewsApi.Extraction.Text;
using NewsApi.Extraction.Tests.Support;

namespace NewsApi.Extraction.Tests.Text;

/// <summary>
/// Texts no newsroom writes, shaped to make the rules' cost grow with the square of the text: a hostile-document check
/// found 80,000 "Mr." with no sentence end taking a minute, and 2 MiB of "Smith. Smith. ..." half an hour.
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void A_run_of_words_with_no_sentence_end_is_cut_into_sentences_of_bounded_length()
    {
        var sentences = Tokenizer.Tokenize(string.Join(' ', Enumerable.Repeat("Mr.", 1_000)));

        Assert.All(sentences, sentence => Assert.True(sentence.Tokens.Length <= Tokenizer.MaxSentenceTokens));
        Assert.Equal(1_000, sentences.Sum(sentence => sentence.Tokens.Length)); // nothing lost
    }

    [Fact]
    public void Names_are_read_from_the_first_part_of_a_text_far_longer_than_news_and_the_document_says_so()
    {
        var filler = string.Concat(Enumerable.Repeat("the talks went on for hours and then they ended . ", 6_000)); // 66,000 tokens
        var body = "Angela Merkel visited Paris on Monday. " + filler + "Olaf Scholz visited Madrid on Tuesday.";

        var extraction = MadeUpArticles.Pipeline.Process("long.txt", "Long text\n\n" + body);

        var names = extraction.Entities.Select(entity => entity.Name).ToList();
        Assert.Contains("Angela Merkel", names);
        Assert.DoesNotContain("Olaf Scholz", names);
        Assert.Contains(extraction.Document.Warnings, warning => warning.StartsWith("names read from the first 50,000", StringComparison.Ordinal));
        Assert.EndsWith("on Tuesday.", extraction.Document.Body, StringComparison.Ordinal); // the text itself is kept whole
    }
}
