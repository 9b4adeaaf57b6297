namespace NewsApi.Extraction.Tagging;

/// <summary>Tags a sentence left to right, each token's best tag among those the BILOU rules allow after the previous one.</summary>
internal static class GreedyDecoder
{
    public static void Decode(SentenceContext sentence, ITagScorer scorer, DocumentMemory memory, Span<int> tags, Span<float> confidences)
    {
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        Span<float> scores = stackalloc float[BilouTags.Count];
        for (var i = 0; i < sentence.Length; i++)
        {
            var previous = i > 0 ? tags[i - 1] : BilouTags.Outside;
            var secondPrevious = i > 1 ? tags[i - 2] : BilouTags.Outside;
            var count = FeatureExtractor.Extract(sentence, i, previous, secondPrevious, memory.EarlierType(sentence.Words[i]), features);
            scorer.Score(features[..count], scores);
            tags[i] = BilouTags.BestAllowed(scores, previous, isLast: i == sentence.Length - 1);
            confidences[i] = Softmax(scores, tags[i]);
        }

        memory.Remember(sentence, tags[..sentence.Length]);
    }

    private static float Softmax(ReadOnlySpan<float> scores, int tag)
    {
        var max = float.NegativeInfinity;
        foreach (var score in scores) max = Math.Max(max, score);
        var sum = 0f;
        foreach (var score in scores) sum += MathF.Exp(score - max);
        return MathF.Exp(scores[tag] - max) / sum;
    }
}
