using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// The trained weights: one row of <see cref="BilouTags.Count"/> weights per feature hash; a token's tag scores are the
/// sum of its features' rows.
/// File format (zlib-compressed: it inflates in a fifth of the time Brotli's smallest setting took, a good part of a short
/// run's start, for 3.1 MB instead of 2.2): "NERP", version, tag count, the word clusters the features use, row count, the sorted
/// hashes, then the rows as halves.
/// </summary>
internal sealed class PerceptronModel
{
    private const string Magic = "NERP";
    private const int Version = 3;
    private const int MaxWordSums = 100_000;
    private readonly ulong[] _features;
    private readonly FeatureWeights _weights;
    private readonly ConcurrentDictionary<string, float[]> _wordSums = new(StringComparer.Ordinal);
    private int _wordSumCount;

    public PerceptronModel(Dictionary<ulong, int> rows, float[] weights, WordClusters clusters)
        : this(RowOrder(rows), weights, clusters)
    {
    }

    /// <param name="features">The feature hash of each row.</param>
    private PerceptronModel(ulong[] features, float[] weights, WordClusters clusters)
        : this(features, new FeatureWeights(features, weights), clusters)
    {
    }

    private PerceptronModel(ulong[] features, FeatureWeights weights, WordClusters clusters)
    {
        _features = features;
        _weights = weights;
        Clusters = clusters;
        Transitions = new float[BilouTags.Count * BilouTags.Count];
        Span<ulong> feature = stackalloc ulong[1];
        for (var previous = 0; previous < BilouTags.Count; previous++)
        {
            feature[0] = FeatureExtractor.PreviousTag(previous);
            Score(feature, Transitions.AsSpan(previous * BilouTags.Count, BilouTags.Count));
        }
    }

    public int FeatureCount => _features.Length;

    public WordClusters Clusters { get; }

    /// <summary>The score of tag t following tag p, at [p * tags + t].</summary>
    public float[] Transitions { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _weights.Sum(features, scores);

    /// <summary>
    /// Token <paramref name="i"/>'s scores from its <see cref="FeatureExtractor.OfWord"/> features followed by
    /// <paramref name="features"/>: the same as <see cref="Score"/> over both, with the word's own sums kept per word.
    /// Words repeat ("the", ",", a name), and the dozen features of the word alone were a fifth of a token's lookups in
    /// a table much larger than the processor's caches.
    /// </summary>
    public void ScoreWord(SentenceContext sentence, int i, ReadOnlySpan<ulong> features, Span<float> scores) =>
        _weights.Sum(WordSums(sentence, i), features, scores);

    private float[] WordSums(SentenceContext sentence, int i)
    {
        var word = sentence.Words[i];
        if (_wordSums.TryGetValue(word, out var sums)) return sums;

        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        sums = new float[BilouTags.Count];
        _weights.Sum(features[..FeatureExtractor.OfWord(sentence, i, features)], sums);
        if (Interlocked.Increment(ref _wordSumCount) > MaxWordSums)
        {
            // Bounded: a long run meets words without end. Clearing now and then keeps the frequent ones coming back.
            _wordSums.Clear();
            Interlocked.Exchange(ref _wordSumCount, 0);
        }

        _wordSums[word] = sums;
        return sums;
    }

    /// <summary>The same model with each weight rounded to a half, as <see cref="Write"/> stores it.</summary>
    public PerceptronModel RoundedToHalves() =>
        new(_features, [.. _features.SelectMany(feature => _weights.Find(feature).ToArray()).Select(weight => (float)(Half)weight)], Clusters);

    public void Write(Stream stream)
    {
        using var compressed = new ZLibStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(BilouTags.Count);
        Clusters.Write(writer);
        writer.Write(_features.Length);
        var ordered = _features.Order().ToList();
        foreach (var feature in ordered) writer.Write(feature);
        foreach (var feature in ordered)
        {
            foreach (var weight in _weights.Find(feature)) writer.Write((Half)weight);
        }
    }

    public static PerceptronModel Read(Stream stream)
    {
        // Buffered, so the word clusters' 21,000 strings are not read value by value from the decompressor; the weights
        // go from the file's halves straight into the table, with no 9.6 MB float array between (each large array
        // allocated had the collector run over everything loaded so far, a good part of a short run's start).
        using var decompressed = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(decompressed, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (!HasHeader(reader)) throw new InvalidDataException("This is not a tagger model of the version this library reads.");

        var clusters = WordClusters.Read(reader);
        var features = new ulong[reader.ReadInt32()];
        buffered.ReadExactly(MemoryMarshal.AsBytes(features.AsSpan()));
        var halves = new Half[features.Length * BilouTags.Count];
        buffered.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(features, features);
            BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<Half, ushort>(halves.AsSpan()), MemoryMarshal.Cast<Half, ushort>(halves.AsSpan()));
        }

        return new PerceptronModel(features, new FeatureWeights(features, halves), clusters);
    }

    private static bool HasHeader(BinaryReader reader)
    {
        try
        {
            return Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) == Magic && reader.ReadInt32() == Version
                && reader.ReadInt32() == BilouTags.Count;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            return false; // not zlib (a model from before version 3 is Brotli), or too short
        }
    }

    private static ulong[] RowOrder(Dictionary<ulong, int> rows)
    {
        var features = new ulong[rows.Count];
        foreach (var (feature, row) in rows) features[row] = feature;
        return features;
    }
}
