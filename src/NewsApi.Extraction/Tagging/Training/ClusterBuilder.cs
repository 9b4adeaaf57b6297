namespace NewsApi.Extraction.Tagging.Training;

/// <summary>Learns <see cref="WordClusters"/> from sentences of words: the finest level from the words, each coarser one from the classes before.</summary>
internal static class ClusterBuilder
{
    private const int Boundary = 0;
    private const int Rare = 1;

    /// <param name="sizes">Classes per level, finest first ("1024, 256, 64").</param>
    /// <param name="minimumCount">Words seen fewer times are not clustered (they share one pseudo-word while counting).</param>
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, IReadOnlyList<int> sizes, int minimumCount, int maxIterations)
    {
        var all = sentences.ToList();
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in all.SelectMany(sentence => sentence)) frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        // A word with a lone surrogate could not be written to the model file as it is, so it is not clustered.
        var words = frequencies.Where(pair => pair.Value >= minimumCount && IsWellFormed(pair.Key)).Select(pair => pair.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var ids = words.Select((word, index) => (word, index)).ToDictionary(pair => pair.word, pair => pair.index + 2, StringComparer.Ordinal);

        var counts = new long[words.Length + 2];
        var bigrams = new Dictionary<(int, int), long>();
        foreach (var sentence in all)
        {
            var previous = Boundary;
            counts[Boundary]++;
            foreach (var word in sentence)
            {
                var id = ids.GetValueOrDefault(word, Rare);
                counts[id]++;
                bigrams[(previous, id)] = bigrams.GetValueOrDefault((previous, id)) + 1;
                previous = id;
            }

            bigrams[(previous, Boundary)] = bigrams.GetValueOrDefault((previous, Boundary)) + 1;
        }

        var graph = new BigramGraph(counts, bigrams);
        var levels = new List<int[]>();
        var classOf = ExchangeClustering.Cluster(graph, sizes[0], maxIterations);
        levels.Add(classOf);
        for (var level = 1; level < sizes.Count; level++)
        {
            var coarser = ExchangeClustering.Cluster(graph.Collapse(classOf, classOf.Max() + 1), sizes[level], maxIterations);
            classOf = [.. classOf.Select(c => coarser[c])];
            levels.Add(classOf);
        }

        var classes = new ushort[words.Length * sizes.Count];
        for (var w = 0; w < words.Length; w++)
        {
            for (var level = 0; level < sizes.Count; level++) classes[(w * sizes.Count) + level] = (ushort)levels[level][w + 2];
        }

        return new WordClusters(words, [.. sizes], classes);
    }

    private static bool IsWellFormed(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1])) i++;
            else if (char.IsSurrogate(word[i])) return false;
        }

        return true;
    }
}
