using NewsApi.Extraction.Data;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Gazetteers;

/// <summary>
/// The shipped word lists: countries (other names, demonyms, capitals), cities and regions, first names and organisation
/// cue words. They are evidence for the tagger and tie-breakers for the rules, never overrides: "Jordan" may be a person.
/// Lookups ignore case (except for acronyms such as "US") but only capitalised words count. Thread-safe once built.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadDefault);

    private readonly NameTable<PlaceEntry> _places = new(withPlainSpellings: true);
    private readonly Dictionary<string, string> _capitals = new(StringComparer.Ordinal);
    private readonly NameTable<PlaceEntry> _placeFeatures = new(withPlainSpellings: true); // the tagger's: _places without the natural features
    private readonly NameTable<string> _demonyms = new();
    private readonly HashSet<string> _firstNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _organisationCues = new(StringComparer.OrdinalIgnoreCase);
    private readonly NameTable<string> _newsMedia = new();
    private readonly NameTable<string> _organisations = new();
    private readonly HashSet<string> _sportsClubs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _clubNicknames = new(StringComparer.Ordinal);

    // Read at the first courtesy title that has to choose between two people: most articles never need it.
    private readonly Lazy<Dictionary<string, char>> _sexes = new(() => EmbeddedData.ReadLines("gazetteers/given-name-sexes.tsv")
        .Select(line => line.Split('\t')).ToDictionary(fields => fields[0], fields => fields[1][0], StringComparer.Ordinal));
    private readonly HashSet<string> _companies = new(StringComparer.Ordinal);
    private readonly NameTable<string> _companyNames = new();
    private readonly HashSet<string> _oneWordCompanies = new(StringComparer.Ordinal);

    private Gazetteer()
    {
    }

    /// <summary>The lists shipped in this assembly, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Whether <paramref name="name"/> is any name of a country: "Azerbaijan", "Turkey", "U.S.".</summary>
    public bool IsCountry(string name) => CountryNamed(name) is not null;

    /// <summary>
    /// A country, or one of the nations of the United Kingdom, which play, vote and count as countries in news ("Scotland
    /// beat Wales"): the list of countries has states only.
    /// </summary>
    public bool IsNation(string name) => name is "England" or "Scotland" or "Wales" or "Northern Ireland" || IsCountry(name);

    /// <summary>The country's usual name for any of its names ("Türkiye" for "Turkey"), or null.</summary>
    public string? CountryNamed(string name) =>
        IsCapitalised(name) && _places.TryFind(name, out var place) ? place.Country : null;

    /// <summary>The country whose capital <paramref name="name"/> is ("Canada" for "Ottawa"), or null.</summary>
    public string? CountryOfCapital(string name) => _capitals.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="name"/> is a country, capital, city of 100,000+ people or world region.</summary>
    public bool IsPlace(string name) => IsCapitalised(name) && _places.TryFind(name, out _);

    /// <summary>
    /// "NICE", "BATH": a listed city's name (three letters or more) written in capitals, which its list writes in lower case,
    /// so that inside running text it is an acronym; a country ("ITALY") or a place listed in capitals ("NSW") is not.
    /// </summary>
    public bool IsCityInCapitals(string word) =>
        word.Length >= 3 && word.All(char.IsUpper) && IsPlace(word) && !IsCountryOrNationality(word) && IsPlace(word[0] + word[1..].ToLowerInvariant());

    /// <summary>The country a demonym refers to ("Azerbaijan" for "Azerbaijani"), or null.</summary>
    public string? CountryForDemonym(string word) =>
        IsCapitalised(word) && _demonyms.TryFind(word, out var country) ? country : null;

    // Peoples whose plural is not a listed demonym with an "s": religions, peoples without a country, and nationalities
    // whose noun differs from the adjective ("Swedes", not "Swedishs").
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists", "Catholics", "Protestants", "Mormons",
        "Shiites", "Shi'ites", "Shias", "Sunnis", "Alawites", "Copts", "Yazidis", "Kurds", "Arabs", "Berbers",
        "Pashtuns", "Tajiks", "Uzbeks", "Tamils", "Uighurs", "Uyghurs", "Hutus", "Tutsis", "Maoris", "Aborigines",
        "Latinos", "Hispanics", "Britons", "Brits", "Englishmen", "Scots", "Swedes", "Danes", "Finns", "Poles", "Turks",
        "Serbs", "Croats", "Czechs", "Slovaks", "Thais", "Spaniards", "Filipinos", "Kiwis",
        "Basques", "Catalans", "Zulus", "Bedouins", "Chechens", "Tatars", "Hazaras", "Flemings", "Walloons", "Bosniaks", "Igbos",
        "Tuaregs", "Anglicans", "Methodists", "Baptists", "Lutherans", "Quakers", "Mennonites", "Evangelicals",
        "Tibetans", "Gazans", "Punjabis", "Sindhis", "Baluchis", "Balochis", "Cajuns", "Balts", "Europeans", "Africans", "Asians",
        // People of a province, a state or a capital; not "Texans" or "Oilers", who are teams too.
        "Quebecers", "Albertans", "Ontarians", "Manitobans", "Newfoundlanders", "Oklahomans", "Californians", "Floridians", "Virginians",
        "Alaskans", "Hawaiians", "Coloradans", "Minnesotans", "Michiganders", "Ohioans", "Iowans", "Kansans", "Nebraskans", "Arizonans",
        "Kentuckians", "Tennesseans", "Oregonians", "Missourians", "Louisianans", "Mississippians", "Alabamians", "Pennsylvanians",
        "Londoners", "Parisians", "Muscovites", "Berliners",
    ]);

    // Nationalities whose noun differs from the adjective, as sports news writes them before a name ("Spaniard Pablo
    // Herrero", "Briton Sam Hale"): never part of the name.
    private static readonly FrozenSet<string> NationalityNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Briton", "Brit", "Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Irishman",
        "Irishwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Spaniard", "Swede", "Dane", "Finn", "Pole",
        "Turk", "Filipino", "Filipina", "Kiwi",
    ]);

    /// <summary>A nationality's noun in the singular ("Spaniard", "Dutchman"); see <see cref="NationalityNouns"/>.</summary>
    public static bool IsNationalityNoun(string word) => NationalityNouns.Contains(word);

    // Peoples whose name is the same in the plural: a person entity only where the tagger marked the word as a name
    // ("the Kikuyu and the Luo"), since it is also an adjective ("Rohingya refugees").
    private static readonly FrozenSet<string> UninflectedPeoples = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Rohingya", "Kikuyu", "Luo", "Maori", "Inuit", "Hazara", "Baloch", "Druze", "Roma", "Sami", "Karen", "Hmong",
    ]);

    /// <summary>A people named by a word that is the same in the plural ("the Kikuyu"): see <see cref="UninflectedPeoples"/>.</summary>
    public static bool IsUninflectedPeople(string word) => UninflectedPeoples.Contains(word);

    /// <summary>
    /// A capitalised plural naming a people by nationality, ethnicity or religion ("Israelis", "Muslims", "Kurds"): a
    /// person entity by the annotation conventions (<see cref="Rules.PeopleGroups"/>), and never a surname.
    /// </summary>
    public bool IsPeopleGroup(string word) =>
        word.Length > 3 && word[^1] == 's' && char.IsUpper(word[0])
        && (GroupNouns.Contains(word) || CountryForDemonym(word[..^1]) is not null);

    /// <summary>
    /// A town of our places or of the long city lists that no list gives as a given name or a surname: "Lappeenranta",
    /// "Ceyhan", not "Harper" or "Lincoln".
    /// </summary>
    public bool IsTownNamingNoOne(string word) =>
        (IsPlace(word) || NameLists.Default.IsCityOrRegion(word)) && !IsFirstNameAccentsAside(word) && !NameLists.Default.IsSurname(word);

    /// <summary>A place, a country or a nationality adjective: "Lusaka", "Zambia", "Zambian".</summary>
    public bool IsPlaceOrNationality(string name) => IsPlace(name) || IsCountryOrNationality(name);

    /// <summary>A country or its people's adjective: "Zambia", "Zambian", "U.S.".</summary>
    public bool IsCountryOrNationality(string name) => IsCountry(name) || CountryForDemonym(name) is not null;

    public bool IsFirstName(string word) => IsCapitalised(word) && _firstNames.Contains(word);

    /// <summary>A listed given name as written or without its accents: "Héctor", "Luís" (the lists write "Hector", "Luis").</summary>
    public bool IsFirstNameAccentsAside(string word) => IsFirstName(word) || IsFirstName(Entities.NameKey.WithoutAccents(word));

    /// <summary>
    /// Whether someone of <paramref name="sex"/> ('m' or 'f') may bear <paramref name="givenName"/>: not when the sources give
    /// the name to the other sex only ("Denise" is no "Mr"); any name they give to both or do not list ("Jordan", "Kim").
    /// </summary>
    public bool MayBeGivenTo(string givenName, char sex) => !_sexes.Value.TryGetValue(givenName, out var only) || only == sex;

    /// <summary>Whether a capitalised word marks an organisation name: "Ministry", "Party", "Relations".</summary>
    public bool IsOrganisationCue(string word) => IsCapitalised(word) && _organisationCues.Contains(word);

    /// <summary>
    /// The length in tokens of the longest news agency, broadcaster or newspaper named from <paramref name="start"/> on
    /// ("Agence France-Presse", "AP"), written with the list's capitals; 0 when none is.
    /// </summary>
    public int NewsMediaLengthAt(Token[] tokens, int start) => LengthWrittenAsListed(_newsMedia, tokens, start);

    /// <summary>A listed news agency, broadcaster or newspaper ("Chicago Tribune").</summary>
    public bool IsNewsMedia(string name) => IsCapitalised(name) && _newsMedia.TryFind(name, out _);

    /// <summary>
    /// The length in tokens of the longest listed organisation named from <paramref name="start"/> on ("European Union",
    /// "Human Rights Watch"), written with the list's capitals; 0 when none is.
    /// </summary>
    public int OrganisationLengthAt(Token[] tokens, int start) => LengthWrittenAsListed(_organisations, tokens, start);

    /// <summary>Whether <paramref name="name"/> is a listed organisation's name (see <see cref="OrganisationLengthAt"/>).</summary>
    public bool IsListedOrganisation(string name) => IsCapitalised(name) && _organisations.TryFind(name, out _);

    /// <summary>Whether <paramref name="name"/> is a listed sports club, as written ("Birmingham City").</summary>
    public bool IsSportsClub(string name) => _sportsClubs.Contains(name);

    /// <summary>"Al-Hilal" and "Al Hilal", "Shabab Al-Ahli": news writes the Arabic article with a hyphen or a space.</summary>
    private static IEnumerable<string> WithArabicArticleSpellings(string name)
    {
        yield return name;
        foreach (var (written, other) in new[] { ("Al-", "Al "), ("Al ", "Al-") })
        {
            var at = name.IndexOf(written, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || name[at - 1] == ' ') && name.Length > at + written.Length && char.IsUpper(name[at + written.Length]))
            {
                yield return string.Concat(name.AsSpan(0, at), other, name.AsSpan(at + written.Length));
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is the plural nickname a listed club's name ends with ("Titans" of "Tennessee Titans").</summary>
    public bool IsClubNickname(string word) => _clubNicknames.Contains(word);

    /// <summary>
    /// Whether <paramref name="name"/> is a listed company of two or more words, written as listed ("Lockheed Martin",
    /// "Kimberly-Clark"). One-word names are left out: "Fox", "Dover" and "Frontier" are people and places too.
    /// </summary>
    public bool IsMultiWordCompany(string name) => _companies.Contains(name);

    /// <summary>
    /// The length in tokens of the longest listed company of two or more words named from <paramref name="start"/> on
    /// ("Best Buy", "General Mills"), written with the list's capitals; 0 when none is.
    /// </summary>
    public int MultiWordCompanyLengthAt(Token[] tokens, int start) => LengthWrittenAsListed(_companyNames, tokens, start);

    /// <summary>Whether <paramref name="name"/> is a listed company of one mixed-case word ("Nvidia", "Broadcom"); for a caller that has ruled out a person or place.</summary>
    public bool IsOneWordCompany(string name) => _oneWordCompanies.Contains(name);

    /// <summary>A listed organisation, sports club or company, as written: "Amnesty International", "Hajduk Split", "Glencore".</summary>
    public bool IsListedBody(string name) => IsListedOrganisation(name) || IsSportsClub(name) || IsMultiWordCompany(name) || IsOneWordCompany(name);

    /// <summary>The longest listed name written with the list's capitals: "Yonhap" in "Yonhap news agency", not "Yonhap News Agency".</summary>
    private static int LengthWrittenAsListed(NameTable<string> table, Token[] tokens, int start)
    {
        for (var length = table.LongestMatch(tokens, start, out var listed); length > 0; length = table.LongestMatch(tokens, start, out listed, length - 1))
        {
            if (IsWrittenAsListed(listed, tokens, start, length)) return length;
        }

        return 0;
    }

    private static bool IsWrittenAsListed(string listed, Token[] tokens, int start, int length)
    {
        var words = listed.Split(' ');
        for (var i = 0; i < length && i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) != char.IsUpper(tokens[start + i].Text[0])) return false;
        }

        return true;
    }

    /// <summary>The length in tokens of the longest place name starting at <paramref name="start"/>, or 0.</summary>
    public int PlaceLengthAt(Token[] tokens, int start) =>
        _places.LongestMatch(tokens, start, out _);

    /// <summary>Like <see cref="PlaceLengthAt"/>, over the lists the tagger's model was trained with (no natural features).</summary>
    public int ListedPlaceFeatureLengthAt(Token[] tokens, int start) => _placeFeatures.LongestMatch(tokens, start, out _);

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static Gazetteer LoadDefault()
    {
        var gazetteer = new Gazetteer();
        foreach (var line in EmbeddedData.ReadLines("gazetteers/countries.tsv"))
        {
            var fields = line.Split('\t');
            var country = fields[0];
            gazetteer.AddPlace(country, new PlaceEntry(country));
            foreach (var name in Split(fields[1])) gazetteer.AddPlace(name, new PlaceEntry(country));
            foreach (var demonym in Split(fields[2])) gazetteer._demonyms.Add(demonym, country);
            foreach (var capital in Split(fields[3])) gazetteer._capitals.TryAdd(capital, country);
        }

        foreach (var place in EmbeddedData.ReadLines("gazetteers/places.txt")) gazetteer.AddPlace(place, new PlaceEntry(null));
        foreach (var feature in EmbeddedData.ReadLines("gazetteers/natural-features.txt")) gazetteer._places.Add(feature, new PlaceEntry(null));
        gazetteer._firstNames.UnionWith(EmbeddedData.ReadLines("gazetteers/first-names.txt"));
        gazetteer._organisationCues.UnionWith(EmbeddedData.ReadLines("gazetteers/organisation-cues.txt"));
        foreach (var name in EmbeddedData.ReadLines("gazetteers/news-media.txt")) gazetteer._newsMedia.Add(name, ListedNameKey.Of(name));
        // Only the multi-word, mixed-case names of the international list: its acronyms ("ACP", "ESS") are words too often.
        gazetteer._sportsClubs.UnionWith(EmbeddedData.ReadLines("gazetteers/sports-clubs.txt").SelectMany(WithArabicArticleSpellings));
        gazetteer._clubNicknames.UnionWith(gazetteer._sportsClubs.Select(club => club.Split(' ')).Where(words => words.Length >= 2)
            .Select(words => words[^1]).Where(word => word.Length > 3 && word[^1] == 's' && char.IsUpper(word[0])));
        var organisations = EmbeddedData.ReadLines("gazetteers/organisations.txt").Concat(gazetteer._sportsClubs)
            .Concat(EmbeddedData.ReadLines("gazetteers/lists/international-organisations.txt").Where(name => name.Contains(' ', StringComparison.Ordinal) && name.Any(char.IsLower)));
        foreach (var name in organisations)
        {
            gazetteer._organisations.Add(name, ListedNameKey.Of(name));
            // "Organisation for Security and Co-operation in Europe": British and American spellings name the same body.
            foreach (var spelling in new[] { name.Replace("ization", "isation", StringComparison.Ordinal), name.Replace("isation", "ization", StringComparison.Ordinal) })
            {
                if (spelling != name) gazetteer._organisations.Add(spelling, ListedNameKey.Of(spelling));
            }
        }

        foreach (var company in EmbeddedData.ReadLines("gazetteers/lists/companies.txt").Where(name => name.Any(char.IsLower)))
        {
            if (company.AsSpan().IndexOfAny(' ', '-') < 0)
            {
                gazetteer._oneWordCompanies.Add(company);
                continue;
            }

            gazetteer._companies.Add(company);
            // "Home Depot (The)", "Alphabet Inc. (Class A)": the listing's note is not written in news.
            var written = company.EndsWith(')') && company.IndexOf(" (", StringComparison.Ordinal) is > 0 and var note ? company[..note] : company;
            gazetteer._companyNames.Add(written, written);
        }
        return gazetteer;
    }

    private void AddPlace(string name, PlaceEntry entry)
    {
        _places.Add(name, entry);
        _placeFeatures.Add(name, entry);
    }

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A place name; <see cref="Country"/> is the country's usual name when the place is a country.</summary>
    private readonly record struct PlaceEntry(string? Country);
}
