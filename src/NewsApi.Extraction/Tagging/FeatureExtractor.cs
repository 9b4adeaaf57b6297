namespace NewsApi.Extraction.Tagging;

/// <summary>The features of one token: its word, its neighbours, the tags before it, the word lists and the document so far.</summary>
internal static class FeatureExtractor
{
    public const int MaxFeatures = 48;
    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>Writes the feature hashes of token <paramref name="i"/> into <paramref name="features"/> and returns how many.</summary>
    /// <param name="earlierType">The entity type (as an int) the same word was given earlier in the document, or -1.</param>
    public static int Extract(SentenceContext sentence, int i, int previousTag, int secondPreviousTag, int earlierType, Span<ulong> features)
    {
        var count = 0;
        var word = sentence.Words[i];
        var lower = sentence.Lowers[i];
        var shape = sentence.Shapes[i];
        var previousLower = i > 0 ? sentence.Lowers[i - 1] : Start;
        var nextLower = i + 1 < sentence.Length ? sentence.Lowers[i + 1] : End;
        var previousShape = i > 0 ? sentence.Shapes[i - 1] : Start;
        var nextShape = i + 1 < sentence.Length ? sentence.Shapes[i + 1] : End;

        features[count++] = FeatureHash.Of(FeatureTemplate.Bias);
        features[count++] = FeatureHash.Of(FeatureTemplate.Word, word);
        features[count++] = FeatureHash.Of(FeatureTemplate.Lower, lower);
        features[count++] = FeatureHash.Of(FeatureTemplate.Shape, shape);
        for (var length = 1; length <= 4 && length < lower.Length; length++)
        {
            features[count++] = FeatureHash.Of(FeatureTemplate.Prefix, length, lower.AsSpan(0, length));
            features[count++] = FeatureHash.Of(FeatureTemplate.Suffix, length, lower.AsSpan(lower.Length - length));
        }

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

        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousTag, previousTag);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousTwoTags, (secondPreviousTag * BilouTags.Count) + previousTag);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousTagAndLower, previousTag, lower);
        features[count++] = FeatureHash.Of(FeatureTemplate.PreviousTagAndShape, previousTag, shape);
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
        if (earlierType >= 0) features[count++] = FeatureHash.Of(FeatureTemplate.EarlierInDocument, earlierType, shape);
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
