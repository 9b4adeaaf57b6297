using System.Runtime.CompilerServices;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// The features of one token: what the sentence says about it (<see cref="Static"/>: the word, its neighbours, their
/// shapes, word classes and places in the name lists; the same whatever the tags, so training computes them once) and how
/// the document labelled the same word before (<see cref="Document"/>). The tag before it adds a transition score
/// (<see cref="PreviousTag"/>).
/// </summary>
internal static class FeatureExtractor
{
    public const int MaxFeatures = 96;
    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>Writes the tag-independent feature hashes of token <paramref name="i"/> and returns how many.</summary>
    // The tagger's per-token methods are compiled optimised from their first call (AggressiveOptimization): in a short
    // run (extract of a few hundred articles) their loops otherwise spend much of it in the JIT's unoptimised first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Static(SentenceContext sentence, int i, Span<ulong> features)
    {
        var count = OfWord(sentence, i, features);
        return count + AroundWord(sentence, i, features[count..]);
    }

    /// <summary>
    /// The first of <see cref="Static"/>'s features: those of the word alone (its text, lower case, shape, prefixes and
    /// suffixes), the same wherever it stands, so the tagger sums their weights once per word (<see cref="PerceptronModel.ScoreWord"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int OfWord(SentenceContext sentence, int i, Span<ulong> features)
    {
        var count = 0;
        var lower = sentence.Lowers[i];
        features[count++] = FeatureHash.Of(FeatureTemplate.Bias);
        features[count++] = FeatureHash.Of(FeatureTemplate.Word, sentence.Words[i]);
        features[count++] = FeatureHash.Of(FeatureTemplate.Lower, lower);
        features[count++] = FeatureHash.Of(FeatureTemplate.Shape, sentence.Shapes[i]);
        for (var length = 1; length <= 4 && length < lower.Length; length++)
        {
            features[count++] = FeatureHash.Of(FeatureTemplate.Prefix, length, lower.AsSpan(0, length));
            features[count++] = FeatureHash.Of(FeatureTemplate.Suffix, length, lower.AsSpan(lower.Length - length));
        }

        return count;
    }

