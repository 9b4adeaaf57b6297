using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>Small word lists and word shapes the name rules share.</summary>
internal static partial class NameWords
{
    // Particles that belong to the surname after them: "Jack [Del Rio]", "Robin [van Persie]", "Dominique [de Villepin]".
    private static readonly FrozenSet<string> SurnameParticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Del", "De", "Van", "Von", "Da", "Di", "Du", "Dos", "Das", "Le", "La", "Bin", "Ibn", "Al",
    ]);

    public static bool IsSurnameParticle(string word) => SurnameParticles.Contains(word);

    /// <summary>The name's last word: "Blair" for "Tony Blair", the name itself for one word.</summary>
    public static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>"Sisi" for "al-Sisi", "Assad" for "al-Assad": a surname without its Arabic article; other words as they are.</summary>
    public static string WithoutArabicArticle(string word) =>
        word.Length >= 6 && word[2] == '-' && (word.StartsWith("al", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el", StringComparison.OrdinalIgnoreCase))
            && char.IsLetter(word[3]) ? word[3..] : word;

    /// <summary>"Hilal" for "al-Hilal"; null for a word with no Arabic article joined on.</summary>
    public static string? ArabicArticleDropped(string word) => WithoutArabicArticle(word) is var without && without.Length < word.Length ? without : null;

    /// <summary>The surnames with particles of the people an article names ("Del Rio" for Jack Del Rio, "van der Wal").</summary>
    public static List<string> ParticleSurnames(IEnumerable<NameMention> mentions) =>
        mentions.Where(mention => mention.Type == EntityType.Person).Select(mention => ParticleSurname(mention.Text)).OfType<string>()
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The last words of the people an article names in full ("Green" for Damian Green).</summary>
    public static HashSet<string> SurnamesNamedInFull(IEnumerable<NameMention> mentions) =>
        mentions.Where(mention => mention.Type == EntityType.Person && mention.Text.Contains(' ', StringComparison.Ordinal))
            .Select(mention => LastWord(mention.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Del Rio" for "Jack Del Rio", "von der Leyen" for "Ursula von der Leyen": a person's surname with its particles, or null when the name has none.</summary>
    public static string? ParticleSurname(string name)
    {
        var words = name.Split(' ');
        var first = words.Length - 1;
        while (first > 1 && (IsSurnameParticle(words[first - 1]) || IsNameParticle(words[first - 1])))
        {
            first--;
        }

        return first < words.Length - 1 ? string.Join(' ', words[first..]) : null;
    }

    // Words that end names of things, not people: the tagger sometimes calls "Andy Warhol Photographic Legacy Program" a person.
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Program", "Programme", "Project", "Initiative", "Magazine", "News", "Times", "Journal", "Post", "Gazette",
        "Collection", "Collections", "System", "Fair", "Festival", "Studio", "Affairs", "Award",
        "Prize", "Cup", "Games", "Olympics", "Team", "School", "Museum", "Gallery", "Galleries", "Library", "Theatre", "Theater", "Orchestra", "Infirmary", "Clinic",
        "Brigade", "Brigades", "Battalion", "Regiment", "Militia", "Command", "Cartel", "Syndicate", "Inspectorate", "Confederation", "Customs", "Observatory", // not organisation cues: those are tagger features, and retrained with these it lost 1-2 points
    ]);

    // The words after a company's own name: "Velda Systems", "Samsung Electronics", "Harbourside Estates" ("Steel" is left
    // out: David Steel). Organisation words too, but not cues, for the same reason as above.
    private static readonly FrozenSet<string> CompanyWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Systems", "Electronics", "Technologies", "Industries", "Motors", "Pharmaceuticals", "Resources", "Energy", "Estates",
        "Properties", "Investments", "Securities", "Insurance", "Communications", "Telecom", "Entertainment", "Enterprises",
        "Ventures", "Solutions", "Software", "Semiconductor", "Laboratories", "Logistics", "Airline", "Motor",
        "Airlines", "Airways", "Ferries", "Capital", "Partners", "Therapeutics", "Biosciences", "Biotech", "Pharma", "Networks",
        "Robotics", "Semiconductors", "Labs", "Brands", "Foods", "Bancorp", "Bancshares", "Bankshares", "Platforms", "Minerals", "Mining", "Materials",
        "Consulting", "Consultancy", "Chemical", "Chemicals", "Petrochemical", "Petrochemicals", "Petroleum", "Freight", "Shipping",
        "Construction", "Engineering", "Trading", "Pictures", "Films", "Studios", "Records", "Publishing", "Hotels", "Resorts",
        "Apparel", "Aircraft", "Helicopter", "Helicopters", "Tobacco", "Aerospace", "Beverages", "Brewing", "Breweries", "Textiles",
        "Exchange", "Automotive", "Cosmetics", "Biologics", "Biopharma", "Genomics", "Diagnostics", "Microelectronics", "Biotherapeutics",
        "Economics", "Analytics", "Advisory", "Associates", "Textile", "Tekstil", "Fashions", "Garments", "Apparels", "Knitwear", "Knitting",
        "Spinning", "Developments", "Technology", "Ratings", "Electric", "Display", "Displays", "Pharmaceutical", "Farms", "Civils",
        "Brokers", "Packers", "Exporters", "Importers", "Distributors", "Manufacturers", // "Africa Tea Brokers", "Kenya Tea Packers"
        "Exploration", "Film", "Theatricals", "Consultores", "Asociados", "Ingenieros", "Abogados", "Servicios", // Spanish firms: "Kallpa Consultores"
        "Plantations", "Mineração", "Mineradora", "Participações", // "Sundara Plantations", Portuguese firms: "Rio Pardo Mineração"
    ]);

    // The goods and trades firms are named for ("Kestrel Lithium", "Hafren Steel"): after a firm's own word they end its
    // name (CompanyNames) and leave that word the firm's (NamesCompany). Not company words, which make a firm of a given
    // name too ("David Steel" is a person).
    private static readonly FrozenSet<string> TradeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Lithium", "Steel", "Railway", "Railways", "Railroad", "Rail", "Line", "Lines", "Cement", "Copper", "Gold", "Oil", "Gas",
        "Sugar", "Paper", "Auto", "Autos", "Coal", "Nickel", "Iron", "Uranium", "Solar", "Marine",
        "Maritime", "Dairy", "Steelworks", "Shipping", "Mining", "Motors", "Airlines", "Airways",
    ]);

    // Trades whose names are places as often as firms: "the Maginot Line", "the Qingzang Railway", "a US Marine", "Port
    // Talbot Steelworks".
    private static readonly FrozenSet<string> PlacesTrades = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Line", "Lines", "Railway", "Railways", "Railroad", "Rail", "Marine", "Maritime", "Steelworks",
    ]);

    // Legal forms: a name ending in one is a firm's, whatever the tagger made of it ("Harcourt Lyle LLP"). Case counts:
    // "Biden limited" is no firm.
    private static readonly FrozenSet<string> LegalForms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Corp", "Corp.", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Plc", "plc", "PLC", "LLC", "Limited", "LLP", "GmbH", "AG", "SE",
        "S.A.", "SA", "N.V.", "NV", "B.V.", "S.p.A.", "SpA", "ASA", "Oyj", "FZE", "FZCO", "FZ-LLC", "PJSC", "Pty", "Bhd", "Tbk", "SARL",
        "Srl", "S.r.l.", "Ltda", "Ltda.", "AB", "Oy", "JSC", "OJSC", "A/S", "ApS", "KGaA", "BV", "KG",
    ]);

    // What ends a company's name after its own name and company words ("Toyota Motor Corp", "Apple Inc."), in any case
    // (alias keys are lower case); only for NamesCompany: as organisation words they would carry names on over "of"
    // ("Alcan Inc. for US").
    private static readonly FrozenSet<string> CompanySuffixes =
        LegalForms.Concat(["Corporation", "Co", "Co.", "Group", "Company", "Holdings", "Management"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words before a company's own name: "Groupe Arvenne S.A.", "Grupo Televisa".
    private static readonly FrozenSet<string> GroupWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["Groupe", "Grupo", "Gruppo"]);

    // Buildings and natural features are places.
    private static readonly FrozenSet<string> FacilityWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Hotel", "Airport", "Stadium", "Hall", "Mosque", "Cathedral", "Basilica", "Bridge", "Street", "Road", "Avenue", "Boulevard", "Highway", "Parkway", "Square", "Park",
        "Island", "Islands", "River", "Center", "Centre", "Mountain", "Mountains", "Lake", "Valley", "Desert", "Palace", "Tower", "Plains",
        "Glacier", "Courthouse", "Dam", "Reservoir", "Canal", "Delta", "Strait", "Straits", "Peninsula", "Basin", "Falls", "Gulf", "Sea",
        "Bay", "Harbour", "Harbor", "Reef", "Volcano", "Canyon", "Forest", "Plaza", "Mall", "Strasse", "Straße", "Platz", "Arena",
        "Creek", "Barracks", "Showground", "Showgrounds", "Nagar", "Bhavan", "Bhawan", // "Kolo Creek"; India's "R.R. Nagar" (a town's quarter) and "Raj Bhavan" (a governor's house)
        "Base", "Complex", // "Villamor Air Base", "Cagayan Sports Complex"
        "Cemetery",
        "Jail", "Prison", "Penitentiary", "Theatre", "Theater", // "Lower Buckeye Jail", "Evin Prison", "the Douglass Theatre"
        "Ground", "Grounds", "Oval", "Stand", "Velodrome", // "the Sydney Cricket Ground", "the Gaelic Grounds", "the Great Southern Stand"
    ]);

    // Capitalised words that name no person, organisation or place: faiths, feasts, days, months.
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Hajj", "Umrah", "Ramadan", "Eid",
        "Christmas", "Easter", "Diwali", "Passover", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December",
        "GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "AEST", "AEDT", "JST", // time zones: "12:34 a.m. EST"
    ]);

    // Lower-case nouns that, right after a name, say it is an organisation: "al-Ikhbariya television".
    private static readonly FrozenSet<string> OrganisationNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "television", "newspaper", "radio", "channel", "agency", "party", "company", "network", "magazine", "daily",
        "broadcaster", "gang", "group", "militia", "band", "club", "team", "firm", "bank", "airline", "website", "movement",
    ]);

    // Lower-case parts of Arabic, Dutch, German, Italian... surnames.
    private static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "al", "el", "bin", "binti", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das",
    ]);

    public static bool IsNameParticle(string word) => NameParticles.Contains(word);

    // Spanish, Portuguese, Italian and French particles that join a name's capitalised words: "La Voz del Interior".
    private static readonly FrozenSet<string> RomanceParticles = FrozenSet.Create(StringComparer.Ordinal,
        ["de", "del", "della", "delle", "di", "da", "do", "dos", "das", "du", "des"]);

    public static bool IsRomanceParticle(string word) => RomanceParticles.Contains(word);

    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word) || CompanyWords.Contains(word);

    public static bool IsCompanyWord(string word) => CompanyWords.Contains(word);

    /// <summary>A last word of football clubs' names that names nothing else ("Wanderers"; not "United", "City", "Rangers").</summary>
    public static bool IsClubWord(string word) => ClubWords.Contains(word);

    /// <summary>"Lithium", "Steel", "Line": the goods or trade a firm is named for ("Kestrel Lithium", "Tarnborg Line"), after which its own word alone is the firm.</summary>
    public static bool IsTradeWord(string word) => TradeWords.Contains(word);

    /// <summary>A trade word that ends a firm's name where the tagger missed or misread one: not a line's or a railway's (<see cref="PlacesTrades"/>).</summary>
    public static bool IsFirmsTradeWord(string word) => TradeWords.Contains(word) && !PlacesTrades.Contains(word);

    private static readonly FrozenSet<string> ClubWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Wanderers", "Rovers", "Hotspur", "Albion", "Argyle", "Orient", "Athletic", "Academicals",
        "Harriers", // athletics clubs: "Gateshead Harriers"
    ]);

    public static bool IsLegalForm(string word) => LegalForms.Contains(word);

    /// <summary>A word that ends a company's name after its own name: a legal form, "Corporation", "Group", "Holdings"...</summary>
    public static bool IsCompanySuffix(string word) => CompanySuffixes.Contains(word);

    /// <summary>"Microsoft" for "Microsoft Corp", "Barclays" for "Barclays PLC"; null for a name that ends in no legal form.</summary>
    public static string? WithoutLegalForm(string name) =>
        name.LastIndexOf(' ') is > 0 and var space && IsLegalForm(name[(space + 1)..]) ? name[..space].TrimEnd(',') : null;

    /// <summary>
    /// A word that ends organisations' names: a listed organisation cue, an organisation or company word, or what ends a
    /// company's name ("Group", "Management").
    /// </summary>
    public static bool EndsOrganisationName(string word, Gazetteer gazetteer) =>
        gazetteer.IsOrganisationCue(word) || IsOrganisationWord(word) || CompanySuffixes.Contains(word);

    /// <summary>Whether the text names <paramref name="name"/> among words of companies: "shares of Nvidia", "the airline Ryanair".</summary>
    public static bool IsNamedAsCompany(string text, string name)
    {
        const int Around = 60; // characters either side: about the clause the name is in
        foreach (var at in Occurrences(text, name))
        {
            var start = Math.Max(0, at - Around);
            var window = text.AsSpan(start, Math.Min(text.Length, at + name.Length + Around) - start);
            foreach (var word in CompanyContextWord().EnumerateMatches(window))
            {
                if (CompanyContextWords.Contains(window.Slice(word.Index, word.Length))) return true;
            }
        }

        return false;
    }

    /// <summary>"shares of Novo Nordisk", "Novo Nordisk shares", "Novo Nordisk's stock": the text trades the name.</summary>
    public static bool IsNamedAsTraded(string text, string name)
    {
        foreach (var at in Occurrences(text, name))
        {
            var before = text.AsSpan(0, at).TrimEnd();
            var after = text.AsSpan(at + name.Length);
            if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)) after = after[2..];
            after = after.TrimStart();
            if (before.EndsWith("shares of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("shares in", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("stake in", StringComparison.OrdinalIgnoreCase) || after.StartsWith("shares ", StringComparison.Ordinal)
                || after.StartsWith("stock ", StringComparison.Ordinal) || after.StartsWith("share price", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text speaks of <paramref name="name"/> as of a firm: "Kpler, which tracks ships", "Sarvana's chief
    /// executive", "Tidewell's shares": words said of a firm and never of a person.
    /// </summary>
    public static bool IsSpokenOfAsFirm(string text, string name)
    {
        foreach (var at in Occurrences(text, name))
        {
            var end = at + name.Length;
            if ((end < text.Length && char.IsLetterOrDigit(text[end])) || (at > 0 && char.IsLetterOrDigit(text[at - 1]))) continue;
            var after = text.AsSpan(end);
            if (after.StartsWith(", which ", StringComparison.Ordinal)) return true;
            if (!after.StartsWith("'s ", StringComparison.Ordinal) && !after.StartsWith("’s ", StringComparison.Ordinal)) continue;
            after = after[3..];
            foreach (var noun in FirmsOwnNouns)
            {
                if (after.StartsWith(noun, StringComparison.Ordinal) && (after.Length == noun.Length || !char.IsLetter(after[noun.Length]))) return true;
            }
        }

        return false;
    }

    // What a firm has and a person does not: "X's chief executive", "X's shares" (not "staff" or "platform": a politician's).
    private static readonly string[] FirmsOwnNouns =
    [
        "chief executive", "CEO", "founder", "co-founder", "founders", "shares", "share price", "board", "headquarters",
        "chief financial officer", "revenue", "revenues", "subsidiary", "customers", "employees", "valuation", "market value",
    ];

    /// <summary>Whether the text speaks of shares at all, so that <see cref="IsNamedAsTraded"/> can find anything in it.</summary>
    public static bool SpeaksOfShares(string text) =>
        text.Contains("share", StringComparison.OrdinalIgnoreCase) || text.Contains("stake", StringComparison.OrdinalIgnoreCase)
        || text.Contains("stock", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyContextWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "company", "companies", "firm", "firms", "shares", "shareholders", "stock", "stocks", "investors", "chipmaker", "carmaker",
        "automaker", "airline", "airlines", "carrier", "retailer", "maker", "manufacturer", "giant", "rival", "rivals",
        "competitor", "competitors", "subsidiary", "brand", "merger", "acquisition", "takeover", "conglomerate", "broadcaster",
        "network", "channel", "Inc", "Corp", "Ltd", "plc", "CEO", "executive", "profit", "profits", "revenue", "sales",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyContextWord();

    /// <summary>"Velda Systems", "Toyota Motor Corp", "Kestrel Lithium": a name and then only company or trade words, so its first word alone is the company.</summary>
    public static bool NamesCompany(IReadOnlyList<string> words)
    {
        var own = OwnNameStart(words);
        if (words.Count - own < 2) return false;
        for (var index = own + 1; index < words.Count; index++)
        {
            if (!IsCompanyWord(words[index]) && !(IsTradeWord(words[index]) && !IsPlaceName(words[own])) && !CompanySuffixes.Contains(words[index]))
            {
                return IsDescribedCompany(words);
            }
        }

        return true;
    }

    // "Canton Steel" (a team) leaves Canton the town: a listed place before a trade names no firm by itself. Keys are in
    // lower case, the list's names capitalised.
    private static bool IsPlaceName(string word) =>
        (char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..]) is var name
        && (Gazetteer.Default.IsPlace(name) || NameLists.Default.IsCityOrRegion(name));

    /// <summary>
    /// "Ridgeline Sports Partners": an own word of letters, then common words that describe the trade, then a company word
    /// (and legal forms). Not an exchange ("Toronto Stock Exchange" is the city's).
    /// </summary>
    public static bool IsDescribedCompany(IReadOnlyList<string> words)
    {
        var own = OwnNameStart(words);
        var last = LengthWithoutCompanySuffixes(words, minimum: own + 2) - 1;
        if (last <= own + 1 || !IsCompanyWord(words[last]) || words[last].Equals("Exchange", StringComparison.OrdinalIgnoreCase) || !WordChars.All(words[own], char.IsLetter))
        {
            return false;
        }

        for (var index = own + 1; index < last; index++)
        {
            if (!SentenceWords.IsCommonWord(words[index])) return false;
        }

        return true;
    }

    /// <summary>2 for "General Electric Co." and "Robert Bosch GmbH": the words before the trailing legal forms and company suffixes, <paramref name="minimum"/> at least.</summary>
    public static int LengthWithoutCompanySuffixes(IReadOnlyList<string> words, int minimum = 0)
    {
        var length = words.Count;
        while (length > minimum && CompanySuffixes.Contains(words[length - 1])) length--;
        return length;
    }

    /// <summary>
    /// "Qinfeng Copper Mining Zambia Limited": a company named so (<see cref="NamesCompany(IReadOnlyList{string})"/>) once the
    /// country of its subsidiary is left out; the country's words by <paramref name="isCountry"/>.
    /// </summary>
    public static bool NamesCompanyOfCountry(IReadOnlyList<string> words, Func<string, bool> isCountry) =>
        words.Count > 2 && words.Skip(1).Any(isCountry) && NamesCompany(words.Where((word, index) => index == 0 || !isCountry(word)).ToList());

    /// <summary>"Toyota" for "Toyota Motor Corp", "Arvenne" for "Groupe Arvenne S.A." (see <see cref="NamesCompany"/>); null for a name that names no company so.</summary>
    public static string? CompanyFirstWord(string name) => name.Split(' ') is var words && NamesCompany(words) ? words[OwnNameStart(words)] : null;

    /// <summary>The first word of a company's own name: "arvenne" of "groupe arvenne s.a.".</summary>
    public static string OwnFirstWord(IReadOnlyList<string> words) => words[OwnNameStart(words)];

    private static int OwnNameStart(IReadOnlyList<string> words) => words.Count > 2 && GroupWords.Contains(words[0]) ? 1 : 0;

    // Prepositions before a place ("in Kabwe", "from Toyota"), after which a place's name is the place.
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "in", "at", "from", "to", "into", "near", "of", "across", "outside", "inside", "around", "through", "throughout",
        "towards", "toward", "via", "within", "between",
    ]);

    /// <summary>
    /// Whether the word before <paramref name="start"/> in <paramref name="text"/> is a preposition of place ("in Kabwe"),
    /// "of" counting only when <paramref name="ofCounts"/> ("the mayor of Kabwe", but "shares of Toyota").
    /// </summary>
    public static bool FollowsPlacePreposition(string text, int start, bool ofCounts = true)
    {
        var word = WordBefore(text, start);
        return PlacePrepositions.Contains(word) && (ofCounts || !word.Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The word of letters right before <paramref name="start"/> and the spaces before it; empty after punctuation.</summary>
    public static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var first = end;
        while (first > 0 && char.IsLetter(text[first - 1])) first--;
        return text[first..end];
    }

    /// <summary>The word of letters right after <paramref name="end"/> and the spaces after it; empty before punctuation.</summary>
    public static string WordAfter(string text, int end)
    {
        var first = end;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        var last = first;
        while (last < text.Length && char.IsLetter(text[last])) last++;
        return text[first..last];
    }

    public static bool IsFacilityWord(string word) => FacilityWords.Contains(word);

    /// <summary>"Bahnhofstrasse", "Wilhelmstraße", "Marienplatz", "Herengracht": a street or square written as one word.</summary>
    public static bool IsStreetCompound(string word) =>
        word.Length > 8 && char.IsUpper(word[0]) && StreetCompoundEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));

    private static readonly string[] StreetCompoundEndings = ["strasse", "straße", "gasse", "platz", "straat", "gracht", "gatan", "vägen"];

    // Words that open a street's or square's name in Spanish, Portuguese, French and Italian ("Avenida Jiménez", "Rua
    // Augusta", "Plaza de Bolívar"), which the tagger took for people's names.
    private static readonly FrozenSet<string> StreetWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Avenida", "Calle", "Carrera", "Paseo", "Plaza", "Rua", "Praça", "Rue", "Boulevard", "Place", "Viale", "Piazza",
    ]);

    /// <summary>Whether a name of two words or more opens with a street word (<see cref="StreetWords"/>).</summary>
    public static bool OpensWithStreetWord(Token[] tokens, int first, int end) =>
        end - first > 1 && StreetWords.Contains(tokens[first].Text);

    public static bool IsNotName(string word) => NotNames.Contains(word);

    public static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word);

    // What follows a place's own name in its full name: "Gaza Strip", "Copperbelt Province", "Kumamoto Prefecture". Not
    // "County", "City" or "State": "Los Angeles County" and "New York State" are other places than the city.
    private static readonly FrozenSet<string> DivisionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "strip", "province", "prefecture", "region", "canal", "governorate", "oblast", "peninsula", "county", "state", "district",
        "river", "territory", "municipality", "township", "volcano",
    ]);

    /// <summary>"Strip" of "Gaza Strip", "Province" of "Copperbelt Province": see <see cref="DivisionWords"/>.</summary>
    public static bool IsDivisionWord(string word) => DivisionWords.Contains(word);

    // What an organisation is, as an apposition says it: "Drewry, a shipping consultancy"; organisation nouns and more.
    private static readonly FrozenSet<string> AppositionHeads = OrganisationNouns.Concat(
    [
        "consultancy", "charity", "watchdog", "regulator", "lender", "insurer", "brokerage", "startup", "start-up", "retailer",
        "manufacturer", "carmaker", "automaker", "drugmaker", "chipmaker", "conglomerate", "nonprofit", "non-profit", "NGO",
        "think-tank", "union", "exchange", "supplier", "utility", "confederation", "federation", "association", "lobby", "coalition",
        "alliance", "foundation", "institute", "organisation", "organization", "body", // not "operator", "developer", "broker": people are too
    ]).ToFrozenSet(StringComparer.Ordinal);

    // Words after the head that end the apposition's noun phrase: "a shipping consultancy, said", "a think tank based in".
    private static readonly FrozenSet<string> AppositionEnds = FrozenSet.Create(StringComparer.Ordinal,
    [
        ",", ".", ";", ":", ")", "that", "which", "whose", "based", "in", "with", "and", "owned", "founded", "run", "backed", "listed",
    ]);

    /// <summary>
    /// "Drewry, a London-based shipping consultancy, said", "Germanwatch, an environmental think tank": whether the words
    /// from token <paramref name="comma"/> on say, in apposition, that the name before them is an organisation. Not "Smith,
    /// a company director" or "Jones, a firm believer": the organisation noun must end the phrase.
    /// </summary>
    public static bool IsOrganisationApposition(Token[] tokens, int comma)
    {
        if (comma + 2 >= tokens.Length || tokens[comma].Text != "," || tokens[comma + 1].Text is not ("a" or "an" or "the")) return false;
        for (var head = comma + 2; head < tokens.Length && head <= comma + 8; head++) // "a Taipei-based market research firm", "the employers' confederation"
        {
            var word = tokens[head].Text;
            var isHead = AppositionHeads.Contains(word) || (word == "tank" && tokens[head - 1].Text == "think");
            if (isHead) return head + 1 == tokens.Length || AppositionEnds.Contains(tokens[head + 1].Text);
            if (word is "," or "." or ";" or "of" or "who" or "for" or "at" or "to" or "from" or "with") return false; // "a spokesman for the group"
        }

        return false;
    }

    // Roles that name people only: not "publisher" or "owner", which firms are too.
    private static readonly FrozenSet<string> PersonRoles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "analyst", "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "lawyer", "professor", "researcher",
        "scientist", "director", "official", "resident", "farmer", "engineer", "teacher", "student", "doctor", "nurse", "activist",
        "journalist", "correspondent", "lecturer", "historian", "expert", "adviser", "advisor", "minister", "lawmaker", "senator",
        "councillor", "mother", "father", "widow", "driver", "worker", "officer", "commander", "founder", "chairman", "chairwoman",
        "manager", "owner", "president", "editor", "consultant", "trader", "broker", "secretary", "coach", "captain", "pilot",
        "veteran", "wife", "husband", "son", "daughter", "survivor", "witness", "mayor", "governor", "chief", "head", "leader",
        "ambassador", "judge", "prosecutor", "commissioner", "chancellor", "premier", "deputy", "representative", "inspector",
        "superintendent", "bishop", "archbishop", "priest", "imam", "rabbi", "executive", "CEO", "boss", "sheriff", "treasurer",
        "envoy", "negotiator", "candidate", "nominee",
        // Sport's, as an apposition gives them: "Matías Arrúa, the Uruguay midfielder,".
        "midfielder", "striker", "defender", "winger", "goalkeeper", "full-back", "centre-back", "fly-half", "scrum-half", "flanker",
        "batsman", "batter", "bowler", "all-rounder", "wicketkeeper", "pitcher", "quarterback", "footballer", "cricketer", "player",
        "athlete", "sprinter", "runner", "boxer", "golfer", "jockey", "swimmer", "skipper", "referee", "umpire", "rider",
    ]);

    // A firm's people and the words that tie them to it: "analysts at", "a lawyer with", "shareholders of".
    private static readonly Dictionary<string, string[]> FirmPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shareholders"] = ["of", "in"], ["stockholders"] = ["of", "in"], ["investors"] = ["in"], ["employees"] = ["of", "at"],
        ["workers"] = ["at"], ["staff"] = ["at"], ["executives"] = ["at", "of"], ["customers"] = ["of"],
        ["analyst"] = ["at", "with"], ["analysts"] = ["at", "with"], ["economist"] = ["at", "with"], ["economists"] = ["at", "with"],
        ["strategist"] = ["at", "with"], ["strategists"] = ["at", "with"], ["lawyer"] = ["at", "with"], ["lawyers"] = ["at", "with"],
        ["attorney"] = ["at", "with"], ["attorneys"] = ["at", "with"], ["partner"] = ["at", "with"], ["researcher"] = ["at", "with"],
        ["researchers"] = ["at", "with"], ["professor"] = ["at", "with"], ["lecturer"] = ["at", "with"], ["fellow"] = ["at", "with"],
        ["consultant"] = ["at", "with"], ["consultants"] = ["at", "with"],
    };

    // Of them, people named many at once, who also work at or invest in places ("staff at Heathrow", "investors in Britain"):
    // they can say what a name the tagger found is, but do not find one. Shareholders hold shares of a firm only
    // ("shareholders of Heathrow" is the airport's company).
    private static readonly FrozenSet<string> FirmStaff = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "investors", "employees", "workers", "staff", "executives", "customers",
    ]);

    /// <summary>
    /// "analysts at", "a lawyer with", "shareholders of" at <paramref name="index"/>: words said only of a firm's or body's
    /// people, and the word that ties them to the name after them; <paramref name="staffToo"/>: people named many at once count.
    /// </summary>
    public static bool IsFirmsPeople(Token[] tokens, int index, bool staffToo) =>
        index + 1 < tokens.Length && FirmPeople.TryGetValue(tokens[index].Text, out var prepositions) && prepositions.Contains(tokens[index + 1].Text)
        && (staffToo || !FirmStaff.Contains(tokens[index].Text));

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="end"/>) as a name is written: their texts one space apart.</summary>
    public static string Joined(Token[] tokens, int first, int end)
    {
        if (end - first == 1) return tokens[first].Text;
        var words = new string[end - first];
        for (var i = first; i < end; i++) words[i - first] = tokens[i].Text;
        return string.Join(' ', words);
    }

    /// <summary>A word a person's surname may be: a capitalised word, not in capitals, nor an organisation's or a country's (a place's may be: Fujisawa).</summary>
    public static bool IsPlainSurname(string word, Gazetteer gazetteer) => IsNameWord(word) && !word.All(char.IsUpper) && !NamesNoPerson(word, gazetteer);

    /// <summary>A word a person's name may hold anywhere: a plain surname that is no listed place either.</summary>
    public static bool IsPlainPersonWord(string word, Gazetteer gazetteer) => IsPlainSurname(word, gazetteer) && !gazetteer.IsPlace(word);

    /// <summary>", 56,": an age in apposition right after a name.</summary>
    public static bool IsAgeAfter(Token[] tokens, int end) =>
        end + 2 < tokens.Length && tokens[end].Text == "," && tokens[end + 2].Text == ","
        && int.TryParse(tokens[end + 1].Text, out var age) && age is >= 1 and <= 110;

    /// <summary>"Sindicato No. [1]", "Local No. [3]": a number right after "No." at <paramref name="end"/>, which ends the name.</summary>
    public static bool IsNumberAfterNo(Token[] tokens, int end) =>
        end > 0 && end < tokens.Length && tokens[end - 1].Text is "No." or "No" or "Nº" && WordChars.All(tokens[end].Text, char.IsDigit);

    /// <summary>"analyst", "mayor", "candidate": a person's role, in lower case.</summary>
    public static bool IsPersonRole(string word) => PersonRoles.Contains(word);

    /// <summary>", an analyst at", ", a 47-year-old train driver who": a person's role in apposition after the name.</summary>
    public static bool IsPersonApposition(Token[] tokens, int end)
    {
        if (end + 2 < tokens.Length && tokens[end].Text == "," && IsRoleOfBody(tokens, end + 1)) return true;
        if (end + 2 >= tokens.Length || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an" or "the")) return false;
        for (var head = end + 2; head < tokens.Length && head <= end + 6; head++)
        {
            if (PersonRoles.Contains(tokens[head].Text) || IsPersonNounByEnding(tokens[head].Text))
            {
                // A title of two role words goes on to its last: "the chief executive of", "the deputy mayor of".
                if (head + 1 < tokens.Length && PersonRoles.Contains(tokens[head + 1].Text)) continue;
                return head + 1 == tokens.Length || tokens[head + 1].Text is "," or "." or "at" or "of" or "for" or "with" or "in" or "who" or "from" or "and";
            }

            if (tokens[head].Text is "," or "." or ";" or "who" or "which") return false;
        }

        return false;
    }

    // Words ending as trades do that are no trades: "a twist of", "an exist".
    private static readonly FrozenSet<string> NotTradesIst = FrozenSet.Create(StringComparer.Ordinal,
        ["exist", "insist", "resist", "persist", "consist", "assist", "subsist", "twist", "wrist", "list", "playlist", "checklist", "shortlist", "blacklist", "waitlist"]);

    /// <summary>"hydrologist", "economist", "pianist": a lower-case noun ending as people's trades do, which no list holds whole.</summary>
    private static bool IsPersonNounByEnding(string word) =>
        word.Length >= 6 && word.EndsWith("ist", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotTradesIst.Contains(word);

    /// <summary>
    /// "director-general of", "chief executive at", "spokeswoman for": a title in lower case, without an article, and the
    /// body it is held in; the words before it name the holder ("Segun Ajayi-Kadir, director-general of the association").
    /// </summary>
    private static bool IsRoleOfBody(Token[] tokens, int first)
    {
        var hasHead = false;
        for (var index = first; index < tokens.Length && index < first + 4; index++)
        {
            var word = tokens[index].Text;
            if (hasHead && word is "of" or "at" or "for") return true;
            var isHead = RoleWords.IsHead(word) || PersonRoles.Contains(word);
            // Every word a title's, in lower case: not "Government House, the official residence of"; the first may be the
            // field a head is of ("communications director at").
            var isField = index == first && index + 1 < tokens.Length && WordChars.All(word, char.IsLetter) && word is not ("the" or "a" or "an")
                && RoleWords.IsHead(tokens[index + 1].Text);
            var isTitleWord = isHead || isField || RoleWords.IsModifier(word) || word is "-" or "general" or "executive" or "managing";
            if (!isTitleWord || char.IsUpper(word[0])) return false;
            hasHead |= isHead;
        }

        return false;
    }

    /// <summary>
    /// The token before the list a name at <paramref name="first"/> belongs to ("such as BlackRock and [Vanguard]", "the
    /// localities of Kennedy, [Bosa]"): back over capitalised words, commas, "and" and "&amp;"; -1 at the sentence's start.
    /// </summary>
    public static int BeforeList(Token[] tokens, int first)
    {
        var index = first - 1;
        while (index >= 0 && (IsCapitalised(tokens[index].Text) || tokens[index].Text is "," or "and" or "&")) index--;
        return index;
    }

    /// <summary>
    /// Where a run of name words from <paramref name="first"/> ends, and how many words it holds: up to
    /// <paramref name="maxWords"/> tokens <paramref name="isWord"/> accepts (by index), joined by up to
    /// <paramref name="maxConnectors"/> connectors a word follows ("Agostinho da Costa", "Societe Miniere de Boke", "San Juan
    /// de Lurigancho"; two: "Banco Central de la República").
    /// </summary>
    public static (int End, int Words) WordRun(
        Token[] tokens, int first, int maxWords, Func<int, bool> isWord, Func<string, bool> isConnector, int maxConnectors = 1)
    {
        var end = first;
        var words = 0;
        while (end < tokens.Length && words < maxWords)
        {
            if (isWord(end))
            {
                words++;
                end++;
                continue;
            }

            var next = end;
            while (end > first && next < tokens.Length && next - end < maxConnectors && isConnector(tokens[next].Text)) next++;
            if (next == end || next >= tokens.Length || !isWord(next)) break;
            end = next;
        }

        return (end, words);
    }

    /// <summary>A hyphen at <paramref name="index"/> written with no space either side, inside one word: "Bat-Erdene", "Café-Cacao".</summary>
    public static bool IsHyphenInWord(Token[] tokens, int index) =>
        tokens[index].Text == "-" && index > 0 && index + 1 < tokens.Length
        && tokens[index - 1].End == tokens[index].Start && tokens[index].End == tokens[index + 1].Start;

    /// <summary>A word no person's name holds: an organisation's ("Foundation", "Airways"), a facility's ("Dam") or a country's or nationality ("Kenyan").</summary>
    public static bool NamesNoPerson(string word, Gazetteer gazetteer) =>
        gazetteer.IsOrganisationCue(word) || IsOrganisationWord(word) || IsFacilityWord(word) || gazetteer.IsCountryOrNationality(word);

    /// <summary>"K.C.", "J.": initials standing for given names.</summary>
    public static bool IsInitials(string word) =>
        word.Length >= 2 && word.EndsWith('.') && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(part => part.Length == 1 && char.IsUpper(part[0]));

    public static bool IsNameWord(string word) => IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !RoleWords.StartsTitle(word);

    /// <summary>"Banco", "Bank": a word that opens banks' names, in their own language too ("Banco de la República", "Banque Misr", "Bank Mandiri"); any case.</summary>
    public static bool IsBankWord(string word) => BankWords.Contains(word);

    /// <summary>"Sabadell" of "Banco Sabadell", "Santander" of "Banco Santander": a bank named by a bank's word and a place; null for other names.</summary>
    public static string? BankOwnName(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && IsBankWord(name[..space]) && !name.Contains(" of ", StringComparison.Ordinal)
            ? name[(space + 1)..]
            : null;

    private static readonly FrozenSet<string> BankWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["Banco", "Banca", "Banque", "Bancorp", "Bank"]);

    // Words that open firms' names in Spanish, Portuguese, French and Italian: "Minera Escondida", "Compañía Minera", "Grupo Bimbo".
    private static readonly FrozenSet<string> FirmOpenings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Minera", "Compañía", "Compania", "Companhia", "Compagnie", "Empresa", "Empresas", "Grupo", "Groupe", "Gruppo", "Corporación",
        "Sociedad", "Société", "Industrias", "Inversiones", "Constructora", "Naviera", "Aerolíneas", "Petróleos", "Petroleos",
        "Consorcio", "Consórcio", "Cooperativa",
    ]);

    /// <summary>"Banco Macro", "Minera Escondida", "Grupo Bimbo": a word that opens a bank's or a firm's name.</summary>
    public static bool OpensFirmName(string word) => BankWords.Contains(word) || FirmOpenings.Contains(word);

    /// <summary>"People", "Women", "Children": a group whose possessive opens bodies' names ("People's Party", "Women's Aid").</summary>
    public static bool IsCollectivePossessor(string word) => word is "People" or "Women" or "Children";

    /// <summary>"Marxist", "Maoist", "Leninist": a doctrine's adjective, which a party's name may end with in brackets.</summary>
    public static bool IsDoctrine(string word) => word.Length > 4 && IsCapitalised(word) && word.EndsWith("ist", StringComparison.Ordinal);

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>"Mr", "Mrs", "Ms", "Miss", "Mx" (a dot after it or not): the title a name written with <paramref name="titledText"/> opens with.</summary>
    public static string? CourtesyTitle(string? titledText) =>
        titledText?.Split(' ')[0].TrimEnd('.') is { } title && title is "Mr" or "Mrs" or "Ms" or "Miss" or "Mx" ? title : null;

    /// <summary>'m' for a name written after "Mr", 'f' after "Mrs", "Ms" or "Miss"; null for any other title or none.</summary>
    public static char? CourtesySex(string? titledText) => CourtesyTitle(titledText) switch { "Mr" => 'm', "Mrs" or "Ms" or "Miss" => 'f', _ => null };

    public static bool IsTrailingJunk(string token) => token is "'s" or "’s" or "'" or "’" or "," or "." or "-" or ":" or ";";
}
