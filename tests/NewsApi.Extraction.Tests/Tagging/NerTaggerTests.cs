using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class NerTaggerTests
{
    private static readonly NerTagger Tagger = NerTagger.LoadDefault();

    private static List<(EntityType Type, string Text)> Names(string text) =>
        Tagger.Tag(Tokenizer.Tokenize(text)).Select(span => (span.Type, text[span.Start..span.End])).ToList();

    [Fact]
    public void Finds_people_and_places_in_a_news_sentence()
    {
        var names = Names("Prime Minister Shehbaz Sharif met Ilham Aliyev in Baku.");

        Assert.Contains((EntityType.Person, "Shehbaz Sharif"), names);
        Assert.Contains((EntityType.Person, "Ilham Aliyev"), names);
        Assert.Contains((EntityType.Place, "Baku"), names);
    }

    [Fact]
    public void Finds_an_organisation_written_with_a_hyphen()
    {
        var names = Names("According to an Inter-Services Public Relations statement, the talks went well.");

        Assert.Contains((EntityType.Organisation, "Inter-Services Public Relations"), names);
    }

    [Fact]
    public void Spans_point_at_their_tokens_and_text()
    {
        const string text = "He flew to London. Then Angela Merkel spoke in Berlin.";
        var sentences = Tokenizer.Tokenize(text);

        var spans = Tagger.Tag(sentences);

        Assert.NotEmpty(spans);
        Assert.All(spans, span =>
        {
            var tokens = sentences[span.Sentence].Tokens;
            Assert.Equal(tokens[span.FirstToken].Start, span.Start);
            Assert.Equal(tokens[span.LastToken].End, span.End);
            Assert.InRange(span.Confidence, 0f, 1f);
        });
    }

    [Fact]
    public void Common_words_and_punctuation_are_not_names()
    {
        Assert.Empty(Names("The meeting was held on Tuesday and both sides agreed to talk again soon."));
    }
}
