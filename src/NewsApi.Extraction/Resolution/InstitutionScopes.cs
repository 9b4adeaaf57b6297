using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Resolution;

/// <summary>
/// "Supreme Court", "Parliament", "Foreign Ministry": institutions every country has. Where the archive names one for two
/// countries or more ("Supreme Court of Pakistan", "U.S. Supreme Court"), a bare "Supreme Court" means its article's
/// country's, so it takes that country's key ("pakistan supreme court") instead of one key for every country's court,
/// when the archive names that country's too.
/// The ways of naming a country's institution share that key too: "Pakistani Supreme Court", "Pakistan's Supreme
/// Court", "Supreme Court of Pakistan". A bare name in an article with no clear country keeps its key, unless one
/// country's institution of that name out-counts every other's five times over. Parties named by common words are
/// scoped so too, also where the archive names only one country's ("Liberal Party", "Liberals" and "Liberal" beside
/// Canada are the "Liberal Party of Canada"; "Conservative Party" beside Canada is not Britain's listed one); other
/// listed names keep their list's key, and a party's name of its own ("Likud") the context rule's
/// (<c>JoinCommonWordShortForms</c>).
/// </summary>
internal sealed class InstitutionScopes(NameVariants variants, Gazetteer gazetteer)
{
    // The US's country key, the one country news abroad names as a party (see Home).
    private readonly Lazy<string> _unitedStates = new(() => variants.CanonicalKey(gazetteer.CountryNamed("United States") ?? "United States"));

    /// <summary>How far one country's institution must out-count the others' for a bare name with no clear country to be it.</summary>
    private const int DominanceRatio = 5;

