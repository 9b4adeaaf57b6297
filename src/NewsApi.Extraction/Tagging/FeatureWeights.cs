using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Each feature hash's row of tag weights, for the tagger's innermost loop: open addressing with linear probing in one
/// flat table at most half full, each 64-byte slot holding the hash, its 13 weights and a used mark. The table starts on
/// a cache line, so a lookup that finds its feature at home reads one line, where a <see cref="Dictionary{TKey,TValue}"/>
/// of rows touched a bucket, an entry and then the row, and an unaligned array of slots two lines. The table (about
/// 33 MB for the shipped model) lives outside the GC heap in huge pages where the system gives them
/// (<see cref="HugePageTable"/>); it is freed when this object is collected, and a span from <see cref="Find"/> is
/// valid while this object is alive.
/// </summary>
internal sealed class FeatureWeights
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15;
    private const int CacheLine = 64;

    // A slot, in floats: the hash (two floats' room), the weights, the used mark.
    private const int SlotFloats = CacheLine / sizeof(float);
    private const int WeightsAt = 2;
    private const int UsedAt = SlotFloats - 1;

    private readonly unsafe float* _table;
    private readonly nuint _bytes;
    private readonly int _mask;
    private readonly int _shift;

    /// <param name="features">The hashes.</param>
    /// <param name="weights">Row i, the weights of <paramref name="features"/>[i], at [i * tags, (i + 1) * tags).</param>
    public FeatureWeights(ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights)
        : this(features.Length, weights.Length)
    {
        for (var row = 0; row < features.Length; row++)
        {
            weights.Slice(row * BilouTags.Count, BilouTags.Count).CopyTo(Claim(features[row]));
        }
    }

    /// <summary>Like the constructor from floats, from the halves a model file stores, each widened straight into its slot.</summary>
    public FeatureWeights(ReadOnlySpan<ulong> features, ReadOnlySpan<Half> weights)
        : this(features.Length, weights.Length)
    {
        for (var row = 0; row < features.Length; row++)
        {
            TensorPrimitives.ConvertToSingle(weights.Slice(row * BilouTags.Count, BilouTags.Count), Claim(features[row]));
        }
    }

    private unsafe FeatureWeights(int features, int weights)
    {
        if (weights != features * BilouTags.Count) throw new ArgumentException("One row of weights per feature is needed.", nameof(weights));
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)features * 2));
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;

        _bytes = (nuint)(_mask + 1) * CacheLine;
        _table = (float*)HugePageTable.Allocate(_bytes);
        GC.AddMemoryPressure((long)_bytes);
    }

    /// <summary>Marks a free slot as the feature's and returns its weights, to be filled.</summary>
    private Span<float> Claim(ulong feature)
    {
        var slot = Home(feature);
        while (IsUsed(ref SlotAt(slot)))
        {
            if (HashOf(ref SlotAt(slot)) == feature) throw new ArgumentException($"Feature {feature} appears twice.", nameof(feature));
            slot = (slot + 1) & _mask;
        }

        ref var target = ref SlotAt(slot);
        HashOf(ref target) = feature;
        Unsafe.As<float, int>(ref Unsafe.Add(ref target, UsedAt)) = 1;
        return MemoryMarshal.CreateSpan(ref Unsafe.Add(ref target, WeightsAt), BilouTags.Count);
    }

    /// <summary>The feature's weights, one per tag; empty when the model has none for it.</summary>
    public ReadOnlySpan<float> Find(ulong feature)
    {
        ref var slot = ref FindSlot(feature, Home(feature));
        return Unsafe.IsNullRef(ref slot) ? [] : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref slot, WeightsAt), BilouTags.Count);
    }

    /// <summary>
    /// Sets each tag's score to the sum of the features' weights for it (features the model lacks add nothing), in
    /// feature order: 8 + 4 + 1 tags at a time, each tag's sum the same float additions as a loop over tags would make.
    /// </summary>
    public void Sum(ReadOnlySpan<ulong> features, Span<float> scores) => Sum(default, features, scores);

    /// <summary>
    /// Like <see cref="Sum(ReadOnlySpan{ulong}, Span{float})"/>, going on from the sums <paramref name="start"/> of
    /// features before these (empty: from zero). Per tag, the same float additions in the same order as one call over all
    /// the features, so the same scores.
    /// </summary>
    // Optimised from the first call: a short run (extract of a few hundred articles) otherwise spends seconds in the
    // JIT's unoptimised first tier of its hottest loop before the tiered compiler replaces it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sum(ReadOnlySpan<float> start, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (BilouTags.Count != 13 || scores.Length < BilouTags.Count) throw new ArgumentException("A score per tag (13) is needed.", nameof(scores));
        if (!start.IsEmpty && start.Length != BilouTags.Count) throw new ArgumentException("A sum per tag (13) is needed.", nameof(start));

        // First read the hash at every feature's home slot: the loads do not wait for each other, so their cache misses
        // overlap, and the sums below then mostly find their slots in the cache.
        Span<int> homes = stackalloc int[features.Length];
        Span<ulong> atHome = stackalloc ulong[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            homes[f] = Home(features[f]);
            atHome[f] = HashOf(ref SlotAt(homes[f]));
        }

        var (first, middle, last) = start.IsEmpty
            ? (Vector256<float>.Zero, Vector128<float>.Zero, 0f)
            : (Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(start)), Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(start), 8), start[12]);
        for (var f = 0; f < features.Length; f++)
        {
            ref var slot = ref atHome[f] == features[f] && IsUsed(ref SlotAt(homes[f])) ? ref SlotAt(homes[f]) : ref FindSlot(features[f], homes[f]);
            if (Unsafe.IsNullRef(ref slot)) continue;
            ref var weights = ref Unsafe.Add(ref slot, WeightsAt);
            first += Vector256.LoadUnsafe(ref weights);
            middle += Vector128.LoadUnsafe(ref weights, 8);
            last += Unsafe.Add(ref weights, 12);
        }

        ref var score = ref MemoryMarshal.GetReference(scores);
        first.StoreUnsafe(ref score);
        middle.StoreUnsafe(ref score, 8);
        scores[12] = last;
        GC.KeepAlive(this); // the table is freed by the finalizer
    }

    private static ref ulong HashOf(ref float slot) => ref Unsafe.As<float, ulong>(ref slot);

    private static bool IsUsed(ref float slot) => Unsafe.As<float, int>(ref Unsafe.Add(ref slot, UsedAt)) != 0;

    /// <summary>The slot holding the feature, probing from <paramref name="home"/>; a null reference when none does.</summary>
    private ref float FindSlot(ulong feature, int home)
    {
        for (var slot = home; ; slot = (slot + 1) & _mask)
        {
            ref var candidate = ref SlotAt(slot);
            if (!IsUsed(ref candidate)) return ref Unsafe.NullRef<float>();
            if (HashOf(ref candidate) == feature) return ref candidate;
        }
    }

    // The slot's first float; every slot index is masked, so it lies inside the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe ref float SlotAt(int slot) => ref Unsafe.AsRef<float>(_table + ((nint)slot * SlotFloats));

    unsafe ~FeatureWeights()
    {
        HugePageTable.Free(_table);
        GC.RemoveMemoryPressure((long)_bytes);
    }

    /// <summary>Fibonacci hashing: the hashes are FNV-1a, whose low bits alone cluster.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong feature) => (int)((feature * Fibonacci) >> _shift);
}
