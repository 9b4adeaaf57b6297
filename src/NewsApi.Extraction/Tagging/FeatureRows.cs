using System.Runtime.CompilerServices;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Feature hash to weight row, for the tagger's innermost loop: open addressing with linear probing in one flat array
/// at most half full. A lookup mostly touches one cache line, where <see cref="Dictionary{TKey,TValue}"/> touches a bucket
/// and an entry; with the weight row that was about a third of the tagging time.
/// </summary>
internal sealed class FeatureRows
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15;

    // Row + 1, so that 0 marks an empty slot whatever the hashes are.
    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <param name="features">The hashes; row i is <paramref name="features"/>[i]'s.</param>
    public FeatureRows(ReadOnlySpan<ulong> features)
    {
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)features.Length * 2));
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        for (var row = 0; row < features.Length; row++)
        {
            var slot = Home(features[row]);
            while (_slots[slot].RowPlusOne != 0)
            {
                if (_slots[slot].Feature == features[row]) throw new ArgumentException($"Feature {features[row]} appears twice.", nameof(features));
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new Slot(features[row], row + 1);
        }

        Count = features.Length;
    }

    public int Count { get; }

    /// <summary>The feature's row, or -1 when the model has none for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong feature)
    {
        var slots = _slots;
        var slot = Home(feature);
        while (true)
        {
            ref readonly var candidate = ref slots[slot];
            if (candidate.Feature == feature && candidate.RowPlusOne != 0) return candidate.RowPlusOne - 1;
            if (candidate.RowPlusOne == 0) return -1;
            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>Fibonacci hashing: the hashes are FNV-1a, whose low bits alone cluster.</summary>
    private int Home(ulong feature) => (int)((feature * Fibonacci) >> _shift);

    private readonly record struct Slot(ulong Feature, int RowPlusOne);
}
