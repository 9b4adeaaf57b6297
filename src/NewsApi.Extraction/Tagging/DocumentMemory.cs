using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tagging;

/// <summary>How each capitalised word was labelled earlier in the document: "Munir" as a person in the lede helps later.</summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<string, EntityType> _types = new(StringComparer.Ordinal);

    /// <summary>The type the word was last part of, as an int, or -1.</summary>
    public int EarlierType(string word) => _types.TryGetValue(word, out var type) ? (int)type : -1;

    public void Remember(SentenceContext sentence, ReadOnlySpan<int> tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            var word = sentence.Words[i];
            if (tags[i] != BilouTags.Outside && char.IsUpper(word[0])) _types[word] = BilouTags.TypeOf(tags[i]);
        }
    }
}