    // Words an institution's generic name is made of; a name with any other word ("Human Rights Watch", "Security
    // Council", "White House", "World Bank") is a name of its own.
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "parliament", "senate", "congress", "court", "ministry", "department", "army", "navy", "police", "government",
        "cabinet", "assembly", "legislature", "judiciary", "military", "forces", "force", "guard", "bank", "treasury",
        "tribunal", "house", "commission", "party",
    ]);

    // Institutions every nation has and names bare for its own, unlike "Congress" or "the Senate", which news from abroad
    // often means the US's by.
    private static readonly FrozenSet<string> EveryNationHas = FrozenSet.Create(StringComparer.Ordinal,
    [
        "parliament", "national assembly", "supreme court", "high court", "constitutional court", "cabinet", "central bank",
        "electoral commission", "election commission", "national police", "armed forces",
    ]);

    /// <summary>Whether every nation has an institution of that name, its ministries too ("ministry of foreign" for "Foreign Ministry").</summary>
    private static bool IsEveryNations(string institution) =>
        EveryNationHas.Contains(institution) || institution.StartsWith("ministry of ", StringComparison.Ordinal);

    // Chambers some nations have under that name (their usual English name): a bare "Senate" in an article about Canada is
    // Canada's, one in an article about Iraq (which has none) is still the US's, as news abroad means it. Not India's or
    // South Africa's "Congress", a party's name there.
    private static readonly FrozenDictionary<string, string[]> ChambersOf = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["senate"] =
        [
            "United States", "Argentina", "Australia", "Bahamas", "Barbados", "Belgium", "Belize", "Bolivia", "Brazil", "Burundi", "Cambodia",
            "Cameroon", "Canada", "Chile", "Colombia", "Czechia", "DR Congo", "Republic of the Congo", "Dominican Republic", "Egypt",
            "Equatorial Guinea", "Eswatini", "France", "Gabon", "Grenada", "Haiti", "Ireland", "Italy", "Ivory Coast", "Jamaica", "Jordan",
            "Kazakhstan", "Kenya", "Lesotho", "Liberia", "Madagascar", "Malaysia", "Mexico", "Netherlands", "Nigeria", "Pakistan", "Palau",
            "Paraguay", "Philippines", "Poland", "Romania", "Rwanda", "Saint Lucia", "Antigua and Barbuda", "Somalia", "Spain", "Thailand",
            "Trinidad and Tobago", "Uruguay", "Zimbabwe",
        ],
        ["congress"] =
        [
            "United States", "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Dominican Republic", "Ecuador", "Guatemala", "Honduras",
            "Mexico", "Micronesia", "Paraguay", "Peru", "Philippines", "Spain",
        ],
        // Not India's Lok Sabha or Canada's House of Commons, which news writes by those names.
        ["house of representatives"] =
        [
            "United States", "Antigua and Barbuda", "Australia", "Bahrain", "Belgium", "Belize", "Bolivia", "Colombia", "Cyprus", "Egypt",
            "Ethiopia", "Fiji", "Grenada", "Indonesia", "Iraq", "Jamaica", "Japan", "Jordan", "Liberia", "Libya", "Malaysia", "Morocco",
            "Nepal", "Netherlands", "New Zealand", "Nigeria", "Philippines", "Sudan", "Thailand", "Trinidad and Tobago", "Uruguay", "Yemen",
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Lazy<Dictionary<string, HashSet<string>>> _chamberCountryKeys = new(() => ChambersOf.ToDictionary(
        chamber => chamber.Key,
        chamber => chamber.Value.Select(name => variants.CanonicalKey(gazetteer.CountryNamed(name) ?? name)).ToHashSet(StringComparer.Ordinal),
        StringComparer.Ordinal));

    /// <summary>Whether the institution is one the home country (its key) has of its own: every nation's, or a chamber it has by that name.</summary>
    private bool IsOwnedBy(string institution, string home) =>
        IsEveryNations(institution) || (_chamberCountryKeys.Value.TryGetValue(institution, out var countries) && countries.Contains(home));

    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "the", "and", "for", "supreme", "high", "constitutional", "national", "federal", "foreign", "interior",
        "defence", "defense", "justice", "state", "home", "finance", "health", "education", "armed", "air", "coast",
        "central", "reserve", "electoral", "election", "upper", "lower", "representatives", "deputies", "commons", "lords",
        "affairs", "royal", "district", "appeals", "appeal", "criminal", "trade", "economy", "agriculture", "environment",
        "energy", "labor", "labour", "transport", "transportation", "information", "culture", "industry", "commerce",
        "public", "security", "relations", "external", "internal", "war", "people's", "peoples",
        // Parties many countries have: "Liberal Party" beside Ottawa is the "Liberal Party of Canada".
        "liberal", "conservative", "democratic", "republican", "green", "socialist", "communist", "social", "christian",
        "progressive", "new", "united",
    ]);

    /// <summary>The keys to resolve by, and for each key that names one country's institution, that country's name.</summary>
    public sealed record Scoped(string[] Keys, IReadOnlyDictionary<string, string> CountryOfKey);

    public Scoped Scope(IReadOnlyList<ArchiveChain> chains, string[] keys)
    {
        var scoped = (string[])keys.Clone();
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countriesOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var explicitForms = new Dictionary<int, (string Country, string Institution)>();
        var splits = new Dictionary<string, (string Country, string Institution)?>(StringComparer.Ordinal); // keys repeat across chains
        for (var chain = 0; chain < chains.Count; chain++)
        {
            if (chains[chain].Type == EntityType.Organisation
                && (splits.TryGetValue(keys[chain], out var known) ? known : splits[keys[chain]] = Split(keys[chain], countryNames)) is { } split)
            {
                explicitForms[chain] = split;
                if (!countriesOf.TryGetValue(split.Institution, out var countries)) countriesOf[split.Institution] = countries = [];
                countries.Add(split.Country);
            }
        }

        var countryOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (chain, (country, institution)) in explicitForms)
        {
            scoped[chain] = $"{country} {institution}";
            if (countriesOf[institution].Count >= 2) countryOfKey[scoped[chain]] = countryNames[country];
        }

        // The countries each article's places name, read once for the article's main country and for every country it names.
        List<(int Article, string? Country, int Mentions)>? placeCountries = null;
        Dictionary<int, string?>? articleCountries = null;
        ILookup<int, string>? namedCountries = null;
        var (bareScoped, unclear, unnamed) = (new List<int>(), new List<(int Chain, string Institution)>(), new List<(int Chain, string Institution)>());
        for (var chain = 0; chain < chains.Count; chain++)
        {
            if (chains[chain].Type != EntityType.Organisation || explicitForms.ContainsKey(chain))
            {
                continue;
            }

            var institution = PartyOfShortForm(keys[chain], countriesOf) ?? keys[chain];
            if (!countriesOf.TryGetValue(institution, out var countries))
            {
                if (IsEveryNations(institution) || ChambersOf.ContainsKey(institution)) unnamed.Add((chain, institution));
                continue;
            }

            placeCountries ??= PlaceCountries(chains, countryNames);
            articleCountries ??= ArticleCountries(chains, placeCountries, countryNames);
            namedCountries ??= NamedCountries(placeCountries);
            if (Home(chains[chain].Article, articleCountries, namedCountries) is { } home && IsOwnedBy(institution, home)
                && !countries.Contains(home) && countryNames.TryGetValue(home, out var homeName)
                && !countries.Overlaps(namedCountries[chains[chain].Article]))
            {
                // "Parliament" in an article about Italy, where the archive names only other countries' parliaments: Italy's.
                scoped[chain] = $"{home} {institution}";
                countryOfKey[scoped[chain]] = homeName;
                continue;
            }

            if (countries.Count < 2 && !institution.EndsWith(" party", StringComparison.Ordinal))
            {
                // "Justice Department" in an article about the US, where the archive names only the US's in full
                // ("United States Department of Justice"), is that one; so is it in an article with no clear country that names
                // the US, unless every nation has one ("Parliament").
                var only = countries.First();
                var article = chains[chain].Article;
                var own = articleCountries.GetValueOrDefault(article);
                if (own == only || (own is null && !IsEveryNations(institution) && namedCountries[article].Contains(only)))
                {
                    scoped[chain] = $"{only} {institution}";
                    countryOfKey[scoped[chain]] = countryNames[only]; // shown "Justice Department (United States)" where named bare
                    continue;
                }

                // "Mexico's Federal Police" beside the archive's one "Australian Federal Police": the article's country's own,
                // where the article names no place of the other.
                if (own is not null && institution.Contains(' ', StringComparison.Ordinal) && countryNames.TryGetValue(own, out var ownName)
                    && !countries.Overlaps(namedCountries[article])) // not "Congress", which news abroad means the US's by
                {
                    scoped[chain] = $"{own} {institution}";
                    countryOfKey[scoped[chain]] = ownName;
                }

                continue;
            }

            // Only a country the archive names this institution for: "Congress" in an article about Iraq is the US one.
            if (articleCountries.GetValueOrDefault(chains[chain].Article) is { } country && countries.Contains(country))
            {
                scoped[chain] = $"{country} {institution}";
                countryOfKey[scoped[chain]] = countryNames[country];
                bareScoped.Add(chain);
            }
            else if (countries.Count >= 2)
            {
                unclear.Add((chain, institution));
            }
        }

        // A bare name the archive never names with a country, used in articles about two countries or more: each article's
        // country's ("Parliament" in an article about Iraq and in one about Singapore are two parliaments).
        foreach (var uses in unnamed.GroupBy(use => use.Institution, StringComparer.Ordinal))
        {
            placeCountries ??= PlaceCountries(chains, countryNames);
            articleCountries ??= ArticleCountries(chains, placeCountries, countryNames);
            namedCountries ??= NamedCountries(placeCountries);
            var homes = uses.Select(use => (use.Chain, Home: Home(chains[use.Chain].Article, articleCountries, namedCountries)))
                .Where(use => use.Home is not null && IsOwnedBy(uses.Key, use.Home)).ToList();
            if (homes.Select(use => use.Home).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            foreach (var (chain, home) in homes)
            {
                scoped[chain] = $"{home} {uses.Key}";
                countryOfKey[scoped[chain]] = countryNames[home!];
            }
        }

        // "Democratic Party" in an article with no clear country: the archive's one country whose institution of that name
        // out-counts every other's five times over (the US's, not Japan's or Serbia's).
        var countsOf = explicitForms.Keys.Concat(bareScoped).GroupBy(chain => scoped[chain], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        foreach (var (chain, institution) in unclear)
        {
            var ranked = countriesOf[institution].Select(country => (Country: country, Count: countsOf.GetValueOrDefault($"{country} {institution}")))
                .OrderByDescending(country => country.Count).ToList();
            if (ranked[0].Count >= DominanceRatio * Math.Max(1, ranked[1].Count))
            {
                scoped[chain] = $"{ranked[0].Country} {institution}";
                countryOfKey[scoped[chain]] = countryNames[ranked[0].Country];
            }
        }

        ScopeTownNames(chains, scoped, countryOfKey);
        return new Scoped(scoped, countryOfKey);
    }

    // A town's own buildings and bodies, which news names bare in a story about that town.
    private static readonly FrozenSet<string> TownNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "city hall", "town hall", "city council", "town council", "county council", "municipal council", "police department",
        "fire department", "school board", "board of education", "county commission", "board of supervisors",
    ]);

    /// <summary>
    /// "City Hall" in an article about Buffalo is Buffalo's, not Seoul's or San Jose's (one "City Hall" held five in the
    /// Wikinews archive): a town's building or body named bare is that of the place its article names most (not a country
    /// or a US state; ties: none), so it joins "Buffalo City Hall" and is shown "City Hall (Buffalo)".
    /// </summary>
    private void ScopeTownNames(IReadOnlyList<ArchiveChain> chains, string[] scoped, Dictionary<string, string> countryOfKey)
    {
        Dictionary<int, ArchiveChain?>? towns = null;
        for (var chain = 0; chain < chains.Count; chain++)
        {
            if (chains[chain].Type == EntityType.Person || !TownNames.Contains(scoped[chain])) continue;

            towns ??= chains.Where(place => place.Type == EntityType.Place && !gazetteer.IsCountry(place.Name)
                    && !Documents.UsStates.Names.Contains(place.Name))
                .GroupBy(place => place.Article)
                .ToDictionary(article => article.Key, article => article.OrderByDescending(place => place.Mentions).ToList() is var ranked
                    && (ranked.Count == 1 || ranked[0].Mentions > ranked[1].Mentions) ? ranked[0] : null);
            if (towns.GetValueOrDefault(chains[chain].Article) is { } town)
            {
                scoped[chain] = $"{Entities.NameKey.WithoutAccents(Entities.NameKey.Of(town.Name))} {scoped[chain]}";
                countryOfKey[scoped[chain]] = town.Name;
            }
        }
    }

    /// <summary>
    /// "liberal party" for "Liberals", "labor party" for "Labor": a party's adjective alone or as a plural, where the
    /// archive names that party for some country.
    /// </summary>
    private static string? PartyOfShortForm(string key, Dictionary<string, HashSet<string>> countriesOf)
    {
        if (key.Contains(' ', StringComparison.Ordinal)) return null;
        var adjective = key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) ? key[..^1] : key;
        return Modifiers.Contains(adjective) && countriesOf.ContainsKey(adjective + " party") ? adjective + " party" : null;
    }

    /// <summary>"pakistan" and "supreme court" for "pakistani supreme court", "supreme court of pakistan", "pakistan's supreme court".</summary>
    private (string Country, string Institution)? Split(string key, Dictionary<string, string> countryNames)
    {
        var words = key.Split(' ');
        if (words.Length < 2)
        {
            return null;
        }

        if (OpeningCountry(words, countryNames) is (var opening, var length))
        {
            return Institution(opening, words[length..]);
        }

        return OfComplement(words, 1) is var (institution, after) && CountryKey(after, countryNames) is { } country ? Institution(country, institution) : null;
    }

    /// <summary>"supreme court" and "pakistan" for "supreme court of (the) pakistan": the words before the last "of" (at least <paramref name="minWords"/>) and those after it.</summary>
    private static (string[] Before, string After)? OfComplement(string[] words, int minWords)
    {
        var of = Array.LastIndexOf(words, "of");
        if (of < minWords || of == words.Length - 1) return null;
        var after = words[(of + 1)..] is ["the", .. var rest] ? rest : words[(of + 1)..];
        return after.Length > 0 ? (words[..of], string.Join(' ', after)) : null;
    }

    /// <summary>
    /// "commonwealth bank" and "Australia" for "commonwealth bank of australia" (or "drug enforcement administration" and
    /// "United States" for "united states drug enforcement administration"): a body with a name of its own (two words or
    /// more, not every country's institution) and the country it is of, by the country's usual name; null for other names.
    /// </summary>
    public (string Bare, string Country, bool CountryFirst)? WithoutCountry(string[] words)
    {
        if (OfComplement(words, 2) is var (before, after) && CountryName(after) is { } country && !IsGenericInstitution(before))
        {
            return (string.Join(' ', before), country, false);
        }

        // "united states drug enforcement administration": the country's name opening it.
        for (var length = Math.Min(2, words.Length - 2); length >= 1; length--)
        {
            if (CountryName(string.Join(' ', words[..length])) is { } opening && !IsGenericInstitution(words[length..]))
            {
                return (string.Join(' ', words[length..]), opening, true);
            }
        }

        return null;
    }

    /// <summary>Whether the key names a country as well as an institution ("pakistani supreme court"), not the institution alone.</summary>
    public bool NamesCountry(string key) => Split(key, []) is not null;

    /// <summary>
    /// Whether the word is only the field of a state's body the key names, with or without its country ("labor" of the
    /// "united states department of labor"): nobody calls the body by it ("Labor" is a party), unlike its head ("the House").
    /// </summary>
    public bool IsFieldOfStateBody(string word, string key) =>
        Modifiers.Contains(word) && !Heads.Contains(word)
        && (Split(key, []) is var (_, institution) ? institution : key).Split(' ') is var words && IsGenericInstitution(words) && words[^1] != "party";

    private (string Country, string Institution)? Institution(string country, string[] words) =>
        IsGenericInstitution(words) ? (country, string.Join(' ', words)) : null;

    // "Bank of America", "Bank of China" and "Bank of Ireland" are companies named so.
    private bool IsGenericInstitution(string[] words) =>
        words is not ["bank"] && words.Any(Heads.Contains) && words.All(word => Heads.Contains(word) || Modifiers.Contains(word))
        && (!variants.IsListed(string.Join(' ', words)) || words[^1] == "party"); // Britain's listed "Conservative Party" is Canada's too

    /// <summary>The country's usual name for a key's words ("United States" for "u.s."), or null.</summary>
    private string? CountryName(string text) => gazetteer.CountryNamed(text) ?? gazetteer.CountryNamed(TitleCase(text));

    /// <summary>The country's key ("united states" for "U.S." or "america"), remembering its name to show; null when no country.</summary>
    private string? CountryKey(string text, Dictionary<string, string> countryNames)
    {
        if (CountryName(text) is not { } name)
        {
            return null;
        }

        var key = variants.CanonicalKey(name);
        countryNames.TryAdd(key, variants.Listed(key)?.Name ?? name);
        return key;
    }

    /// <summary>The key of the country a name opens with ("australia" for "Australian Broadcasting Corporation"), or null.</summary>
    public string? CountryOpening(string name) => OpeningCountry(name.ToLowerInvariant().Split(' '), []) is var (country, _) ? country : null;

    /// <summary>Each article's country's key (see the private overload), for rules outside institutions.</summary>
    public Dictionary<int, string?> ArticleCountries(IReadOnlyList<ArchiveChain> chains)
    {
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        return ArticleCountries(chains, PlaceCountries(chains, countryNames), countryNames);
    }

    /// <summary>
    /// For each article, the country its place names (countries and capitals) name most often (ties: none); in an article
    /// whose places name no country, the one its organisations' names open with ("the Australian Senate", "Australia's
    /// competition watchdog" names no place, yet its "National Party" is Australia's).
    /// </summary>
    private Dictionary<int, string?> ArticleCountries(
        IReadOnlyList<ArchiveChain> chains, List<(int Article, string? Country, int Mentions)> placeCountries, Dictionary<string, string> countryNames)
    {
        var byPlaces = MostNamed(placeCountries);
        var byOrganisations = MostNamed(chains.Where(chain => chain.Type == EntityType.Organisation && !byPlaces.ContainsKey(chain.Article))
            .Select(chain => (chain.Article, OpeningCountry(chain.Name.Split(' '), countryNames)?.Country, chain.Mentions)));
        foreach (var (article, country) in byOrganisations) byPlaces[article] = country;
        return byPlaces;
    }

    /// <summary>Each place chain's article, the country it names (a country or a capital's; null for other places) and its mentions.</summary>
    private List<(int Article, string? Country, int Mentions)> PlaceCountries(IReadOnlyList<ArchiveChain> chains, Dictionary<string, string> countryNames)
    {
        var countryOfName = new Dictionary<string, string?>(StringComparer.Ordinal); // place names repeat across articles
        string? CountryOf(string name) => countryOfName.TryGetValue(name, out var country) ? country
            : countryOfName[name] = CountryKey(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name, countryNames)
                ?? (gazetteer.CountryOfCapital(name) is { } capitalOf ? CountryKey(capitalOf, countryNames) : null); // "Ottawa" names Canada
        return [.. chains.Where(chain => chain.Type == EntityType.Place).Select(chain => (chain.Article, CountryOf(chain.Name), chain.Mentions))];
    }

    /// <summary>
    /// The article's country for an institution no full form in the archive ties to a country: its most named country, but the
    /// US only where the article names no other (news abroad names the US as a party: an article on Bobby Fischer held in
    /// Japan names it most, yet its parliament is Iceland's).
    /// </summary>
    private string? Home(int article, Dictionary<int, string?> articleCountries, ILookup<int, string> namedCountries) =>
        articleCountries.GetValueOrDefault(article) is { } home
        && (home != _unitedStates.Value || namedCountries[article].All(country => country == home)) ? home : null;

    private static ILookup<int, string> NamedCountries(List<(int Article, string? Country, int Mentions)> placeCountries) =>
        placeCountries.Where(place => place.Country is not null).ToLookup(place => place.Article, place => place.Country!);

    private static Dictionary<int, string?> MostNamed(IEnumerable<(int Article, string? Country, int Mentions)> names) =>
        names.Where(name => name.Country is not null)
            .GroupBy(name => name.Article)
            .ToDictionary(article => article.Key, article =>
            {
                var ranked = article.GroupBy(name => name.Country).Select(country => (country.Key, Mentions: country.Sum(name => name.Mentions)))
                    .OrderByDescending(country => country.Mentions).ToList();
                return ranked.Count == 1 || ranked[0].Mentions > ranked[1].Mentions ? ranked[0].Key : null;
            });

    /// <summary>
    /// The country a name or key opens with, by name ("pakistan's", "united states") or demonym ("australian"), and how
    /// many of its words that takes.
    /// </summary>
    private (string Country, int Length)? OpeningCountry(string[] words, Dictionary<string, string> countryNames)
    {
        for (var length = Math.Min(3, words.Length - 1); length >= 1; length--)
        {
            var prefix = string.Join(' ', words[..length]);
            var country = prefix.EndsWith("'s", StringComparison.Ordinal) || prefix.EndsWith("’s", StringComparison.Ordinal) ? prefix[..^2] : prefix;
            if (CountryKey(country, countryNames) is { } key)
            {
                return (key, length);
            }
        }

        return words.Length >= 2 && gazetteer.CountryForDemonym(WordChars.Capitalised(words[0])) is { } demonymCountry
            && CountryKey(demonymCountry, countryNames) is { } ofDemonym ? (ofDemonym, 1) : null;
    }

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(word => word is "of" or "and" or "the" ? word : WordChars.Capitalised(word)));
}
