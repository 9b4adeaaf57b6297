using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>The words titles and roles are made of ("Deputy Prime Minister", "Chief of Army Staff", "Gen.").</summary>
internal static class RoleWords
{
    // Titles British news writes without a dot ("Prof Hale", "Cllr Jones", "Gen Sarath Fonseka"): heads, person titles
    // and abbreviations as their dotted forms are. Declared first: the sets below are built from it.
    private static readonly Dictionary<string, string> DotlessAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Prof"] = "Professor", ["Cllr"] = "Councillor", ["Supt"] = "Superintendent", ["Insp"] = "Inspector", ["Sgt"] = "Sergeant",
        ["Capt"] = "Captain", ["Lt"] = "Lieutenant", ["Col"] = "Colonel", ["Gen"] = "General", ["Maj"] = "Major",
        ["Brig"] = "Brigadier", ["Rev"] = "Reverend", ["Pte"] = "Private", ["Cde"] = "Comrade",
    };

    // Words that end a title. Matching ignores case, so "chief of army staff" parses like "Chief of Army Staff".
    private static readonly FrozenSet<string> Heads = DotlessAbbreviations.Keys.Concat(
    [
        "President", "Minister", "Premier", "Secretary", "Undersecretary", "Senator", "Governor", "Mayor", "Chairman", "Chairwoman",
        "Chairperson", "Director", "Chief", "Commander", "General", "Colonel", "Major", "Captain", "Lieutenant",
        "Admiral", "Marshal", "Brigadier", "Sergeant", "Corporal", "Commodore", "Ambassador", "Envoy", "Consul",
        "Spokesperson", "Spokesman", "Spokeswoman", "Assistant", "Adviser", "Advisor", "Aide", "Judge", "Justice",
        "Prosecutor", "Attorney", "Officer", "King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Bishop",
        "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Cleric", "Representative", "Congressman",
        "Congresswoman", "Lawmaker", "Legislator", "MP", "MNA", "MPA", "Speaker", "Leader", "Head", "Coach", "Manager",
        "Founder", "CEO", "Chancellor", "Commissioner", "Councillor", "Councilman", "Councilwoman", "Inspector",
        "Superintendent", "Constable", "Detective", "Sheriff", "Dean", "Provost", "Rector", "Professor", "Curator",
        "Registrar", "Ombudsman", "Comptroller", "Auditor", "Solicitor", "Magistrate", "Coroner", "Warden", "Headteacher",
        "Headmaster", "Headmistress", "Alhaji",
        "Ayatollah", // "Ayatollah Ali Khamenei" is Ali Khamenei (not "Mahatma" or "Mullah": "Mahatma Gandhi" and "Mullah Omar" are known so, and "Gandhi" alone would join Sonia Gandhi)
        "Datuk", "Dato'", "Dato", "Datin", "Tun", "Seri", // Malaysian honours: "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin"
        "Author", "Editor", "Correspondent", "Reporter", "Journalist", "Agent", "Arbitrator", "Mediator", "Sultan", "Emir", "Oba", "Ooni", "Alaafin", "Diplomat", "Lawyer",
        "Activist", "Student", "DJ", "Singer", "Songwriter", "Singer-songwriter", "Actor", "Actress", "Musician", "Artist",
        "Photographer", "Designer", "Owner", "Publisher", "Economist", "Analyst", "Scientist", "Researcher", "Dr",
        "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Brig.",
        "Gov.", "Sen.", "Rep.", "Pres.", "Supt.", "Insp.", "Rev.", "Reverend", "Cmdr.", "PM", "V.P.", "Member", "Treasurer",
        "CFO", "COO", "CTO", "MEP", "MPP", "MLA", "MSP", "TD", // "Sinn Féin TD Ciarán Moloney": an Irish MP
        "Private", "Class", "Specialist", "Seaman", "Airman", "Trooper", "Pvt.", "Pfc.", "Cpl.", "Spc.", // "Private First Class"
        // Trades and sports news writes before names in lower case ("rapper Young Dolph", "striker Harry Kane").
        "Rapper", "Comedian", "Filmmaker", "Novelist", "Poet", "Playwright", "Chef", "Entrepreneur", "Businessman",
        "Moderator", "Announcer", "Presenter", "Podcaster",
        "Historian", "Biologist", "Ecologist", "Epidemiologist", "Immunologist", "Virologist", "Physicist", "Chemist", "Geologist",
        "Businesswoman", "Billionaire", "Pastor", "Astronaut", "Footballer", "Striker", "Midfielder", "Goalkeeper",
        "Boss", "Skipper", "Quarterback", "Golfer", "Boxer", "Cyclist", "Kicker", "Punter", "Linebacker", "Cornerback", "Receiver", "Pitcher",
        "Shortstop", "Outfielder", "Infielder", "Goaltender", "Goalie", "Winger", "Batsman", "Wicketkeeper", "Jockey", "Sprinter",
        "Defender", "Centre-back", "Full-back", "Lock", "Flanker", "Fly-half", "Scrum-half", "Bowler", "Spinner", "Opener", "All-rounder",
        "Emeritus", // "Bishop Emeritus Dinualdo Gutierrez", "Professor Emeritus": the title goes on after its head
        "Honourable", "Honorable", "Hon", "Hon.", // Commonwealth parliaments' style: "The Honourable Tau Henare", "Hon Bill English"
        "Baroness", // a life peer: "Baroness Patricia Scotland" (not "Baron", a surname too: "Sacha Baron Cohen")
    ]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that only make a title together with a head after them ("Prime Minister", "Field Marshal").
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Deputy", "Vice", "Prime", "Foreign", "Defence", "Defense", "Interior", "Finance", "Home", "Federal",
        "Special", "Senior", "Junior", "Former", "Acting", "Interim", "Caretaker", "Field", "Air", "Rear",
        "Executive", "Managing", "Supreme", "Grand", "High", "First", "Principal", "Associate", "National",
        "Provincial", "Regional", "State", "Shadow", "Army", "Naval", "Navy", "Military", "Police", "Press", "Presidential",
        "Crown", "Opposition", "Party", "Information", "Trade", "Health", "Education", "Economic", "Team", "Club",
        "Art", "Museum", "Fashion", "Disco", "Affairs", "Justice", "Energy", "Environment", "Foreign-policy", "Security", "Intelligence", "Chief", "Colonel",
        "Lieutenant", "Major", "Brigadier", "Secretary", "Attorney", "Assistant", "Director", "Inspector", "Surgeon", "Governor",
        "District", // "District Attorney", "District Judge"
        "Cabinet", // "Chief Cabinet Secretary Yoshimasa Hayashi", "Cabinet Secretary Aden Duale"
        "Commander", "Co-founder", "Lt.", "Maj.", "Brig.", "Col.", "Gen.", "Vice-",
        "Financial", "Operating", "Medical", "Marketing", "Commercial", "Investment", "Technical", // "Chief Financial Officer"
        "Private", "Sergeant", "Lance", "Staff", "Master", "Petty", "Warrant", "Command", // ranks: "Sergeant First Class", "Lance Corporal"
        "Datuk", "Dato'", "Dato", // Malaysian honours of two words: "Datuk Seri", "Dato' Sri"
        "Right", "Rt", "Rt.", // "Right Honourable Winston Peters", "Rt Hon"
    ]);

    // Portfolios, which make a title only as the first words of one before a name ("External Affairs Minister", "Transport
    // Secretary", "Minority Leader"): unlike the modifiers above they never cut a name ("Consumer Coalition", "Office of
    // Management and Budget"). Not parties: "Labour leader" names the party.
    private static readonly FrozenSet<string> Portfolios = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "External", "Internal", "Agriculture", "Transport", "Communications", "Commerce", "Tourism", "Culture", "Sports",
        "Youth", "Science", "Technology", "Industry", "Mines", "Mining", "Petroleum", "Oil", "Housing", "Infrastructure",
        "Planning", "Revenue", "Immigration", "Fisheries", "Forestry", "Water", "Railways", "Power", "Social", "Veterans",
        "Consumer", "Parliamentary", "Works", "Budget", "Development", "Welfare", "Employment", "Economy", "Majority", "Minority",
        "Emergency", "Management", "Disaster", "Recovery", "Resilience", "Resources",
    ]);

    // Titles that, alone before a capitalised word, make it a person's name; "General Motors" or "King County" need not.
    private static readonly FrozenSet<string> PersonTitles = DotlessAbbreviations.Keys.Concat(
    [
        "President", "Minister", "Premier", "Senator", "Governor", "Mayor", "Ambassador", "Chancellor", "Spokesperson",
        "Spokesman", "Spokeswoman", "Congressman", "Congresswoman", "Lawmaker", "MP", "MNA", "PM", "Dr", "Dr.", "Prof.",
        "Professor", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Brig.", "Gov.", "Sen.", "Rep.", "Pres.", "V.P.",
        "Supt.", "Insp.", "Rev.", "Cmdr.", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Brigadier", "Mr", "Mr.",
        "Mrs", "Mrs.", "Ms", "Ms.", "Sheikh", "Imam", "Rabbi", "Pope", "Archbishop", "Secretary", "Undersecretary", "Envoy", "Curator",
        "Treasurer", "MEP", "MPP", "MLA", "MSP", "Chairman", "Chairwoman", "Chairperson", "Attorney", "Judge", "King", "Queen",
        "Ayatollah", "Honourable", "Honorable",
        "Chief", "Alhaji", // Nigerian honorifics: "Chief Ayibakuro Ebikeme", "Alhaji Atiku Abubakar"
        "Datuk", "Dato'", "Datin", "Tun",
        "Oba", "Ooni", "Alaafin", // Nigerian kings: "Oba Ewuare II", "the Oba of Benin"
    ]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Written in lower case before a name these are mostly adjectives: "a major Warhol show", "the general Smith case".
    private static readonly FrozenSet<string> AmbiguousInLowerCase = FrozenSet.Create(StringComparer.Ordinal,
    [
        "major", "general", "chief", "head", "leader", "justice", "lady", "lord", "king", "queen", "prince", "princess",
        "marshal", "premier", "member", "dean", "officer", "first", "senior", "former", "speaker", "owner", "private",
    ]);

    // Courtesy titles: never part of a name, and too empty to keep as a role.
    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.",
        "Monsieur", "Herr", // as English news writes of a Frenchman or a German: "Monsieur Trichet"
        "Mme", "Mme.", "Mlle", "Mlle.", // of a Frenchwoman: "Mme Spanton" (not "Madame", a nickname's word too: "Madame Non")
    ]);

    private static readonly Dictionary<string, string> Abbreviations = new(DotlessAbbreviations.Concat(new Dictionary<string, string>
    {
        ["PM"] = "Prime Minister", ["V.P."] = "Vice President", ["Hon"] = "Honourable", ["Hon."] = "Honourable", ["Rt"] = "Right", ["Rt."] = "Right", ["Gen."] = "General", ["Lt."] = "Lieutenant", ["Col."] = "Colonel",
        ["Maj."] = "Major", ["Capt."] = "Captain", ["Sgt."] = "Sergeant", ["Adm."] = "Admiral", ["Brig."] = "Brigadier",
        ["Gov."] = "Governor", ["Sen."] = "Senator", ["Rep."] = "Representative", ["Pres."] = "President",
        ["Supt."] = "Superintendent", ["Insp."] = "Inspector", ["Rev."] = "Reverend", ["Cmdr."] = "Commander",
        ["Prof."] = "Professor", ["Dr."] = "Dr",
    }), StringComparer.OrdinalIgnoreCase);

    // Lower-case words a title's complement may use ("Minister for Information and Broadcasting").
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["of", "for", "to", "the", "and", "&", "on"]);

    private static readonly FrozenSet<string> SmallWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["of", "for", "to", "the", "and", "on", "in", "at"]);

    /// <summary>A title's last word; in lower case its plural too ("photographers Nat Finkelstein, ...").</summary>
    public static bool IsHead(string word) =>
        Heads.Contains(word) || CapitalisedHeads.Contains(word) || (word.Length > 3 && word.EndsWith('s') && char.IsLower(word[0]) && Heads.Contains(word[..^1]));

    // Heads only as written in a byline's title case ("AP Sports Writer Gregory Tanaka"): in lower case they run into a
    // publication's name ("a writer for The American Conservative").
    private static readonly FrozenSet<string> CapitalisedHeads = FrozenSet.Create(StringComparer.Ordinal, ["Writer", "Columnist"]);

    public static bool IsModifier(string word) => Modifiers.Contains(word);

    /// <summary>
    /// "Tan Sri", "Puan Sri": Malaysian honours whose words are names elsewhere ("Sri Mulyani Indrawati", "Sri Lanka", "Tan
    /// Duc Thanh Nguyen"), title words only together. The kind of title word at <paramref name="position"/>, if it is one.
    /// </summary>
    public static (bool IsHead, bool IsModifier) HonourWord(Token[] tokens, int position) => tokens[position].Text switch
    {
        "Sri" => (position > 0 && tokens[position - 1].Text is "Tan" or "Puan" or "Datuk" or "Dato'" or "Dato", false),
        "Tan" or "Puan" => (false, position + 1 < tokens.Length && tokens[position + 1].Text == "Sri"),
        _ => (false, false),
    };

    /// <summary>A portfolio word, a title's modifier only in a role read before a name (<see cref="RoleChain"/>).</summary>
    public static bool IsPortfolio(string word) => Portfolios.Contains(word);

    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    /// <summary>Whether a title word written in lower case is too likely an adjective to start a title before a name.</summary>
    public static bool IsAmbiguousInLowerCase(string word) => AmbiguousInLowerCase.Contains(word);

    /// <summary>Whether the roles certainly belong to a person: two or more title words, or one that only people carry.</summary>
    public static bool ArePersonTitles(IReadOnlyList<string> words) => words.Count >= 2 || (words.Count == 1 && PersonTitles.Contains(words[0]));

    public static bool StartsTitle(string word) => IsHead(word) || Modifiers.Contains(word) || Honorifics.Contains(word);

    public static bool IsConnector(string word) => Connectors.Contains(word);

    public static bool IsComplementStart(string word) => word is "of" or "for" or "to" or "on";

    /// <summary>Title case as people write titles: "chief of army staff" -> "Chief of Army Staff"; "PM" -> "Prime Minister".</summary>
    public static string Normalise(IEnumerable<string> words)
    {
        var normalised = words.Select((word, index) => Abbreviations.TryGetValue(word, out var full)
            ? full
            : index > 0 && SmallWords.Contains(word)
                ? word.ToLowerInvariant()
                : word.Any(char.IsLower) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        return string.Join(' ', normalised).Replace(" - ", "-", StringComparison.Ordinal);
    }
}
