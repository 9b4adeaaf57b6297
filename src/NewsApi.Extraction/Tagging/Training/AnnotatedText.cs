using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>A name in a text, by character offsets [<see cref="Start"/>, <see cref="End"/>).</summary>
public readonly record struct AnnotatedName(int Start, int End, EntityType Type);

/// <summary>
/// A document with its names marked by offset (say, an article of the news dev set with its gold mentions), to train on
/// beside the corpora. Only the sentences that start at or after <see cref="From"/> are used (a headline above is left out).
/// </summary>
public sealed record AnnotatedText(string Text, IReadOnlyList<AnnotatedName> Names, int From = 0)
{
    /// <summary>How much the text's errors count in training, as a corpus file's weight.</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>The text as training sentences: tokenized as the pipeline does, each token inside a name tagged with it.</summary>
    internal TrainingDocument ToDocument()
    {
        var names = Names.OrderBy(name => name.Start).ThenByDescending(name => name.End).ToList();
        var sentences = new List<TrainingSentence>();
        foreach (var sentence in Tokenizer.Tokenize(Text).Where(sentence => sentence.Start >= From))
        {
            var tokens = sentence.Tokens;
            var types = new int[tokens.Length];
            var begins = new bool[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                // The first (longest) name that holds the whole token; overlapping names were flattened by the caller.
                var index = names.FindIndex(name => name.Start <= tokens[i].Start && tokens[i].End <= name.End);
                types[i] = index < 0 ? -1 : (int)names[index].Type;
                begins[i] = index >= 0 && (i == 0 || tokens[i - 1].Start < names[index].Start);
            }

            sentences.Add(new TrainingSentence([.. tokens.Select(token => token.Text)], BilouTags.FromTypes(types, begins)));
        }

        return new TrainingDocument(sentences, Weight);
    }
}
