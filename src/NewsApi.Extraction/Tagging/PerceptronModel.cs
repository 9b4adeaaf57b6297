using System.IO.Compression;
using System.Text;

namespace NewsApi.Extraction.Tagging;

/// <summary>Scores the tags of a token: the sum, over its features, of each feature's row of weights.</summary>
internal interface ITagScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// The trained weights: one row of <see cref="BilouTags.Count"/> weights per feature hash.
/// File format (Brotli-compressed): "NERP", version, tag count, row count, the sorted hashes, then the rows as halves.
/// </summary>
internal sealed class PerceptronModel : ITagScorer
{
    private const string Magic = "NERP";
    private const int Version = 1;
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public PerceptronModel(Dictionary<ulong, int> rows, float[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row)) continue;
            var weights = _weights.AsSpan(row * BilouTags.Count, BilouTags.Count);
            for (var tag = 0; tag < weights.Length; tag++) scores[tag] += weights[tag];
        }
    }

    /// <summary>The same model with each weight rounded to a half, as <see cref="Write"/> stores it.</summary>
    public PerceptronModel RoundedToHalves() => new(_rows, [.. _weights.Select(weight => (float)(Half)weight)]);

    public void Write(Stream stream)
    {
        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.ASCII);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(BilouTags.Count);
        writer.Write(_rows.Count);
        var ordered = _rows.OrderBy(pair => pair.Key).ToList();
        foreach (var (feature, _) in ordered) writer.Write(feature);
        foreach (var (_, row) in ordered)
        {
            for (var tag = 0; tag < BilouTags.Count; tag++) writer.Write((Half)_weights[(row * BilouTags.Count) + tag]);
        }
    }

    public static PerceptronModel Read(Stream stream)
    {
        using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(decompressed, Encoding.ASCII);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != Version
            || reader.ReadInt32() != BilouTags.Count)
        {
            throw new InvalidDataException("This is not a tagger model of the version this library reads.");
        }

        var rowCount = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(rowCount);
        for (var row = 0; row < rowCount; row++) rows.Add(reader.ReadUInt64(), row);
        var weights = new float[rowCount * BilouTags.Count];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
        return new PerceptronModel(rows, weights);
    }
}
