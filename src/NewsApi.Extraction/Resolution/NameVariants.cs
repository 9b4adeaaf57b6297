using NewsApi.Extraction.Data;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Resolution;

/// <summary>
/// The ways news writes one entity's name that no rule can derive: a country's other names (from the country list:
/// "U.S.", "America"), party forms ("Tories", "Lib Dems"), common acronyms ("NATO"). Data, not code: see
/// Data/name-variants.tsv. Thread-safe once built.
/// </summary>
public sealed class NameVariants
{
    // With the US states' wire abbreviations that name nothing else ("Calif.", "N.C."; Documents/UsStates).
    private static readonly Lazy<NameVariants> LazyDefault = new(() => new NameVariants(Gazetteer.Default, EmbeddedData.ReadLines("name-variants.tsv")
        .Concat(UsStates.UnsharedAbbreviations.Select(state => $"place\t{state.Value}\t{state.Key}"))));

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (EntityType Type, string Name)> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _writtenOrganisationForms = [];

    // "us " -> "united states ", "un " -> "united nations ": a listed country's or organisation's acronym opening a
    // longer name ("U.S. Congress", "UN Security Council").
    private readonly Dictionary<string, string> _acronymPrefixes = new(StringComparer.Ordinal);

    private NameVariants(Gazetteer gazetteer, IEnumerable<string> lines)
    {
        _gazetteer = gazetteer;
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var name = fields[1];
            var key = NameKey.Loose(name);
            _entries[key] = (EntityTypes.Parse(fields[0]), name);
            _canonicalByKey[key] = key;
            var variants = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            foreach (var variant in variants)
            {
                _canonicalByKey[NameKey.Loose(variant)] = key;
                _canonicalByKey.TryAdd(NameKey.Loose(variant).Replace('-', ' '), key); // "al Qaida" as "al-Qaida"
                if (_entries[key].Type is EntityType.Place or EntityType.Organisation && IsAcronym(variant))
                {
                    _acronymPrefixes[NameKey.Loose(variant).Replace(".", "", StringComparison.Ordinal) + " "] = key + " ";
                }
            }

            if (_entries[key].Type == EntityType.Organisation)
            {
                _writtenOrganisationForms.AddRange([name, .. variants]);
            }
        }
    }

    public static NameVariants Default => LazyDefault.Value;

    /// <summary>The listed organisations' names and variants as written ("Tories", "Lib Dems", "Labour Party").</summary>
    public IReadOnlyList<string> WrittenOrganisationForms => _writtenOrganisationForms;

    /// <summary>The key every way of writing this name shares ("united states" for "the U.S."); the name's own key otherwise.</summary>
    public string CanonicalKey(string name)
    {
        var key = NameKey.Loose(name);
        if (_canonicalByKey.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        return _gazetteer.CountryNamed(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name) is { } country
            ? _canonicalByKey.GetValueOrDefault(NameKey.Loose(country), NameKey.Loose(country))
            : key;
    }

    /// <summary>
    /// "united states congress" for "us congress": a key that opens with a listed country's or organisation's acronym
    /// ("U.S.", "UK", "UN") followed by more words, with the acronym written in full, so "U.S. Congress" and "United
    /// States Congress", "UN Security Council" and "United Nations Security Council" compare equal. Other keys are
    /// returned as they are.
    /// </summary>
    public string WithAcronymSpelledOut(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && _acronymPrefixes.TryGetValue(key[..(space + 1)], out var name) ? name + key[(space + 1)..] : key;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(character => char.IsUpper(character) || character == '.');

    /// <summary>The name the list gives an entity of this canonical key ("United States"), and its usual type; null if unlisted.</summary>
    public (EntityType Type, string Name)? Listed(string canonicalKey) =>
        _entries.TryGetValue(canonicalKey, out var entry) ? entry : null;

    /// <summary>The canonical key of a listed name's or variant's key ("johannesburg" for "joburg"); null if unlisted.</summary>
    public string? ListedCanonicalKey(string key) => _canonicalByKey.GetValueOrDefault(key);

    /// <summary>Whether the key is one of the listed names or their variants (so "Tories" is a party, not a short form of another name).</summary>
    public bool IsListed(string key) => _canonicalByKey.ContainsKey(key);
}
