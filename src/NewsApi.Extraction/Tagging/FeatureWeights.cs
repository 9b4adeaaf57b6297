using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Each feature hash's row of tag weights, for the tagger's innermost loop: open addressing with linear probing in one
/// flat array at most half full, each slot holding the hash and its weights side by side. A lookup mostly touches one
/// 64-byte slot, where a <see cref="Dictionary{TKey,TValue}"/> of rows touched a bucket, an entry and then the row (the
/// misses were about a third of the tagging time).
/// </summary>
internal sealed class FeatureWeights
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15;

    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <param name="features">The hashes.</param>
    /// <param name="weights">Row i, the weights of <paramref name="features"/>[i], at [i * tags, (i + 1) * tags).</param>
    public FeatureWeights(ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights)
    {
        if (weights.Length != features.Length * BilouTags.Count) throw new ArgumentException("One row of weights per feature is needed.", nameof(weights));
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)features.Length * 2));
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        for (var row = 0; row < features.Length; row++)
        {
            var slot = Home(features[row]);
            while (_slots[slot].IsUsed)
            {
                if (_slots[slot].Feature == features[row]) throw new ArgumentException($"Feature {features[row]} appears twice.", nameof(features));
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot].Feature = features[row];
            _slots[slot].IsUsed = true;
            weights.Slice(row * BilouTags.Count, BilouTags.Count).CopyTo(_slots[slot].Weights);
        }
    }

    /// <summary>The feature's weights, one per tag; empty when the model has none for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Find(ulong feature)
    {
        var slots = _slots;
        var slot = Home(feature);
        while (true)
        {
            ref var candidate = ref slots[slot];
            if (!candidate.IsUsed) return [];
            if (candidate.Feature == feature) return MemoryMarshal.CreateReadOnlySpan(ref candidate.Weights[0], BilouTags.Count);
            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>
    /// Sets each tag's score to the sum of the features' weights for it (features the model lacks add nothing), in
    /// feature order: 8 + 4 + 1 tags at a time, each tag's sum the same float additions as a loop over tags would make.
    /// </summary>
    // Optimised from the first call: a short run (extract of a few hundred articles) otherwise spends seconds in the
    // JIT's unoptimised first tier of its hottest loop before the tiered compiler replaces it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sum(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (BilouTags.Count != 13 || scores.Length < BilouTags.Count) throw new ArgumentException("A score per tag (13) is needed.", nameof(scores));
        var (first, middle, last) = (Vector256<float>.Zero, Vector128<float>.Zero, 0f);
        foreach (var feature in features)
        {
            ref var slot = ref FindSlot(feature);
            if (Unsafe.IsNullRef(ref slot)) continue;
            ref var weights = ref slot.Weights[0];
            first += Vector256.LoadUnsafe(ref weights);
            middle += Vector128.LoadUnsafe(ref weights, 8);
            last += Unsafe.Add(ref weights, 12);
        }

        ref var score = ref MemoryMarshal.GetReference(scores);
        first.StoreUnsafe(ref score);
        middle.StoreUnsafe(ref score, 8);
        scores[12] = last;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot FindSlot(ulong feature)
    {
        var slots = _slots;
        var slot = Home(feature);
        while (true)
        {
            ref var candidate = ref slots[slot];
            if (!candidate.IsUsed) return ref Unsafe.NullRef<Slot>();
            if (candidate.Feature == feature) return ref candidate;
            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>Fibonacci hashing: the hashes are FNV-1a, whose low bits alone cluster.</summary>
    private int Home(ulong feature) => (int)((feature * Fibonacci) >> _shift);

    // 8 + 52 + 4 bytes: one slot is one cache line's worth.
    private struct Slot
    {
        public ulong Feature;
        public TagWeights Weights;
        public bool IsUsed;
    }

    [InlineArray(BilouTags.Count)]
    private struct TagWeights
    {
        private float _weight;
    }
}
