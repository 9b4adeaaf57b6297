namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each word in turn moves to
/// the class that most raises the likelihood of a class bigram model, which is the objective Brown clustering maximises,
/// until few words move. Deterministic: words are visited by falling frequency and ties keep the lower class.
/// </summary>
internal static class ExchangeClustering
{
    /// <summary>The class (0 to <paramref name="classes"/> - 1) of each word of <paramref name="graph"/>.</summary>
    /// <param name="initial">Classes to start from (a coarser clustering seeds a finer one), or null: the most frequent
    /// words each alone in a class, all the others in the last one.</param>
    public static int[] Cluster(BigramGraph graph, int classes, int maxIterations, int[]? initial = null)
    {
        var words = graph.WordCount;
        classes = Math.Min(classes, words);
        var byFrequency = Enumerable.Range(0, words).OrderByDescending(w => graph.Counts[w]).ThenBy(w => w).ToArray();
        var classOf = initial is not null ? (int[])initial.Clone() : new int[words];
        if (initial is null)
        {
            for (var rank = 0; rank < words; rank++) classOf[byFrequency[rank]] = Math.Min(rank, classes - 1);
        }

        var state = new ClassCounts(graph, classOf, classes);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var moved = 0;
            foreach (var word in byFrequency)
            {
                if (state.Move(word)) moved++;
            }

            // A word or two drifting back and forth is not worth another pass.
            if (moved <= words / 1000) break;
        }

        return classOf;
    }

    /// <summary>Class unigram and bigram counts, and the scratch space of a move.</summary>
    private sealed class ClassCounts
    {
        private readonly BigramGraph _graph;
        private readonly int[] _classOf;
        private readonly int _classes;
        private readonly long[] _classCounts;
        private readonly int[] _sizes;

        // Bigram counts by class, [left * classes + right], and the same transposed, so both sums below read memory in order.
        private readonly long[] _bigrams;
        private readonly long[] _transposed;
        private readonly long[] _left;
        private readonly long[] _right;
        private readonly double[] _gain;
        private readonly double[] _xLogX;
        private readonly bool[] _listed;
        private readonly List<int>[] _rowColumns;
        private readonly List<int>[] _transposedColumns;
        private readonly List<int> _leftClasses = [];
        private readonly List<int> _rightClasses = [];

        public ClassCounts(BigramGraph graph, int[] classOf, int classes)
        {
            (_graph, _classOf, _classes) = (graph, classOf, classes);
            _classCounts = new long[classes];
            _sizes = new int[classes];
            _bigrams = new long[classes * classes];
            _transposed = new long[classes * classes];
            _left = new long[classes];
            _right = new long[classes];
            _gain = new double[classes];
            _listed = new bool[classes * classes];
            _rowColumns = [.. Enumerable.Range(0, classes).Select(_ => new List<int>())];
            _transposedColumns = [.. Enumerable.Range(0, classes).Select(_ => new List<int>())];
            _xLogX = new double[graph.Counts.Sum() + 2];
            for (var x = 1; x < _xLogX.Length; x++) _xLogX[x] = x * Math.Log(x);
            for (var w = 0; w < graph.WordCount; w++)
            {
                _classCounts[classOf[w]] += graph.Counts[w];
                _sizes[classOf[w]]++;
                foreach (var (next, count) in graph.Successors(w)) AddBigram(classOf[w], classOf[next], count);
            }
        }

        /// <summary>Moves <paramref name="word"/> to its best class; whether that is another class.</summary>
        public bool Move(int word)
        {
            var from = _classOf[word];
            if (_sizes[from] == 1) return false; // every class keeps a word
            var self = NeighbourClasses(word);
            Shift(word, from, -1, self);

            // The change in sum(f(bigram)) - 2 sum(f(unigram)) from putting the word into each class, f(x) = x ln x.
            Array.Clear(_gain);
            foreach (var c in _leftClasses) AddGains(_bigrams, _rowColumns, c, _left[c]);
            foreach (var c in _rightClasses) AddGains(_transposed, _transposedColumns, c, _right[c]);
            var count = _graph.Counts[word];
            for (var to = 0; to < _classes; to++)
            {
                // The loops above counted the class's bigram with itself twice; it takes the left, right and own bigrams at once.
                var diagonal = _bigrams[(to * _classes) + to];
                _gain[to] += -(XLogX(diagonal + _left[to]) - XLogX(diagonal)) - (XLogX(diagonal + _right[to]) - XLogX(diagonal))
                    + (XLogX(diagonal + _left[to] + _right[to] + self) - XLogX(diagonal))
                    - (2 * (XLogX(_classCounts[to] + count) - XLogX(_classCounts[to])));
            }

            var best = from;
            for (var to = 0; to < _classes; to++)
            {
                if (_gain[to] > _gain[best] + 1e-9) best = to;
            }

            Shift(word, best, +1, self);
            foreach (var c in _leftClasses) _left[c] = 0;
            foreach (var c in _rightClasses) _right[c] = 0;
            return best != from;
        }

        /// <summary>Fills the counts of the word's left and right neighbours by class (itself apart); returns its own bigram count.</summary>
        private long NeighbourClasses(int word)
        {
            _leftClasses.Clear();
            _rightClasses.Clear();
            long self = 0;
            foreach (var (previous, count) in _graph.Predecessors(word))
            {
                if (previous == word) continue;
                var c = _classOf[previous];
                if (_left[c] == 0) _leftClasses.Add(c);
                _left[c] += count;
            }

            foreach (var (next, count) in _graph.Successors(word))
            {
                if (next == word)
                {
                    self = count;
                    continue;
                }

                var c = _classOf[next];
                if (_right[c] == 0) _rightClasses.Add(c);
                _right[c] += count;
            }

            return self;
        }

        /// <summary>
        /// For every class b, f(counts[c, b] + amount) - f(counts[c, b]) added to its gain (row c of the given matrix: left
        /// neighbours read the bigrams (c, b), right neighbours the transposed (b, c)). Where counts[c, b] is 0 that is
        /// f(amount) for every b, which changes no comparison, so only the row's non-zero columns are visited.
        /// </summary>
        private void AddGains(long[] counts, List<int>[] columns, int c, long amount)
        {
            var row = counts.AsSpan(c * _classes, _classes);
            var constant = XLogX(amount);
            foreach (var b in columns[c])
            {
                var count = row[b];
                if (count != 0) _gain[b] += XLogX(count + amount) - XLogX(count) - constant;
            }
        }

        /// <summary>Takes the word out of (sign -1) or puts it into (+1) a class, with its bigrams.</summary>
        private void Shift(int word, int c, int sign, long self)
        {
            foreach (var other in _leftClasses) AddBigram(other, c, sign * _left[other]);
            foreach (var other in _rightClasses) AddBigram(c, other, sign * _right[other]);
            AddBigram(c, c, sign * self);
            _classCounts[c] += sign * _graph.Counts[word];
            _sizes[c] += sign;
            _classOf[word] = c;
        }

        private void AddBigram(int left, int right, long count)
        {
            var index = (left * _classes) + right;
            if (!_listed[index] && count != 0)
            {
                // Columns are listed once, when first non-zero; a column back at zero adds nothing to a gain.
                _listed[index] = true;
                _rowColumns[left].Add(right);
                _transposedColumns[right].Add(left);
            }

            _bigrams[index] += count;
            _transposed[(right * _classes) + left] += count;
        }

        // x ln x of every count up to the corpus size, read from a table: it is evaluated classes times per neighbour class.
        private double XLogX(long x) => x < _xLogX.Length ? _xLogX[x] : x * Math.Log(x);
    }
}

