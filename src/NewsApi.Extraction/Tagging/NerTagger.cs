using NewsApi.Extraction.Data;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Finds names of people, organisations and places with a trained averaged-perceptron tagger (BILOU tags, the best legal
/// sequence per sentence by Viterbi). Thread-safe: one instance serves every caller.
/// </summary>
public sealed class NerTagger
{
    private const string ModelResource = "ner-model.bin";
    private static readonly Lazy<NerTagger> LazyDefault = new(() =>
    {
        // The name lists load on another thread while the model is read: each takes a good part of a short run's start.
        var lists = Task.Run(() => NameLists.Default);
        using var stream = EmbeddedData.Open(ModelResource);
        var model = PerceptronModel.Read(stream);
        return new NerTagger(model, Gazetteer.Default, lists.GetAwaiter().GetResult());
    });

    private readonly PerceptronModel _model;
    private readonly Gazetteer _gazetteer;
    private readonly NameLists _lists;

    internal NerTagger(PerceptronModel model, Gazetteer gazetteer, NameLists lists)
    {
        _model = model;
        _gazetteer = gazetteer;
        _lists = lists;
    }

    /// <summary>The model shipped in this assembly, loaded once.</summary>
    public static NerTagger LoadDefault() => LazyDefault.Value;

    /// <summary>Reads a model written by the train command.</summary>
    public static NerTagger Load(Stream model) => new(PerceptronModel.Read(model), Gazetteer.Default, NameLists.Default);

    /// <summary>
    /// Tags the sentences of one document, in reading order (headline, caption, body): how a word was labelled in an
    /// earlier sentence is evidence for its later occurrences.
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var spans = new List<TaggedSpan>();
        var memory = new DocumentMemory();
        for (var index = 0; index < sentences.Count; index++)
        {
            var tokens = sentences[index].Tokens;
            if (tokens.Length == 0) continue;

            var context = SentenceContext.Create(tokens, _gazetteer, _lists, _model.Clusters);
            var tags = new int[tokens.Length];
            var confidences = new float[tokens.Length];
            ViterbiDecoder.Decode(context, _model, memory, tags, confidences);
            memory.Remember(context, tags);
            foreach (var (first, last) in Spans(tags))
            {
                var confidence = Lowest(confidences.AsSpan(first, last - first + 1));
                spans.Add(new TaggedSpan(BilouTags.TypeOf(tags[first]), index, first, last, tokens[first].Start, tokens[last].End, confidence));
            }
        }

        return spans;
    }

    private static float Lowest(ReadOnlySpan<float> values)
    {
        var lowest = 1f;
        foreach (var value in values) lowest = Math.Min(lowest, value);
        return lowest;
    }

    /// <summary>The (first, last) token of each name in a legal BILOU sequence.</summary>
    internal static IEnumerable<(int First, int Last)> Spans(IReadOnlyList<int> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] == BilouTags.Outside) continue;
            var first = i;
            while (BilouTags.PositionOf(tags[i]) is TagPosition.Begin or TagPosition.Inside && i + 1 < tags.Count) i++;
            yield return (first, i);
        }
    }
}
