using NewsApi.Extraction.Data;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Gazetteers;

public sealed class ListedNameKeyTests
{
    [Theory]
    [InlineData("New York", "New York")]
    [InlineData("Inter-Services Public Relations", "Inter - Services Public Relations")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("Procter & Gamble", "Procter & Gamble")]
    [InlineData("Côte d'Ivoire", "Côte d'Ivoire")]
    [InlineData("New  Delhi ", "New Delhi")]
    public void A_key_is_the_names_tokens_joined_by_single_spaces(string name, string key) =>
        Assert.Equal(key, ListedNameKey.Of(name));

    [Fact]
    public void Every_shipped_name_gets_the_key_the_tokenizer_would_give_it()
    {
        var names = typeof(ListedNameKey).Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith("gazetteers/", StringComparison.Ordinal))
            .SelectMany(EmbeddedData.ReadLines)
            .SelectMany(line => line.Split('\t', '|'))
            .ToList();

        Assert.True(names.Count > 50_000, $"only {names.Count} names read");
        foreach (var name in names)
        {
            var tokens = Tokenizer.Tokenize(name).SelectMany(sentence => sentence.Tokens).Select(token => token.Text).ToList();
            var key = ListedNameKey.Of(name);
            Assert.Equal(string.Join(' ', tokens), key);
            Assert.Equal(tokens.Count, ListedNameKey.TokenCount(key));
        }
    }
}
