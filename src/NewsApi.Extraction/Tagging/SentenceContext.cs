using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging;

/// <summary>What the features need to know about each token of one sentence, computed once per sentence.</summary>
internal sealed class SentenceContext
{
    public const int NoPlace = -1;

    // Shapes repeat ("Xx", "x", "d", ","): one string per shape rather than one per token. Bounded, as odd characters
    // can make new shapes without end.
    private const int MaxKnownShapes = 4096;
    private static readonly ConcurrentDictionary<string, string> KnownShapes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownShapeSpans = KnownShapes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _knownShapeCount;

    private SentenceContext(int length, WordClusters clusters)
    {
        Clusters = clusters;
        ClusterWords = new int[length];
        Listed = new int[length];
        Words = new string[length];
        Lowers = new string[length];
        Shapes = new string[length];
        PlacePositions = new int[length];
        FirstNames = new bool[length];
        OrganisationCues = new bool[length];
        Demonyms = new bool[length];
    }

    public int Length => Words.Length;

    public string[] Words { get; }

    public string[] Lowers { get; }

    /// <summary>Word shapes with repeats collapsed: "Xx" for "Munir", "X.X." for "U.S.", "d-d" for "2025-05".</summary>
    public string[] Shapes { get; }

    /// <summary>The BILOU position (<see cref="TagPosition"/>) of the token inside a listed place name, or <see cref="NoPlace"/>.</summary>
    public int[] PlacePositions { get; }

    public bool[] FirstNames { get; }

    public bool[] OrganisationCues { get; }

    public bool[] Demonyms { get; }

    public WordClusters Clusters { get; }

    /// <summary>Each token's positions in the tagger's name lists, packed (see <see cref="NameLists.PositionIn"/>).</summary>
    public int[] Listed { get; }

    /// <summary>Each token's number in <see cref="Clusters"/>, or -1 for a word too rare to be clustered.</summary>
    public int[] ClusterWords { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SentenceContext Create(Token[] tokens, Gazetteer gazetteer, NameLists lists, WordClusters clusters)
    {
        var context = new SentenceContext(tokens.Length, clusters);
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            context.Words[i] = word;
            context.Lowers[i] = word.ToLowerInvariant();
            context.Shapes[i] = Shape(word);
            context.FirstNames[i] = gazetteer.IsFirstName(word);
            context.OrganisationCues[i] = gazetteer.IsOrganisationCue(word);
            context.Demonyms[i] = gazetteer.CountryForDemonym(word) is not null;
            context.PlacePositions[i] = NoPlace;
            context.ClusterWords[i] = clusters.Find(word);
        }

        lists.Mark(context.Words, context.Listed);
        for (var i = 0; i < tokens.Length;)
        {
            var length = gazetteer.ListedPlaceFeatureLengthAt(tokens, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            for (var j = 0; j < length; j++)
            {
                context.PlacePositions[i + j] = (int)(length == 1 ? TagPosition.Unit
                    : j == 0 ? TagPosition.Begin : j == length - 1 ? TagPosition.Last : TagPosition.Inside);
            }

            i += length;
        }

        return context;
    }

    private static string Shape(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 16)];
        var length = 0;
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == kind) continue;
            if (length == shape.Length) break;
            shape[length++] = kind;
        }

        if (KnownShapeSpans.TryGetValue(shape[..length], out var known)) return known;
        var text = new string(shape[..length]);
        if (Volatile.Read(ref _knownShapeCount) < MaxKnownShapes && KnownShapes.TryAdd(text, text)) Interlocked.Increment(ref _knownShapeCount);
        return text;
    }
}
