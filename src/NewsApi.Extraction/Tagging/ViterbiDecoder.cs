using System.Runtime.CompilerServices;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Tags a sentence with its best-scoring legal BILOU sequence (Viterbi): a token's score for a tag is the weights of its
/// features plus the weight of that tag following the one before it, so the tags of a name are chosen together.
/// </summary>
internal static class ViterbiDecoder
{
    private const int Tags = BilouTags.Count;

    // Sentences up to this many tokens keep their scores on the stack (13 floats a token); longer ones rent an array.
    private const int StackTokens = 256;

    /// <summary>Tags the sentence and returns each tag's confidence (see <see cref="TaggedSpan.Confidence"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(SentenceContext sentence, PerceptronModel model, DocumentMemory memory, Span<int> tags, Span<float> confidences)
    {
        var n = sentence.Length;
        var scores = n <= StackTokens ? stackalloc float[n * Tags] : new float[n * Tags];
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        for (var i = 0; i < n; i++)
        {
            var count = FeatureExtractor.AroundWord(sentence, i, features);
            count += FeatureExtractor.Document(sentence, i, memory, features[count..]);
            model.ScoreWord(sentence, i, features[..count], scores.Slice(i * Tags, Tags));
        }

        var transitions = model.Transitions.AsSpan();
        Best(scores, transitions, tags[..n]);
        for (var i = 0; i < n; i++)
        {
            var previous = i > 0 ? tags[i - 1] : BilouTags.Outside;
            confidences[i] = Confidence(scores.Slice(i * Tags, Tags), transitions.Slice(previous * Tags, Tags), tags[i], previous, i == n - 1);
        }
    }

    /// <summary>
    /// The legal tag sequence with the highest sum of <paramref name="scores"/> (token i, tag t at [i * tags + t]) and
    /// <paramref name="transitions"/> (tag p followed by t at [p * tags + t]; the first token follows <see cref="BilouTags.Outside"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Best(ReadOnlySpan<float> scores, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var n = tags.Length;
        var back = n <= StackTokens ? stackalloc byte[n * Tags] : new byte[n * Tags];
        Span<float> best = stackalloc float[Tags];
        Span<float> next = stackalloc float[Tags];
        var follows = BilouTags.Follows;
        for (var tag = 0; tag < Tags; tag++)
        {
            best[tag] = follows[(BilouTags.Outside * Tags) + tag] ? scores[tag] + transitions[(BilouTags.Outside * Tags) + tag] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                // Only the tags this one may follow; the first best wins a tie, as a scan over every tag in order would.
                var (from, score) = (0, float.NegativeInfinity);
                foreach (var previous in BilouTags.PredecessorsOf(tag))
                {
                    var candidate = best[previous] + transitions[(previous * Tags) + tag];
                    if (candidate > score) (from, score) = (previous, candidate);
                }

                next[tag] = score + scores[(i * Tags) + tag];
                back[(i * Tags) + tag] = (byte)from;
            }

            next.CopyTo(best);
        }

        var last = BilouTags.Outside;
        for (var tag = 0; tag < Tags; tag++)
        {
            if (BilouTags.CanEnd(tag) && best[tag] > best[last]) last = tag;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * Tags) + last];
        }
    }

    /// <summary>The share of the chosen tag among the tags allowed after the previous one (a softmax of the local scores).</summary>
    private static float Confidence(ReadOnlySpan<float> scores, ReadOnlySpan<float> transitions, int chosen, int previous, bool isLast)
    {
        var follows = BilouTags.Follows.Slice(previous * Tags, Tags);
        var (sum, chosenScore) = (0f, scores[chosen] + transitions[chosen]);
        for (var tag = 0; tag < Tags; tag++)
        {
            if (follows[tag] && (!isLast || BilouTags.CanEnd(tag))) sum += MathF.Exp(scores[tag] + transitions[tag] - chosenScore);
        }

        return 1f / sum;
    }
}