    /// <summary>The rest of <see cref="Static"/>'s features, after <see cref="OfWord"/>'s: the word's neighbours, its place in the sentence and in the name lists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int AroundWord(SentenceContext sentence, int i, Span<ulong> features)
    {
        var count = 0;
        var lower = sentence.Lowers[i];
        var shape = sentence.Shapes[i];
        var previousLower = i > 0 ? sentence.Lowers[i - 1] : Start;
        var nextLower = i + 1 < sentence.Length ? sentence.Lowers[i + 1] : End;
        var previousShape = i > 0 ? sentence.Shapes[i - 1] : Start;
        var nextShape = i + 1 < sentence.Length ? sentence.Shapes[i + 1] : End;

        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousLower, previousLower);
        features[count++] = FeatureHash.Of(FeatureTemplate.NextLower, nextLower);
        features[count++] = FeatureHash.Of(FeatureTemplate.SecondPreviousLower, i > 1 ? sentence.Lowers[i - 2] : Start);
        features[count++] = FeatureHash.Of(FeatureTemplate.SecondNextLower, i + 2 < sentence.Length ? sentence.Lowers[i + 2] : End);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousWord, i > 0 ? sentence.Words[i - 1] : Start);
        features[count++] = FeatureHash.Of(FeatureTemplate.NextWord, i + 1 < sentence.Length ? sentence.Words[i + 1] : End);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousShape, previousShape);
        features[count++] = FeatureHash.Of(FeatureTemplate.NextShape, nextShape);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousAndCurrentLower, previousLower, lower);
        features[count++] = FeatureHash.Of(FeatureTemplate.CurrentAndNextLower, lower, nextLower);
        features[count++] = FeatureHash.Of(FeatureTemplate.ShapeTrigram, previousShape, shape, nextShape);
        features[count++] = FeatureHash.Of(FeatureTemplate.NextSuffix, Suffix(nextLower));
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousSuffix, Suffix(previousLower));
        features[count++] = FeatureHash.Of(FeatureTemplate.SentencePositionAndShape, Math.Min(i, 2), shape);

        var place = sentence.PlacePositions[i];
        if (place != SentenceContext.NoPlace)
        {
            features[count++] = FeatureHash.Of(FeatureTemplate.PlaceListPosition, place);
            features[count++] = FeatureHash.Of(FeatureTemplate.PlaceListPositionAndShape, place, shape);
        }

        if (sentence.FirstNames[i]) features[count++] = FeatureHash.Of(FeatureTemplate.FirstName);
        if (i > 0 && sentence.FirstNames[i - 1]) features[count++] = FeatureHash.Of(FeatureTemplate.PreviousIsFirstName);
        if (sentence.OrganisationCues[i]) features[count++] = FeatureHash.Of(FeatureTemplate.OrganisationCue);
        if (OrganisationCueAhead(sentence, i)) features[count++] = FeatureHash.Of(FeatureTemplate.OrganisationCueAhead);
        if (sentence.Demonyms[i]) features[count++] = FeatureHash.Of(FeatureTemplate.Demonym);

        count += Clusters(sentence, i, features[count..]);
        count += Lists(sentence, i, features[count..]);
        return count;
    }

    /// <summary>The type (as an int) the same word was given earlier in the document, with the word's shape.</summary>
    public static int Document(SentenceContext sentence, int i, DocumentMemory memory, Span<ulong> features)
    {
        var earlier = memory.EarlierType(sentence.Words[i]);
        if (earlier < 0) return 0;
        features[0] = FeatureHash.Of(FeatureTemplate.EarlierInDocument, earlier, sentence.Shapes[i]);
        return 1;
    }

    /// <summary>The feature of a tag following <paramref name="previousTag"/>: its weights are the decoder's transition scores.</summary>
    public static ulong PreviousTag(int previousTag) => FeatureHash.Of(FeatureTemplate.PreviousTag, previousTag);

    /// <summary>The word's class at every level, and its neighbours' classes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Clusters(SentenceContext sentence, int i, Span<ulong> features)
    {
        var clusters = sentence.Clusters;
        var count = 0;
        for (var level = 0; level < clusters.Levels; level++)
        {
            var word = sentence.ClusterWords[i];
            features[count++] = FeatureHash.Of(FeatureTemplate.Cluster, level, word < 0 ? -1 : clusters.ClassOf(word, level));
            var previous = i > 0 ? sentence.ClusterWords[i - 1] : -2;
            var next = i + 1 < sentence.Length ? sentence.ClusterWords[i + 1] : -2;
            features[count++] = FeatureHash.Of(FeatureTemplate.PreviousCluster, level, previous < 0 ? previous : clusters.ClassOf(previous, level));
            features[count++] = FeatureHash.Of(FeatureTemplate.NextCluster, level, next < 0 ? next : clusters.ClassOf(next, level));
        }

        return count;
    }

    /// <summary>Where the token stands in each name list that has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Lists(SentenceContext sentence, int i, Span<ulong> features)
    {
        var count = 0;
        var packed = sentence.Listed[i];
        if (packed == 0) return 0;
        for (var list = 0; list < NameLists.Count; list++)
        {
            var position = NameLists.PositionIn(packed, list);
            if (position != NameLists.NotListed) features[count++] = FeatureHash.Of(FeatureTemplate.ListPosition, list, position);
        }

        return count;
    }

    private static ReadOnlySpan<char> Suffix(string lower) => lower.Length > 3 ? lower.AsSpan(lower.Length - 3) : lower;

    /// <summary>"Inter-Services Public Relations": a cue word within the next three capitalised tokens.</summary>
    private static bool OrganisationCueAhead(SentenceContext sentence, int i)
    {
        for (var j = i + 1; j < sentence.Length && j <= i + 3; j++)
        {
            if (sentence.OrganisationCues[j]) return true;
            if (!char.IsUpper(sentence.Words[j][0]) && sentence.Words[j] is not ("-" or "of" or "for" or "and" or "&")) return false;
        }

        return false;
    }
}
