namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Perceptron weights while training, averaged over every step at the end (Daumé's trick: keep the sum of
/// step * update beside the weights, so averaging costs nothing per step). Features are rows, numbered as they are added.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 16];
    private double[] _stepWeightedUpdates = new double[1 << 16];
    private long _step = 1;

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

    /// <summary>The averaged weights, leaving out features whose weights are all below <paramref name="pruneBelow"/>.</summary>
    public PerceptronModel Average(float pruneBelow, WordClusters clusters)
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        Span<float> averaged = stackalloc float[BilouTags.Count];
        foreach (var (feature, row) in _rows.OrderBy(pair => pair.Key))
        {
            var largest = 0f;
            for (var tag = 0; tag < BilouTags.Count; tag++)
            {
                averaged[tag] = AveragedWeight(row, tag);
                largest = Math.Max(largest, Math.Abs(averaged[tag]));
            }

            if (largest < pruneBelow) continue;
            rows.Add(feature, rows.Count);
            foreach (var weight in averaged) weights.Add(weight);
        }

        return new PerceptronModel(rows, [.. weights], clusters);
    }

    private float AveragedWeight(int row, int tag)
    {
        var index = (row * BilouTags.Count) + tag;
        return (float)(_weights[index] - (_stepWeightedUpdates[index] / _step));
    }
}
