using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>Span-level precision, recall and F1 per type: a name counts only with exactly the gold tokens and type.</summary>
public sealed class SpanScores
{
    private readonly int[] _truePositives = new int[EntityTypes.Count];
    private readonly int[] _falsePositives = new int[EntityTypes.Count];
    private readonly int[] _falseNegatives = new int[EntityTypes.Count];

    public PrecisionRecall For(EntityType type) =>
        new(_truePositives[(int)type], _falsePositives[(int)type], _falseNegatives[(int)type]);

    public PrecisionRecall Micro => new(_truePositives.Sum(), _falsePositives.Sum(), _falseNegatives.Sum());

    /// <param name="error">Told each wrong span ("missed", "extra") with its type, tokens and sentence, to study the errors.</param>
    internal void Add(IReadOnlyList<int> gold, IEnumerable<TaggedSpan> predicted, string[] words, Action<string>? error = null)
    {
        var goldSpans = NerTagger.Spans(gold).Select(s => (s.First, s.Last, Type: BilouTags.TypeOf(gold[s.First]))).ToHashSet();
        var predictedSpans = predicted.Select(s => (First: s.FirstToken, Last: s.LastToken, s.Type)).ToHashSet();
        foreach (var span in predictedSpans)
        {
            if (goldSpans.Contains(span)) _truePositives[(int)span.Type]++;
            else
            {
                _falsePositives[(int)span.Type]++;
                error?.Invoke(Describe("extra", span.First, span.Last, span.Type, words));
            }
        }

        foreach (var span in goldSpans.Where(s => !predictedSpans.Contains(s)))
        {
            _falseNegatives[(int)span.Type]++;
            error?.Invoke(Describe("missed", span.First, span.Last, span.Type, words));
        }
    }

    private static string Describe(string kind, int first, int last, EntityType type, string[] words) =>
        $"{kind}\t{EntityTypes.Name(type)}\t{string.Join(' ', words[first..(last + 1)])}\t{string.Join(' ', words)}";
}

public readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
