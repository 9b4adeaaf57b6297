using System.Runtime.CompilerServices;
using NewsApi.Extraction.Data;

namespace NewsApi.Extraction.Gazetteers;

/// <summary>
/// The tagger's name lists (cities, regions, countries, universities, companies, international organisations, forenames,
/// surnames; see Data/gazetteers/lists): for each token, where it stands inside the longest listed name of each list.
/// Evidence only, weighed by the trained model ("Jordan" is a country and a forename). Matching ignores case, except for
/// acronyms, but a name must start with a capital. Thread-safe once built.
/// </summary>
internal sealed class NameLists
{
    public const int NotListed = 0;
    private const int BitsPerList = 3;
    private const int MaxKeyLength = 128;
    private const int MaxNameTokens = 8;
    private static readonly string[] Files =
        ["cities", "regions", "countries", "universities", "companies", "international-organisations", "forenames", "surnames"];

    private static readonly int CitiesOrRegions = (1 << Array.IndexOf(Files, "cities")) | (1 << Array.IndexOf(Files, "regions"));
    private static readonly int Regions = 1 << Array.IndexOf(Files, "regions");
    private static readonly int Surnames = 1 << Array.IndexOf(Files, "surnames");
    private static readonly int PlaceLists = CitiesOrRegions | (1 << Array.IndexOf(Files, "countries"));
    private static readonly Lazy<NameLists> LazyDefault = new(LoadDefault);

    private readonly Dictionary<string, (string Spelling, int Lists)> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _prefixes = new(StringComparer.OrdinalIgnoreCase);

    public static NameLists Default => LazyDefault.Value;

    public static int Count => Files.Length;

    /// <summary>The position (1 + <c>TagPosition</c>, or <see cref="NotListed"/>) of a token in list <paramref name="list"/>, from <see cref="Mark"/>'s packed value.</summary>
    public static int PositionIn(int packed, int list) => (packed >> (list * BitsPerList)) & ((1 << BitsPerList) - 1);

    /// <summary>
    /// Adds a name to list number <paramref name="list"/>, and to a list of places its spelling in plain letters when it
    /// has accents ("Wroclaw").
    /// </summary>
    public void Add(string name, int list)
    {
        AddKey(name, list);
        if ((PlaceLists & (1 << list)) != 0 && ListedNameKey.Folded(name) is { } folded) AddKey(folded, list);
    }

    private void AddKey(string name, int list)
    {
        var key = ListedNameKey.Of(name);
        if (ListedNameKey.TokenCount(key) is 0 or > MaxNameTokens || key.Length > MaxKeyLength) return;
        _names[key] = _names.TryGetValue(key, out var entry) ? entry with { Lists = entry.Lists | (1 << list) } : (key, 1 << list);
        ListedNameKey.AddPrefixes(key, _prefixes);
    }

    /// <summary>
    /// For every word, its position in each list packed into one int (read with <see cref="PositionIn"/>): per list, the
    /// longest names are taken from left to right, as BILOU positions (a one-word name is a Unit).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Mark(string[] words, Span<int> packed)
    {
        packed.Clear();
        Span<int> coveredUntil = stackalloc int[Count];
        Span<int> longest = stackalloc int[Count];
        Span<char> key = stackalloc char[MaxKeyLength];
        var names = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < words.Length; start++)
        {
            if (words[start].Length == 0 || !char.IsUpper(words[start][0])) continue;
            longest.Clear();
            var keyLength = 0;
            for (var end = start; end < words.Length && end - start < MaxNameTokens; end++)
            {
                var separator = end > start ? 1 : 0;
                if (keyLength + separator + words[end].Length > MaxKeyLength) break;
                if (separator == 1) key[keyLength++] = ' ';
                words[end].AsSpan().CopyTo(key[keyLength..]);
                keyLength += words[end].Length;
                if (names.TryGetValue(key[..keyLength], out var entry) && (!IsAcronym(entry.Spelling) || key[..keyLength].SequenceEqual(entry.Spelling)))
                {
                    for (var list = 0; list < Count; list++)
                    {
                        if ((entry.Lists & (1 << list)) != 0) longest[list] = end - start + 1;
                    }
                }

                if (!prefixes.Contains(key[..keyLength])) break;
            }

            for (var list = 0; list < Count; list++)
            {
                var length = longest[list];
                if (length == 0 || start < coveredUntil[list]) continue;
                coveredUntil[list] = start + length;
                for (var j = 0; j < length; j++)
                {
                    var position = length == 1 ? 3 : j == 0 ? 0 : j == length - 1 ? 2 : 1; // Unit, Begin, Last, Inside
                    packed[start + j] |= (1 + position) << (list * BitsPerList);
                }
            }
        }
    }

    /// <summary>Whether a list of cities (of 15,000 people and more) or regions holds <paramref name="name"/> as written, whatever its case.</summary>
    public bool IsCityOrRegion(string name) => _names.TryGetValue(ListedNameKey.Of(name), out var entry) && (entry.Lists & CitiesOrRegions) != 0;

    /// <summary>Whether the list of states, provinces and other first-level regions holds <paramref name="name"/> ("Quezon", "Kansas").</summary>
    public bool IsRegion(string name) => _names.TryGetValue(ListedNameKey.Of(name), out var entry) && (entry.Lists & Regions) != 0;

    /// <summary>Whether the list of common surnames holds <paramref name="word"/> ("Navarrete", also a town of La Rioja).</summary>
    public bool IsSurname(string word) => _names.TryGetValue(ListedNameKey.Of(word), out var entry) && (entry.Lists & Surnames) != 0;

    private static bool IsAcronym(string spelling) => spelling.Length <= 6 && !spelling.Any(char.IsLower);

    private static NameLists LoadDefault()
    {
        var lists = new NameLists();
        for (var list = 0; list < Files.Length; list++)
        {
            foreach (var name in EmbeddedData.ReadLines($"gazetteers/lists/{Files[list]}.txt")) lists.Add(name, list);
        }

        return lists;
    }
}
