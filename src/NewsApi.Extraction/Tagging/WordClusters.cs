namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Word classes learnt from unlabelled news (see Training/ExchangeClustering): words used alike share a class, so a name
/// the labelled corpora never had still looks like the names they had. Several granularities, each coarser one grouping
/// the classes of the one before. Case matters: "Bush" and "bush" are different words.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<string, int> _index;
    private readonly string[] _words;
    private readonly ushort[] _classes;

    /// <param name="words">The clustered words, each once.</param>
    /// <param name="sizes">The number of classes at each level, finest first.</param>
    /// <param name="classes">The class of word w at level l at [w * levels + l].</param>
    public WordClusters(string[] words, int[] sizes, ushort[] classes)
    {
        _words = words;
        Sizes = sizes;
        Levels = sizes.Length;
        _classes = classes;
        _index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var w = 0; w < words.Length; w++) _index.Add(words[w], w);
    }

    public static WordClusters None { get; } = new([], [], []);

    public IReadOnlyList<int> Sizes { get; }

    public int Levels { get; }

    public int WordCount => _words.Length;

    /// <summary>The word's number for <see cref="ClassOf"/>, or -1 for a word too rare to be clustered.</summary>
    public int Find(string word) => _index.GetValueOrDefault(word, -1);

    public string WordAt(int word) => _words[word];

    public int ClassOf(int word, int level) => _classes[(word * Levels) + level];

    public void Write(BinaryWriter writer)
    {
        writer.Write(Levels);
        foreach (var size in Sizes) writer.Write(size);
        writer.Write(_words.Length);
        foreach (var word in _words) writer.Write(word);
        foreach (var id in _classes) writer.Write(id);
    }

    public static WordClusters Read(BinaryReader reader)
    {
        var sizes = new int[reader.ReadInt32()];
        for (var l = 0; l < sizes.Length; l++) sizes[l] = reader.ReadInt32();
        var words = new string[reader.ReadInt32()];
        for (var w = 0; w < words.Length; w++) words[w] = reader.ReadString();
        var classes = new ushort[words.Length * sizes.Length];
        for (var i = 0; i < classes.Length; i++) classes[i] = reader.ReadUInt16();
        return new WordClusters(words, sizes, classes);
    }
}