/// <summary>Word counts and bigram counts (both directions) over a vocabulary of word ids.</summary>
internal sealed class BigramGraph
{
    private readonly int[] _successorStarts;
    private readonly (int Word, long Count)[] _successors;
    private readonly int[] _predecessorStarts;
    private readonly (int Word, long Count)[] _predecessors;

    public BigramGraph(long[] counts, Dictionary<(int Left, int Right), long> bigrams)
    {
        Counts = counts;
        (_successorStarts, _successors) = Index(counts.Length, bigrams.Select(pair => (pair.Key.Left, pair.Key.Right, pair.Value)));
        (_predecessorStarts, _predecessors) = Index(counts.Length, bigrams.Select(pair => (pair.Key.Right, pair.Key.Left, pair.Value)));
    }

    public int WordCount => Counts.Length;

    public long[] Counts { get; }

    public ReadOnlySpan<(int Word, long Count)> Successors(int word) =>
        _successors.AsSpan(_successorStarts[word], _successorStarts[word + 1] - _successorStarts[word]);

    public ReadOnlySpan<(int Word, long Count)> Predecessors(int word) =>
        _predecessors.AsSpan(_predecessorStarts[word], _predecessorStarts[word + 1] - _predecessorStarts[word]);

    /// <summary>The graph of the classes: each class a word, counts summed.</summary>
    public BigramGraph Collapse(int[] classOf, int classes)
    {
        var counts = new long[classes];
        var bigrams = new Dictionary<(int, int), long>();
        for (var w = 0; w < WordCount; w++)
        {
            counts[classOf[w]] += Counts[w];
            foreach (var (next, count) in Successors(w))
            {
                var key = (classOf[w], classOf[next]);
                bigrams[key] = bigrams.GetValueOrDefault(key) + count;
            }
        }

        return new BigramGraph(counts, bigrams);
    }

    private static (int[] Starts, (int, long)[] Items) Index(int words, IEnumerable<(int From, int To, long Count)> edges)
    {
        var sorted = edges.OrderBy(edge => edge.From).ThenBy(edge => edge.To).ToArray();
        var starts = new int[words + 1];
        foreach (var edge in sorted) starts[edge.From + 1]++;
        for (var w = 0; w < words; w++) starts[w + 1] += starts[w];
        return (starts, [.. sorted.Select(edge => (edge.To, edge.Count))]);
    }
}
