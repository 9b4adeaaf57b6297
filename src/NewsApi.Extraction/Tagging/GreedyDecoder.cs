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
            var isLast = i == sentence.Length - 1;
            tags[i] = BilouTags.BestAllowed(scores, previous, isLast);
            confidences[i] = Softmax(scores, tags[i], previous, isLast);
        }

        memory.Remember(sentence, tags[..sentence.Length]);
    }

    /// <summary>The share of the chosen tag among the allowed ones (disallowed tags are never trained down, so they are left out).</summary>
    private static float Softmax(ReadOnlySpan<float> scores, int chosen, int previous, bool isLast)
    {
        var sum = 0f;
        for (var tag = 0; tag < scores.Length; tag++)
        {
            if (BilouTags.CanFollow(previous, tag) && (!isLast || BilouTags.CanEnd(tag))) sum += MathF.Exp(scores[tag] - scores[chosen]);
        }

        return 1f / sum;
    }
}
