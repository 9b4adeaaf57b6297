namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Perceptron weights while training, averaged over every step at the end (Daumé's trick: keep the sum of
/// step * update beside the weights, so averaging costs nothing per step). Features are rows, numbered as they are added.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows;
    private float[] _weights;
    private double[] _stepWeightedUpdates;
    private long _step = 1;

    public AveragedPerceptron()
    {
        _rows = [];
        _weights = new float[1 << 16];
        _stepWeightedUpdates = new double[1 << 16];
    }

    /// <summary>A new run from zero weights over the rows <paramref name="rowsOf"/> already numbered (so prepared sentences stay valid).</summary>
    public AveragedPerceptron(AveragedPerceptron rowsOf)
    {
        _rows = new Dictionary<ulong, int>(rowsOf._rows);
        _weights = new float[rowsOf._weights.Length];
        _stepWeightedUpdates = new double[rowsOf._weights.Length];
    }

    public int RowCount => _rows.Count;

    /// <summary>The row of a feature, added (with zero weights) if new.</summary>
    public int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row)) return row;
        row = _rows.Count;
        _rows.Add(feature, row);
        var needed = (row + 1) * BilouTags.Count;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _stepWeightedUpdates, _stepWeightedUpdates.Length * 2);
        }

        return row;
    }

    /// <summary>Adds the rows' weights to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<int> rows, Span<float> scores)
    {
        foreach (var row in rows)
        {
            var weights = _weights.AsSpan(row * BilouTags.Count, BilouTags.Count);
            for (var tag = 0; tag < weights.Length; tag++) scores[tag] += weights[tag];
        }
    }

    /// <summary>Moves the weights towards the gold tag and away from the wrong guess.</summary>
    public void Update(ReadOnlySpan<int> rows, int gold, int guess, float amount)
    {
        foreach (var row in rows)
        {
            var index = row * BilouTags.Count;
            _weights[index + gold] += amount;
            _weights[index + guess] -= amount;
            _stepWeightedUpdates[index + gold] += _step * (double)amount;
            _stepWeightedUpdates[index + guess] -= _step * (double)amount;
        }
    }

    /// <summary>Adds <paramref name="amount"/> to the rows' weights for one tag.</summary>
    public void Add(ReadOnlySpan<int> rows, int tag, float amount)
    {
        foreach (var row in rows)
        {
            var index = (row * BilouTags.Count) + tag;
            _weights[index] += amount;
            _stepWeightedUpdates[index] += _step * (double)amount;
        }
    }

    /// <summary>Counts one training token, for the average.</summary>
    public void Tick() => _step++;

    /// <summary>Adds this run's averaged weights, divided by <paramref name="runs"/>, to <paramref name="sums"/> (feature to its tags' weights).</summary>
    public void AddAverageTo(Dictionary<ulong, float[]> sums, int runs)
    {
        foreach (var (feature, row) in _rows)
        {
            if (!sums.TryGetValue(feature, out var sum)) sums.Add(feature, sum = new float[BilouTags.Count]);
            for (var tag = 0; tag < BilouTags.Count; tag++) sum[tag] += AveragedWeight(row, tag) / runs;
        }
    }

    /// <summary>The model of <paramref name="averaged"/> weights, leaving out features whose weights are all below <paramref name="pruneBelow"/>.</summary>
    public static PerceptronModel Model(Dictionary<ulong, float[]> averaged, float pruneBelow, WordClusters clusters)
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (feature, tags) in averaged.OrderBy(pair => pair.Key))
        {
            if (tags.Max(Math.Abs) < pruneBelow) continue;
            rows.Add(feature, rows.Count);
            weights.AddRange(tags);
        }

        return new PerceptronModel(rows, [.. weights], clusters);
    }

    private float AveragedWeight(int row, int tag)
    {
        var index = (row * BilouTags.Count) + tag;
        return (float)(_weights[index] - (_stepWeightedUpdates[index] / _step));
    }
}
