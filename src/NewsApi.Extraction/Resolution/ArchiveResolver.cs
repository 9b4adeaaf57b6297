using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Rules;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Resolution;

/// <summary>
/// Decides which chains (one article's entities) across an archive are one entity. Chains are blocked by a name key that
/// already joins the listed variants ("U.S." = "United States", "Tories" = "Conservative Party"); a key typed differently
/// in different articles keeps the majority type unless the minority is itself common (Chelsea the club and the place).
/// Then names are joined where one is a short form of another: "George Bush" and "George W. Bush", an acronym defined
/// somewhere in the archive, "the Colts" and "Indianapolis Colts" when only one such name exists. A surname alone
/// ("Mr Blair") joins the full name its article's context points to ("Tony Blair", seen with Labour and Brown), or the
/// one full name that dominates the archive, and otherwise stays apart: never a guess between "Tony Blair" and "Mark
/// Blair", and never two full names with different given names. Deterministic: the result does not depend on the order
/// articles were seeded in, only on the chains.
/// </summary>
public sealed partial class ArchiveResolver(NameVariants variants, Gazetteer gazetteer)
{
    /// <summary>A minority type is kept apart when at least this share of the name's mentions use it (and 2+ articles).</summary>
    private const double SeparateTypeShare = 0.3;

    private const double SeparatePlaceOrganisationShare = 0.1;

    /// <summary>How far one full name must out-count the others for a short form with no telling context to take it.</summary>
    private const int DominanceRatio = 5;

    /// <summary>A full name seen in this share of the articles that use the surname alone is a plausible referent for it.</summary>
    private const double PlausibleShare = 0.2;

    /// <summary>Context scores (idf-weighted shared co-mentions) at which a surname's article clearly points at a person.</summary>
    private const double ClearContext = 1.0;

    private const double UsableContext = 0.3;

    /// <summary>
    /// A full name named in this share of the archive's articles may take a surname whose article shares no context with
    /// it ("Bush" in a paper on political psychology); a rarer one may not. Of the Wikinews archive's 3,741 articles that
    /// is 19: joins to rarer names without context were mostly other people or no people there ("Kerry" the county,
    /// "Shannon" the airport, "Francis" the Pope, "Levy").
    /// </summary>
    private const double ProminentShare = 0.005;

    public static ArchiveResolver Default { get; } = new(NameVariants.Default, Gazetteer.Default);

    private readonly InstitutionScopes _institutions = new(variants, gazetteer);

    public IReadOnlyList<ArchiveEntity> Resolve(IReadOnlyList<ArchiveChain> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal); // names repeat across chains: each key built once
        string Key(string name) => keys.TryGetValue(name, out var key) ? key : keys[name] = KeyOf(name);
        // "Ill." and "Ind." name their state only where an article typed them a place: the word "ill" or an independent's label otherwise.
        string ChainKey(ArchiveChain chain) =>
            chain.Type == EntityType.Place && Documents.UsStates.Abbreviations.TryGetValue(chain.Name, out var state) ? Key(state) : Key(chain.Name);
        var scoped = _institutions.Scope(chains, [.. chains.Select(ChainKey)]);
        // "McCain said": a lone name is someone's surname when the archive names a person in full with it ("John McCain").
        var surnames = chains.Where(chain => chain.Type == EntityType.Person).Select(chain => PersonName.Of(Key(chain.Name)))
            .Where(name => name.IsFull).Select(name => name.Surname).ToHashSet(StringComparer.Ordinal);
        bool IsEvidentlyPerson(ArchiveChain chain) => surnames.Contains(Key(chain.Name)) || ShowsPerson(chain);
        // "Brandt-Kellerman" a person in two articles beside "Brandt-Kellerman Therapeutics" in three: a company's own word.
        var companyWords = chains.Where(chain => chain.Type == EntityType.Organisation).Select(chain => NameWords.CompanyFirstWord(chain.Name))
            .OfType<string>().Select(Key).ToHashSet(StringComparer.Ordinal);
        var archive = new Archive(chains, scoped.Keys, gazetteer.IsPlace, IsEvidentlyPerson, companyWords.Contains) { CountryOfKey = scoped.CountryOfKey };
        var sets = new DisjointSets(archive.Nodes.Count);
        JoinHyphenSpellings(archive, sets);
        JoinTransliterations(archive, sets);
        JoinShortPersonNames(archive, sets);
        JoinNamesWithoutLastPart(archive, sets);
        var acronymVotes = AcronymVotes(archive); // read once: the acronyms' definitions and their countries both come from it
        JoinOrganisationShortForms(archive, sets, acronymVotes);
        JoinPlacesWithoutDivisionWord(archive, sets);
        JoinNamesWithoutCountry(archive, sets);
        var target = archive.NodeOfChain.Select(sets.Find).ToArray();
        JoinAcronymsByCountry(archive, sets, target, acronymVotes);
        JoinSurnames(archive, sets, target, Key, gazetteer);
        JoinNamesOthersWrite(archive, sets, target, Key, surnames);
        JoinCompassPointsAlone(archive, target);
        JoinCommonWordShortForms(archive, sets, target);
        JoinPartyMembersPlurals(archive, sets, target);
        return BuildEntities(archive, target);
    }

    /// <summary>
    /// The name as resolution compares it: listed variants joined, initials and acronyms without dots, a country's or
    /// listed organisation's acronym opening the name spelled out ("U.S. Congress", "UN Security Council"), no "Inc.", "Oyj", "AG" or
    /// "FC", no accents ("Montréal" and "Montreal", "Sao Paulo" and "São Paulo": news writes both for one place), a
    /// ministry or department named by its field either way ("Economy Ministry" = "Ministry of Economy", "Energy
    /// Department" = "Department of Energy", "Ministry of the Interior" = "Interior Ministry"), "Mt" spelled out ("Mt
    /// Ruapehu" = "Mount Ruapehu"), an airport with and without "International" ("Keflavik International Airport" =
    /// "Keflavik Airport") and a company's ".com" dropped ("Amazon.com Inc" = "Amazon").
    /// </summary>
    internal string KeyOf(string name)
    {
        var key = variants.CanonicalKey(name);
        key = DottedAcronym().Replace(key, acronym => acronym.Value.Replace(".", "", StringComparison.Ordinal)); // "U.S. Army" = "US Army"
        key = variants.WithAcronymSpelledOut(InitialDot().Replace(key, "$1"));
        key = NameKey.WithOfficeFirst(MountAbbreviation().Replace(key, "mount "));
        key = SaintAbbreviation().Replace(key, "saint "); // "St. Paul" = "Saint Paul"
        key = CompassInitial().Replace(key, match => gazetteer.IsPlace(CompassWords[match.Groups[1].Value] + name[(name.IndexOf(' ') + 1)..])
            ? CompassWords[match.Groups[1].Value].ToLowerInvariant() : match.Value); // "N. Korea" = "North Korea"
        key = OfficeOfThe().Replace(InternationalAirport().Replace(key, " airport"), "$1 of "); // "Ministry of the Interior", "Keflavik International Airport"
        key = CompanySuffix().Replace(key, "");
        // "Amazon.com Inc" is Amazon; not "News.com.au", whose loose key ends ".com" too.
        return NameKey.WithoutAccents(name.Contains(".com ", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".com", StringComparison.OrdinalIgnoreCase)
            ? DotCom().Replace(key, "") : key);
    }

    /// <summary>
    /// "Kim Jong-il" and "Kim Jong Il", "Coca-Cola" and "Coca Cola", "Al-Jazeera" and "Al Jazeera": one name written with
    /// a hyphen or a space (20 pairs of entities in the Wikinews archive); and a person's Arabic name with or without its
    /// article, "Nouri al-Maliki" and "Nouri Maliki", "Bashar al-Assad" and "Bashar Assad" (10 pairs). An organisation's
    /// or a place's name also joins when written as one word or with its punctuation ("Wal-Mart" and "Walmart",
    /// "Washington, D.C." and "Washington DC") or in British or American spelling ("World Health Organisation",
    /// "Centre", "Defence", "Programme"). Their nodes stay apart (a surname is still read from the name as written), so
    /// only the spellings join.
    /// </summary>
    private static void JoinHyphenSpellings(Archive archive, DisjointSets sets)
    {
        var spellings = archive.Nodes.Where(node => node.Type != EntityType.Person || node.Key.Contains('-', StringComparison.Ordinal) || node.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(node => (node.Type, Key: node.Type == EntityType.Person ? WithoutArabicArticle(node.Key.Replace('-', ' ')) : AmericanCompact(node.Key)));
        foreach (var sameName in spellings)
        {
            var first = sameName.First();
            foreach (var other in sameName.Skip(1))
            {
                sets.Union(first.Index, other.Index);
            }
        }
    }

    /// <summary>"worldhealthorganization" for "world health organisation": American spelling, no spaces, hyphens, dots or commas.</summary>
    private static string AmericanCompact(string key)
    {
        var words = key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => BritishSpellings.GetValueOrDefault(word.Trim('.', ','), word));
        return string.Concat(words).Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
    }

    // Words of names that British and American news spell apart (not "labour": the Labour and Labor parties are two).
    private static readonly FrozenDictionary<string, string> BritishSpellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["organisation"] = "organization", ["organisations"] = "organizations", ["defence"] = "defense", ["centre"] = "center",
        ["centres"] = "centers", ["programme"] = "program", ["programmes"] = "programs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"nouri maliki" for "nouri al maliki": no "al" or "el" after the first word.</summary>
    private static string WithoutArabicArticle(string key) =>
        key.Replace(" al ", " ", StringComparison.Ordinal).Replace(" el ", " ", StringComparison.Ordinal);

    /// <summary>
    /// "George Bush" joins "George W. Bush", and "Kris Nygaard" joins "Kristoffer Nygaard", when that is the only fuller name
    /// it can be (or out-counts the others); not a given name of the other sex ("Sam" is no "Samantha").
    /// </summary>
    private void JoinShortPersonNames(Archive archive, DisjointSets sets)
    {
        var people = archive.Nodes.Where(node => node.Type == EntityType.Person && node.Person.IsFull).ToList();
        var bySurname = people.ToLookup(node => node.Person.Surname);
        bool MayShareSex(string given, string other) => "mf".Any(sex =>
            gazetteer.MayBeGivenTo(WordChars.Capitalised(given), sex) && gazetteer.MayBeGivenTo(WordChars.Capitalised(other), sex));
        // "Ted Kennedy" and "Edward Kennedy", "Chuck Schumer" and "Charles Schumer": a given name's short form is the same
        // person only where their articles share someone or some body (General Sir Mike Jackson is not the singer Michael
        // Jackson, nor John Walker the football coach Jack Walker).
        var context = new Dictionary<int, HashSet<string>>();
        HashSet<string> CoMentioned(Node node)
        {
            if (context.TryGetValue(node.Index, out var keys)) return keys;
            keys = node.ArticleSet.SelectMany(archive.ChainsOfArticle).Where(chain => archive.Chains[chain].Type != EntityType.Place)
                .Select(chain => archive.Keys[chain]).Where(key => key != node.Key).ToHashSet(StringComparer.Ordinal);
            return context[node.Index] = keys;
        }

        bool IsGivenNameForm(Node node, Node other) =>
            (node.Person.IsShortFormOf(other.Person, givenNameForms: true) || (node.Person.IsFamiliarFormOf(other.Person, givenNameForms: true)
                && MayShareSex(node.Person.Words[0], other.Person.Words[0])))
            && CoMentioned(node).Overlaps(CoMentioned(other).Where(key => key != node.Key));

        foreach (var node in people.OrderByDescending(node => node.Person.Words.Length).ThenBy(node => node.Index))
        {
            var fuller = bySurname[node.Person.Surname]
                .Where(other => node.Person.IsShortFormOf(other.Person)
                    || (node.Person.IsFamiliarFormOf(other.Person) && MayShareSex(node.Person.Words[0], other.Person.Words[0]))
                    || (other != node && IsGivenNameForm(node, other)))
                .GroupBy(other => sets.Find(other.Index))
                .Select(group => (Root: group.Key, Articles: group.Sum(other => other.Articles)))
                .OrderByDescending(candidate => candidate.Articles).ThenBy(candidate => candidate.Root)
                .ToList();
            if (fuller.Count == 1 || (fuller.Count > 1 && fuller[0].Articles >= DominanceRatio * fuller[1].Articles))
            {
                sets.Union(node.Index, fuller[0].Root);
            }
        }
    }

    /// <summary>
    /// An acronym joins the name the archive defines it as ("ISPR" = "Inter-Services Public Relations") or, undefined,
    /// the one organisation whose initials it spells, unless it is a news agency's ("AFP"); "Colts" joins "Indianapolis Colts" when no other name ends so.
    /// </summary>
    private void JoinOrganisationShortForms(Archive archive, DisjointSets sets, Dictionary<(string Acronym, int Node), int> acronymVotes)
    {
        var definitions = AcronymDefinitions(archive, acronymVotes);
        var organisations = archive.Nodes.Where(node => node.Type == EntityType.Organisation).ToList();
        var byInitials = archive.Nodes.Where(node => node.Type != EntityType.Person && node.Words.Length >= 2)
            .SelectMany(node => LettersOf(node).Select(letters => (letters, node)))
            .ToLookup(pair => pair.Item1, pair => pair.Item2);
        var byLastWord = organisations.Where(node => node.Words.Length >= 2).ToLookup(node => node.Words[^1]);
        var byFirstWord = organisations.Where(node => node.Words.Length >= 2).ToLookup(node => node.Words[0]);
        // "Afiego" for "Africa Institute for Energy Governance (AFIEGO)", as British papers write acronyms they say as words.
        bool IsAcronymInTitleCase(Node node) => node.Type == EntityType.Organisation && node.Words is [var word] && word.Length >= 3
            && definitions.ContainsKey(node.Key) && !SentenceWords.IsSentenceWord(word) && !SentenceWords.IsCommonWord(word);

        foreach (var node in archive.Nodes.Where(node => node.Type != EntityType.Person).OrderBy(node => node.Index))
        {
            if (node.IsAcronym || IsAcronymInTitleCase(node))
            {
                var letters = node.Key.Replace(".", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal); // "PG&E": Pacific Gas and Electric
                // Letters written with a company's legal form ("PG&E Corp", "BP Plc") spell only a name written as a company's.
                var isCompanys = !RoleChain.IsAcronym(node.Written) && CompanySuffix().IsMatch(node.Written.ToLowerInvariant());
                var host = definitions.GetValueOrDefault(letters)
                    ?? (node.IsAcronym ? Single(byInitials[letters].Where(candidate => candidate.Index != node.Index
                        && (!isCompanys || LegalForm().IsMatch(candidate.Written.ToLowerInvariant())))) : null);
                // A news agency's letters stay the agency's: one article's "Australian Federal Police (AFP)" is no other's AFP,
                // but "British Broadcasting Corporation" is the BBC.
                if (host is not null && !(gazetteer.IsNewsMedia(node.Written) && !gazetteer.IsNewsMedia(host.Written) && !host.Words.Any(MediaWords.Contains)))
                {
                    sets.Union(node.Index, host.Index);
                }
            }
            else if (node.Type == EntityType.Organisation && node.Words.Length is 1 or 2 && !variants.IsListed(node.Key)
                     && node.Words.All(word => !gazetteer.IsOrganisationCue(WordChars.Capitalised(word)) && !SentenceWords.IsSentenceWord(word))
                     && !(node.Words is [var plural] && PartyAdjectiveOfMembers(plural) is not null)) // "Greens" of any country: not the one most named
            {
                // "Colts" for "Indianapolis Colts", "Newcastle" (the team) for "Newcastle United"; not "Treasury" for "U.S. Treasury".
                // A listed body is a short form only of itself with company words ("Meta Platforms"), not of a unit ("Lufthansa Cargo").
                var isListed = gazetteer.IsListedOrganisation(node.Written);
                var longer = byLastWord[node.Words[^1]].Concat(byFirstWord[node.Words[0]]).Distinct().Where(candidate => candidate.Words.Length > node.Words.Length
                    && (candidate.Words.AsSpan(candidate.Words.Length - node.Words.Length).SequenceEqual(node.Words)
                        || candidate.Words.AsSpan(0, node.Words.Length).SequenceEqual(node.Words))
                    && (!isListed || candidate.Words.Except(node.Words).All(IsSameBodysWord))
                    && !(node.Words is [var word] && _institutions.IsFieldOfStateBody(word, candidate.Key))); // "Labor" is not the "US Department of Labor"
                // "Meta Platforms Ireland Limited" (one article) is a part of "Meta Platforms" (two), no rival to it as the
                // host of "Meta"; "Forbes Global CEO Conference" (five articles) stays a rival of "Forbes Global" (three).
                var longerNames = longer.ToList();
                var candidates = longerNames.Where(candidate => !longerNames.Exists(other => other.Words.Length < candidate.Words.Length
                    && candidate.Words.AsSpan(0, other.Words.Length).SequenceEqual(other.Words) && other.Articles > candidate.Articles)).ToList();
                // Accents count here: "Libération" (the newspaper) is no short form of "Liberation Tigers of Tamil Eelam".
                if ((SpelledByItsChains(archive, node, candidates) ?? Dominant(candidates)) is { } host && WrittenWithin(node, host))
                {
                    sets.Union(node.Index, host.Index);
                }
            }
        }
    }

    /// <summary>
    /// "Indianapolis" written beside "Colts" in its articles ("Colts fire Hutchins ... Indianapolis went 2-14"): of the longer
    /// names the short one may stand for, the only one whose words its own chains write, or null.
    /// </summary>
    private static Node? SpelledByItsChains(Archive archive, Node node, List<Node> candidates)
    {
        if (candidates.Count < 2) return null;
        var written = archive.ChainsOfNode(node.Index)
            .SelectMany(chain => archive.Chains[chain].Names.SelectMany(name => NameKey.Of(name.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        return Single(candidates.Where(candidate => candidate.Words.All(written.Contains)));
    }

    private static readonly FrozenSet<string> MediaWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "news", "broadcasting", "broadcasters", "press", "agency", "television", "radio", "channel", "network", "media",
    ]);

    /// <summary>
    /// A word a listed body's name may gain and stay the body: a company's ("Meta Platforms", "Merck & Co."), its country's
    /// ("Egyptian Muslim Brotherhood"), "International" ("Oxfam International") or "Party"; not a unit's ("Lufthansa Cargo").
    /// </summary>
    private bool IsSameBodysWord(string word) =>
        NameWords.IsCompanyWord(word) || NameWords.IsCompanySuffix(word) || word is "&" or "international" or "party" or "eireann" // "Likud Party", "Dáil Éireann"
        || gazetteer.CountryForDemonym(WordChars.Capitalised(word)) is not null || gazetteer.IsCountry(WordChars.Capitalised(word))
        || gazetteer.IsCountry(WordChars.Capitalised(word) + "s"); // "Philippine Red Cross"

    /// <summary>
    /// "Gaza" and "Gaza Strip" across the archive: the place named without its division word joins the full name where an
    /// article wrote both for one place (its alias merger joined them, see <see cref="NameWords.IsDivisionWord"/>).
    /// </summary>
    private static void JoinPlacesWithoutDivisionWord(Archive archive, DisjointSets sets)
    {
        var places = archive.Nodes.Where(node => node.Type == EntityType.Place).ToDictionary(node => node.Key, StringComparer.Ordinal);
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Place || node.Words.Length < 2 || !NameWords.IsDivisionWord(node.Words[^1])) continue;

            var shortKey = string.Join(' ', node.Words[..^1]);
            if (places.TryGetValue(shortKey, out var shortNode) && archive.Chains[chain].Names.Any(name => NameKey.Loose(name.Text) == shortKey))
            {
                sets.Union(shortNode.Index, node.Index);
            }
        }
    }

    /// <summary>
    /// "Commonwealth Bank" and "Commonwealth Bank of Australia", "Republic Hydrometeorological Service" and "... of Serbia":
    /// a body with a name of its own, written with and without the country it is of, is one body where the archive names
    /// it for one country only and the articles of the bare name name that country too ("Libertarian Party" in US articles
    /// is not the "Libertarian Party of Canada"; "U.S. Food and Drug Administration" is the "Food and Drug
    /// Administration"). Every country's "Supreme Court" is <see cref="InstitutionScopes"/>'s.
    /// </summary>
    private void JoinNamesWithoutCountry(Archive archive, DisjointSets sets)
    {
        var organisations = archive.Nodes.Where(node => node.Type == EntityType.Organisation).ToList();
        var byKey = organisations.ToLookup(node => node.Key, StringComparer.Ordinal);
        var withCountry = organisations.Select(node => (Node: node, Split: _institutions.WithoutCountry(node.Words)))
            .Where(pair => pair.Split is not null && byKey.Contains(pair.Split.Value.Bare)).ToList();
        if (withCountry.Count == 0) return;

        var countriesOfArticle = archive.Chains.Where(chain => chain.Type == EntityType.Place)
            .Select(chain => (chain.Article, Country: gazetteer.CountryNamed(chain.Name) ?? gazetteer.CountryOfCapital(chain.Name)))
            .Where(pair => pair.Country is not null).ToLookup(pair => pair.Article, pair => pair.Country!);
        foreach (var sameName in withCountry.GroupBy(pair => pair.Split!.Value.Bare, StringComparer.Ordinal))
        {
            if (sameName.Count() != 1) continue; // "Football Federation of Ghana" and "... of Australia": a bare name could be either
            var (host, country, countryFirst) = (sameName.First().Node, sameName.First().Split!.Value.Country, sameName.First().Split!.Value.CountryFirst);
            // With the country first ("U.S. Securities and Exchange Commission") the country only says whose body it is, and
            // news leaves its own country out ("the Securities and Exchange Commission" in a story on Dell): half the bare
            // name's articles naming it is enough. After "of" it may be part of the name ("Islamic State of Iraq" was not yet
            // the "Islamic State"): every one must.
            bool NamesCountry(int article) => countriesOfArticle[article].Contains(country);
            foreach (var bare in byKey[sameName.Key].Where(bare => countryFirst
                ? 2 * bare.ArticleSet.Count(NamesCountry) >= bare.ArticleSet.Count : bare.ArticleSet.All(NamesCountry)))
            {
                sets.Union(bare.Index, host.Index);
            }
        }
    }

    /// <summary>For each acronym the archive spells out somewhere (a chain named by the long form with the acronym among its names), the long form most chains give it.</summary>
    private static Dictionary<string, Node> AcronymDefinitions(Archive archive, Dictionary<(string Acronym, int Node), int> votes)
    {
        var definitions = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var acronym in votes.GroupBy(vote => vote.Key.Acronym))
        {
            var ranked = acronym.OrderByDescending(vote => vote.Value).ThenBy(vote => vote.Key.Node).ToList();
            if (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value)
            {
                definitions[acronym.Key] = archive.Nodes[ranked[0].Key.Node];
            }
        }

        return definitions;
    }

    /// <summary>How many chains write each name with each acronym in brackets or beside it (the letters, the name's node).</summary>
    private static Dictionary<(string Acronym, int Node), int> AcronymVotes(Archive archive)
    {
        var votes = new Dictionary<(string Acronym, int Node), int>();
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Words.Length == 0 || (node.Words.Length == 1 && !node.Words[0].Contains('-', StringComparison.Ordinal)))
            {
                continue; // a one-word name defines no acronym, but "Hewlett-Packard" defines "HP"
            }

            foreach (var name in archive.Chains[chain].Names)
            {
                if (RoleChain.IsAcronym(RoleChain.WithoutBrackets(name.Text)) // "JD(S)" for "Janata Dal (Secular)" too
                    && NameKey.Loose(name.Text).Replace(".", "", StringComparison.Ordinal) is var letters && letters != node.Key)
                {
                    votes[(letters, node.Index)] = votes.GetValueOrDefault((letters, node.Index)) + 1;
                }
            }
        }

        return votes;
    }

    /// <summary>
    /// "ABC" is the Australian Broadcasting Corporation in an article about Australia and the American Broadcasting Company
    /// in one about the US: where the archive defines the letters for bodies of different countries (the country their
    /// names open with), each chain of the bare letters goes to its article's country's body.
    /// </summary>
    private void JoinAcronymsByCountry(Archive archive, DisjointSets sets, int[] target, Dictionary<(string Acronym, int Node), int> acronymVotes)
    {
        // Also a body of another country whose name spells the letters and opens with its country, defined or not: the
        // archive defines "ABC" only for the American Broadcasting Company, and names the Australian Broadcasting
        // Corporation in full.
        var defined = acronymVotes.Keys.Select(vote => vote.Acronym).ToHashSet(StringComparer.Ordinal);
        var spelled = archive.Nodes.Where(node => node.Type == EntityType.Organisation && node.Words.Length >= 2)
            .SelectMany(node => LettersOf(node).Select(letters => (Acronym: letters, Host: node))).Where(host => defined.Contains(host.Acronym));
        var hostsByCountry = acronymVotes.Keys
            .Select(vote => (vote.Acronym, Host: archive.Nodes[vote.Node]))
            .Concat(spelled)
            .Where(vote => vote.Host.Type == EntityType.Organisation)
            .Select(vote => (vote.Acronym, vote.Host, Country: _institutions.CountryOpening(vote.Host.Written)))
            .Where(vote => vote.Country is not null)
            .GroupBy(vote => vote.Acronym, StringComparer.Ordinal)
            .Select(hosts => hosts.GroupBy(host => host.Country!, StringComparer.Ordinal).ToList())
            .Where(countries => countries.Count >= 2)
            .ToDictionary(countries => countries[0].First().Acronym, countries => countries.ToDictionary(
                country => country.Key, country => country.OrderByDescending(host => host.Host.Articles).ThenBy(host => host.Host.Index).First().Host, StringComparer.Ordinal),
                StringComparer.Ordinal);
        if (hostsByCountry.Count == 0)
        {
            return;
        }

        Dictionary<int, string?>? articleCountries = null;
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Organisation || !node.IsAcronym || target[chain] != sets.Find(node.Index)
                || !hostsByCountry.TryGetValue(node.Key.Replace(".", "", StringComparison.Ordinal), out var hosts))
            {
                continue;
            }

            articleCountries ??= _institutions.ArticleCountries(archive.Chains);
            var article = archive.Chains[chain].Article;
            if (articleCountries.GetValueOrDefault(article) is { } country && hosts.TryGetValue(country, out var host))
            {
                target[chain] = sets.Find(host.Index);
            }
            else if (hosts.Keys.Where(CountriesNamedIn(article).Contains).ToList() is [var only])
            {
                // "ABC of Australia reported" in an article that names Egypt most, "ABC" beside the Australian Federal Police
                // in one on Indonesian fishing boats: of the hosts' countries, the only one the article names at all (a
                // country, its capital, or a name opening with it).
                target[chain] = sets.Find(hosts[only].Index);
            }
        }

        HashSet<string> CountriesNamedIn(int article) => archive.ChainsOfArticle(article).Select(chain => archive.Chains[chain])
            .Select(chain => chain.Type == EntityType.Place && (gazetteer.CountryNamed(chain.Name) ?? gazetteer.CountryOfCapital(chain.Name)) is { } country
                ? variants.CanonicalKey(country) : _institutions.CountryOpening(chain.Name))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Each chain known only by a surname ("Blair", "Mr Blair") joins the full name its article's context points to, or
    /// the full name that dominates the archive; with no full name it can be, or no way to choose, it stays apart.
    /// </summary>
    private static void JoinSurnames(Archive archive, DisjointSets sets, int[] target, Func<string, string> keyOf, Gazetteer gazetteer)
    {
        var fullBySurname = archive.Nodes.Where(node => node.Type == EntityType.Person && node.Person.IsFull).ToLookup(node => node.Person.Surname);
        var context = new ContextProfiles(archive, target);
        var surnameUse = SurnameUse(archive, keyOf);
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Person || node.Person.IsFull || node.Person.Surname.Length == 0)
            {
                continue;
            }

            var candidates = OfTitledSex(fullBySurname[node.Person.Surname].ToList(), archive.Chains[chain], gazetteer)
                .Select(full => sets.Find(full.Index)).Distinct().Order().ToList();
            var article = archive.Chains[chain].Article;
            var inArticle = candidates.Where(candidate => context.IsInArticle(candidate, article)).ToList();
            if (inArticle.Count == 1)
            {
                // The article names the person in full, and extraction kept the two apart only because the tagger typed them differently.
                target[chain] = inArticle[0];
                continue;
            }

            if (candidates.Count == 0 || inArticle.Count > 1)
            {
                continue; // no full name to be, or two in its own article (two Sharifs), which extraction already refused to choose between
            }

            if (Choose(candidates, node, chain, context, surnameUse.GetValueOrDefault(node.Person.Surname)?.Count ?? 0) is { } chosen)
            {
                target[chain] = chosen;
            }
        }
    }

    /// <summary>
    /// The full names a surname chain may join, given its courtesy titles: "Mrs. Bush" is no man's ("George W. Bush"), and of
    /// two people "Mr Phillips" is not the woman. Alone, a man's name is not refused to a "Mr" (names' sexes differ between
    /// countries: "Mari Alkatiri" is a man).
    /// </summary>
    private static List<Node> OfTitledSex(List<Node> fullNames, ArchiveChain chain, Gazetteer gazetteer)
    {
        var sexes = chain.Names.Where(name => name.IsTitled).Select(name => NameWords.CourtesySex(name.Text)).Where(sex => sex is not null).Distinct().ToList();
        if (sexes is not [{ } sex] || (sex == 'm' && fullNames.Count < 2))
        {
            return fullNames;
        }

        return fullNames.Where(full => gazetteer.MayBeGivenTo(WordChars.Capitalised(full.Words[0]), sex)).ToList();
    }

    /// <summary>For each surname, the articles that write it alone for someone, also where the article names the person in full ("Obama" beside "Barack Obama").</summary>
    private static Dictionary<string, HashSet<int>> SurnameUse(Archive archive, Func<string, string> keyOf)
    {
        var use = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var chain in archive.Chains.Where(chain => chain.Type == EntityType.Person))
        {
            foreach (var name in chain.Names.Where(name => !name.Text.Contains(' ', StringComparison.Ordinal)))
            {
                var person = PersonName.Of(keyOf(name.Text));
                if (!person.IsFull && person.Surname.Length > 0)
                {
                    if (!use.TryGetValue(person.Surname, out var articles)) use[person.Surname] = articles = [];
                    articles.Add(chain.Article);
                }
            }
        }

        return use;
    }

    /// <summary>
    /// "Labor", "Liberal Party", "Conservatives" of Canada: an organisation's short form made of common words (which
    /// <see cref="JoinOrganisationShortForms"/> leaves alone: "Treasury", "Labor") joins a longer name holding it, per
    /// article, only when the article's context clearly points at one ("Labor" with Canberra and Kevin Rudd is the
    /// Australian Labor Party; beside Ottawa "Liberal Party" is Canada's, not Australia's). No dominance fallback: with
    /// no telling context it stays apart. Not a paper's own title where the article names the paper by nothing else ("The
    /// Times" alone in a London story is London's Times, not the Financial Times its context resembles).
    /// </summary>
    private void JoinCommonWordShortForms(Archive archive, DisjointSets sets, int[] target)
    {
        var longer = archive.Nodes.Where(node => node.Type == EntityType.Organisation && node.Words.Length >= 2 && !node.IsAcronym).ToList();
        var context = new ContextProfiles(archive, target);
        var candidatesOfNode = new Dictionary<int, List<int>>(); // the same for every chain of a node
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Organisation || node.IsAcronym || node.Words.Length > 2 || target[chain] != sets.Find(node.Index)
                || !node.Words.Any(word => SentenceWords.IsSentenceWord(word) || gazetteer.IsOrganisationCue(WordChars.Capitalised(word)))
                || archive.Chains[chain].Names.All(name => NewspaperShortNames.IsPaperTitle(name.Text)))
            {
                continue;
            }

            if (!candidatesOfNode.TryGetValue(node.Index, out var candidates))
            {
                // Only into a name at least as established as the short form: "Labour Party" (hundreds of articles) is
                // not shared out among "UK Labour Party" and "New Zealand Labour Party" (one article each).
                var own = sets.Find(node.Index);
                candidatesOfNode[node.Index] = candidates = longer
                    .Where(candidate => candidate.Words.Length > node.Words.Length && NameKey.ContainsRun(candidate.Words, node.Words))
                    .Select(candidate => sets.Find(candidate.Index)).Where(root => root != own && context.Articles(root) >= context.Articles(own))
                    .Distinct().Order().ToList();
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var scored = candidates.Select(root => (Root: root, Score: context.Score(root, chain)))
                .OrderByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Root).ToList();
            var secondScore = scored.Count > 1 ? scored[1].Score : 0;
            if (scored[0].Score >= ClearContext && scored[0].Score >= 1.5 * secondScore)
            {
                target[chain] = scored[0].Root;
            }
        }
    }

    /// <summary>
    /// "the Social Democrats" in an article that never writes the party's name is the "Social Democratic Party" its context
    /// tells (the leader, the partners and the places the party's own articles name); several countries have such parties,
    /// so each chain goes by its own article, and with no clear context stays apart. Not a party's own plural name that is
    /// listed ("Liberal Democrats", Britain's; Japan's "Liberal Democratic Party" is another).
    /// </summary>
    private void JoinPartyMembersPlurals(Archive archive, DisjointSets sets, int[] target)
    {
        var parties = archive.Nodes.Where(node => node.Type == EntityType.Organisation && node.Words.Length >= 2 && node.Words.Contains("party")).ToList();
        ContextProfiles? context = null;
        var candidatesOfNode = new Dictionary<int, List<int>>();
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Organisation || node.Words.Length < 2 || target[chain] != sets.Find(node.Index) || variants.IsListed(node.Key)
                || PartyAdjectiveOfMembers(node.Words[^1]) is not { } adjective)
            {
                continue;
            }

            context ??= new ContextProfiles(archive, target);
            if (!candidatesOfNode.TryGetValue(node.Index, out var candidates))
            {
                // Only into a party at least as established as the plural: Ontario's "Progressive Conservatives" (35 articles)
                // are not the one article's "Progressive Conservative Party of Canada".
                string[] partyWords = [.. node.Words[..^1], adjective, "party"];
                var own = sets.Find(node.Index);
                candidatesOfNode[node.Index] = candidates = parties.Where(party => NameKey.ContainsRun(party.Words, partyWords))
                    .Select(party => sets.Find(party.Index)).Where(root => context.Articles(root) >= context.Articles(own)).Distinct().Order().ToList();
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var scored = candidates.Select(root => (Root: root, Score: context.Score(root, chain)))
                .OrderByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Root).ToList();
            if (scored[0].Score >= ClearContext && scored[0].Score >= 1.5 * (scored.Count > 1 ? scored[1].Score : 0))
            {
                target[chain] = scored[0].Root;
            }
        }
    }

    /// <summary>"democratic" for "democrats", "liberal" for "liberals": the adjective a party's members' plural is made from.</summary>
    private static string? PartyAdjectiveOfMembers(string plural) => plural switch
    {
        "democrats" => "democratic",
        "liberals" or "conservatives" or "socialists" or "communists" or "republicans" or "nationalists" or "progressives" or "greens" => plural[..^1],
        _ => null,
    };

    private static int? Choose(List<int> candidates, Node surname, int chain, ContextProfiles context, int surnameUse)
    {
        // Plausible against every article that writes the surname alone, also beside the full name: "Obama" in 77
        // Wikinews articles, 11 of them without "Barack Obama", does not make "Michelle Obama" (4) a likely referent.
        bool Plausible(int root) => context.Articles(root) >= PlausibleShare * Math.Max(surname.Articles, surnameUse);
        var scored = candidates.Select(root => (Root: root, Score: context.Score(root, chain)))
            .OrderByDescending(candidate => candidate.Score).ThenByDescending(candidate => context.Articles(candidate.Root)).ThenBy(candidate => candidate.Root)
            .ToList();
        var (best, bestScore) = scored[0];
        var secondScore = scored.Count > 1 ? scored[1].Score : 0;
        if (bestScore >= UsableContext && bestScore >= 1.5 * secondScore && (bestScore >= ClearContext || Plausible(best)))
        {
            return best;
        }

        // No telling context: the one full name that out-counts every other, is common enough for the surname's use, and
        // either is prominent or shares some context with the article.
        var byArticles = candidates.OrderByDescending(context.Articles).ThenBy(root => root).ToList();
        var dominant = byArticles[0];
        var dominates = byArticles.Count == 1 || context.Articles(dominant) >= DominanceRatio * context.Articles(byArticles[1]);
        // Only a plausible rival can contradict it: a name seen in a handful of articles ("Michelle Obama", "No Drama
        // Obama" from a headline) shares much of its few articles' context with almost any article, since the score is a
        // share of the candidate's articles.
        var contradicted = scored.Any(candidate => candidate.Root != dominant && Plausible(candidate.Root) && candidate.Score >= UsableContext
            && candidate.Score > context.Score(dominant, chain));
        var fits = context.Articles(dominant) >= ProminentShare * context.ArticleCount || context.Score(dominant, chain) >= UsableContext;
        return dominates && Plausible(dominant) && !contradicted && fits ? dominant : null;
    }

    private List<ArchiveEntity> BuildEntities(Archive archive, int[] target)
    {
        var entities = Enumerable.Range(0, archive.Chains.Count)
            .GroupBy(chain => target[chain])
            .Select(group => Entity(archive, group.ToList()))
            .ToList();
        // Two people shown by one full name are one: "Zimbabwe Ban Ki-moon" (a place glued on) and "Britain Margaret
        // Thatcher" were entities of their own, shown as "Ban Ki-moon" and "Margaret Thatcher" (6 in the Wikinews archive).
        // So are a full name and the same name with words glued before it ("Sen Arlen Specter": see WithoutGluedWords),
        // shown by the full name.
        var fullNames = entities.Where(entity => entity.Type == EntityType.Person && IsComplete(EntityType.Person, entity.Name))
            .Select(entity => KeyOf(entity.Name)).ToHashSet(StringComparer.Ordinal);
        string PersonKey(ArchiveEntity entity) =>
            KeyOf(WithoutGluedWords(entity.Name)) is var bare && fullNames.Contains(bare) ? bare : KeyOf(entity.Name);
        var samePerson = entities.Where(entity => entity.Type == EntityType.Person)
            .GroupBy(PersonKey, StringComparer.Ordinal)
            .Where(group => group.Count() > 1 && fullNames.Contains(group.Key))
            .ToList();
        var joined = samePerson.SelectMany(group => group).ToHashSet(ReferenceEqualityComparer.Instance);
        entities.RemoveAll(joined.Contains);
        entities.AddRange(samePerson.Select(group => Entity(archive, [.. group.SelectMany(entity => entity.Chains).Order()]) is var person
            && group.FirstOrDefault(entity => KeyOf(entity.Name) != group.Key) is null
                ? person
                : person with { Name = group.First(entity => KeyOf(entity.Name) == group.Key).Name }));

        return [.. entities.OrderBy(entity => entity.Chains[0])];
    }

    /// <summary>
    /// The name without one or two capitalised words glued before a full name: "Arlen Specter" for "Sen Arlen Specter",
    /// likewise "Minster John Howard", "Sheik Osama bin Laden", "Zimbabwe Raila Odinga" (16 entities of the Wikinews
    /// archive): words of running text, titles, places, nationalities, but no given name or initial, so "Eddie Van Halen",
    /// "A.P.J Abdul Kalam" and "Nevada Harry Reid" (Nevada is a given name) are kept whole. At least two words are left.
    /// </summary>
    private string WithoutGluedWords(string name)
    {
        var words = name.Split(' ');
        var glued = 0;
        while (glued < 2 && words.Length - glued > 2 && IsGluedWord(words[glued]))
        {
            glued++;
        }

        return glued == 0 ? name : string.Join(' ', words.Skip(glued));

        // A word of running text, a title, a place or a nationality; not a given name, which may open a longer name
        // ("Muntasim Mohamed Saleh" is no "Mohamed Saleh").
        bool IsGluedWord(string word) =>
            word.Length > 1 && char.IsUpper(word[0]) && !word.Contains('.', StringComparison.Ordinal) && !gazetteer.IsFirstName(word)
            && (SentenceWords.IsCommonWord(word) || SentenceWords.IsSentenceWord(word) || RoleWords.StartsTitle(word) || RoleWords.IsHead(word)
                || GluedTitles.Contains(word) || gazetteer.IsPlace(word) || gazetteer.IsCountry(word) || gazetteer.CountryForDemonym(word) is not null
                || Gazetteer.IsNationalityNoun(word));
    }

    // Titles written without their dot or in a spelling the role words do not list, seen glued to names in the archive.
    private static readonly FrozenSet<string> GluedTitles = FrozenSet.Create(StringComparer.Ordinal,
        ["Sen", "Rep", "Gov", "Sheik", "Sheikh", "Sayyed", "Sayed", "Taoiseach", "Tánaiste", "Minster"]);

    private ArchiveEntity Entity(Archive archive, List<int> chainIndexes)
    {
        var chains = chainIndexes.Select(index => archive.Chains[index]).ToList();
        // Each chain votes with the type its name was given across the archive (above), not the tagger's guess in its article.
        var type = chainIndexes.GroupBy(index => archive.Nodes[archive.NodeOfChain[index]].Type)
            .OrderByDescending(votes => votes.Sum(index => archive.Chains[index].Mentions)).ThenBy(votes => votes.Key)
            .First().Key;
        var confidence = 1 - chains.Aggregate(1.0, (doubt, chain) => doubt * (1 - Math.Clamp(chain.Confidence, 0, 1)));
        return new ArchiveEntity(type, WithCountry(DisplayName(type, chains, chainIndexes, archive), chainIndexes, archive), chainIndexes, Math.Round(confidence, 4));
    }

    /// <summary>"Supreme Court (Pakistan)": one country's institution shown by its bare name, as several countries' are.</summary>
    private string WithCountry(string name, List<int> chainIndexes, Archive archive)
    {
        if (!chainIndexes.Exists(chain => archive.CountryOfKey.ContainsKey(archive.Keys[chain])))
        {
            return name; // nearly every entity
        }

        var key = chainIndexes.GroupBy(chain => archive.Keys[chain], StringComparer.Ordinal)
            .OrderByDescending(sameKey => sameKey.Count()).ThenBy(sameKey => sameKey.Key, StringComparer.Ordinal).First().Key;
        return archive.CountryOfKey.TryGetValue(key, out var country) && !_institutions.NamesCountry(KeyOf(name)) ? $"{name} ({country})" : name;
    }

    /// <summary>
    /// The complete form the mentions use most (ties: the longer, then ordinal): no titled form, no acronym or surname
    /// alone when a fuller form is used, not in capitals when the same name is written in mixed case, not an abbreviation
    /// ("Fla.") when a form without a final dot is used; the listed name ("United States") when the articles use it at
    /// all. A complete form only one article wrote does not win over one that several wrote ("Essex County Facebook" once
    /// against "Facebook" in 58 articles), and an organisation's longer form must be used in at least a third as many
    /// articles as its one-word name ("Boeing", not "Boeing Commercial Airplanes"; "Indianapolis Colts", not "Colts").
    /// </summary>
    private string DisplayName(EntityType type, List<ArchiveChain> chains, List<int> chainIndexes, Archive archive)
    {
        var named = chains.SelectMany(chain => chain.Names.Where(name => !name.IsTitled).Select(name => (chain.Article, Name: name))).ToList();
        var uses = named.GroupBy(use => use.Name.Text, StringComparer.Ordinal)
            .Select(group => new NameUseTotal(
                group.Key, group.Sum(use => use.Name.Mentions), group.Select(use => use.Article).Distinct().Count(), IsComplete(type, group.Key), SpellingFamily(group.Key)))
            .ToList();
        if (uses.Count == 0)
        {
            return chains[0].Name;
        }

        if (variants.Listed(archive.Keys[chainIndexes[0]]) is { } listed && uses.Any(use => NameKey.Loose(use.Text) == NameKey.Loose(listed.Name)))
        {
            return listed.Name;
        }

        // Spellings of one name count together ("José Ramos-Horta", "Jose Ramos Horta" ... against "Ramos Horta").
        var familyOf = uses.ToDictionary(use => use.Text, use => use.Family, StringComparer.Ordinal);
        var familyArticles = named.GroupBy(use => familyOf[use.Name.Text], StringComparer.Ordinal)
            .ToDictionary(family => family.Key, family => family.Select(use => use.Article).Distinct().Count(), StringComparer.Ordinal);
        var complete = uses.Where(use => use.IsComplete).ToList();
        if (complete.Any(use => familyArticles[use.Family] >= 2))
        {
            complete = [.. complete.Where(use => familyArticles[use.Family] >= 2)];
        }

        if (type == EntityType.Organisation)
        {
            // "Microsoft Corp" beside "Microsoft": the legal form is no part of the name readers use.
            var written = uses.Select(use => NameKey.Loose(use.Text)).ToHashSet(StringComparer.Ordinal);
            complete = [.. complete.Where(use => NameWords.WithoutLegalForm(use.Text) is not { } bare || !written.Contains(NameKey.Loose(bare)))];

            // "Michigan Supreme Court" beside the bare "Supreme Court" its article goes on to use: the place's body, where the
            // articles write the place as often as not.
            complete = [.. complete.Where(use => !complete.Any(other => other.Articles >= use.Articles && other.Text.Length > use.Text.Length + 1
                && other.Text.EndsWith(" " + use.Text, StringComparison.Ordinal) && gazetteer.IsPlaceOrNationality(other.Text[..^(use.Text.Length + 1)])))];
        }

        if (type == EntityType.Organisation && uses.Where(use => !use.IsComplete && !RoleChain.IsAcronym(use.Text)).Select(use => use.Articles).DefaultIfEmpty().Max() is var oneWord and > 0)
        {
            complete = [.. complete.Where(use => 3 * use.Articles >= oneWord)];
        }

        var acronyms = uses.Where(use => RoleChain.IsAcronym(use.Text)).Select(use => NameKey.Loose(use.Text)).ToHashSet(StringComparer.Ordinal);
        var spelledOut = uses.Where(use => use.Text.Length > 0 && (char.IsUpper(use.Text[0]) || WordChars.HasCapitalInside(use.Text)) // and "eBay"
            && !use.IsComplete && !acronyms.Contains(NameKey.Loose(use.Text))).ToList(); // not "Nasa" for "NASA"
        var pool = type == EntityType.Place ? uses
            : complete.Count > 0 ? complete
            : spelledOut.Count > 0 ? spelledOut : uses; // "Hewlett-Packard", not "HP"
        var mixedCase = pool.Where(use => use.Text.Any(char.IsLower)).ToList();
        if (mixedCase.Count > 0 && type != EntityType.Organisation)
        {
            pool = mixedCase;
        }

        // "Fla." from a wire dateline is Florida's abbreviation, however many datelines use it.
        if (pool.Any(use => !use.Text.EndsWith('.')))
        {
            pool = [.. pool.Where(use => !use.Text.EndsWith('.'))];
        }

        // The most used spelling of the most used name.
        var familyMentions = pool.GroupBy(use => use.Family, StringComparer.Ordinal).ToDictionary(family => family.Key, family => family.Sum(use => use.Mentions), StringComparer.Ordinal);
        return pool.OrderByDescending(use => familyMentions[use.Family]).ThenByDescending(use => use.Mentions)
            .ThenByDescending(use => use.Text.Length).ThenBy(use => use.Text, StringComparer.Ordinal).First().Text;
    }

    /// <summary>A name without accents, with spaces for hyphens: "José Ramos-Horta" and "Jose Ramos Horta" are one spelling family.</summary>
    private static string SpellingFamily(string name) => NameKey.WithoutAccents(NameKey.Of(name)).Replace('-', ' ');

    /// <summary>
    /// A person's given name and surname ("Osama bin Laden", "Al Gore", "Elizabeth II"; not "bin Laden" or "La Riva");
    /// another entity's name of two words or more besides "The", not an acronym.
    /// </summary>
    private bool IsComplete(EntityType type, string text)
    {
        if (type == EntityType.Person)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return PersonName.Of(NameKey.Loose(text)).IsFull || (space > 0 && gazetteer.IsFirstName(text[..space]));
        }

        var name = text.StartsWith("The ", StringComparison.Ordinal) ? text[4..] : text;
        return name.Contains(' ', StringComparison.Ordinal) && !RoleChain.IsAcronym(name);
    }

    /// <summary>A chain that shows a person: a name written with a title ("Mayor Ruiz") or opening with a listed given name, or a people ("Turks").</summary>
    private bool ShowsPerson(ArchiveChain chain) => gazetteer.IsPeopleGroup(chain.Name)
        || chain.Names.Any(name => name.IsTitled || (name.Text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && gazetteer.IsFirstName(name.Text[..space])));

    private sealed record NameUseTotal(string Text, int Mentions, int Articles, bool IsComplete, string Family);

    /// <summary>Whether the host writes the short form as it is written, accents and all (an ASCII short form always passes).</summary>
    private static bool WrittenWithin(Node shortForm, Node host) =>
        Ascii.IsValid(shortForm.Written) || NameKey.Loose(host.Written).Contains(NameKey.Loose(shortForm.Written), StringComparison.Ordinal);

    /// <summary>The only node, or the one used in far more articles than any other ("Jacksonville Jaguars" over "Jacksonville Port Authority").</summary>
    private static Node? Dominant(List<Node> nodes)
    {
        var ranked = nodes.OrderByDescending(node => node.Articles).ThenBy(node => node.Index).ToList();
        return ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Articles >= 3 * ranked[1].Articles) ? ranked[0] : null;
    }

    private static Node? Single(IEnumerable<Node> nodes)
    {
        using var enumerator = nodes.GetEnumerator();
        if (!enumerator.MoveNext()) return null;
        var first = enumerator.Current;
        return enumerator.MoveNext() ? null : first;
    }

    /// <summary>
    /// The letters a name's initials spell, and with the "Corporation" or "Company" its key leaves out: "SMBC" for
    /// "Sumitomo Mitsui Banking Corporation", "ABC" for the "Australian Broadcasting Corporation".
    /// </summary>
    private static IEnumerable<string> LettersOf(Node node)
    {
        var initials = Initials(node.Words);
        yield return initials;
        if (node.Written.EndsWith(" Corporation", StringComparison.Ordinal) || node.Written.EndsWith(" Company", StringComparison.Ordinal)) yield return initials + "c";
    }

    private static string Initials(string[] words) => string.Concat(words
        .Where(word => word.Length > 0 && word is not ("of" or "and" or "the" or "for" or "&" or "at" or "on" or "in"))
        .Select(word => word[0]));


    [GeneratedRegex(@"(?<=^[\p{L}\d-]+)\.com$", RegexOptions.CultureInvariant)]
    private static partial Regex DotCom();

    [GeneratedRegex(@"^mt\.? ", RegexOptions.CultureInvariant)]
    private static partial Regex MountAbbreviation();

    [GeneratedRegex(@"\b(ministry|department) of the ", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOfThe();

    [GeneratedRegex(@"(?<=^|[ -])st\.? (?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SaintAbbreviation();

    [GeneratedRegex(@"^([nsew]) (?=\p{L}{3})", RegexOptions.CultureInvariant)]
    private static partial Regex CompassInitial();

    private static readonly FrozenDictionary<string, string> CompassWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["n"] = "North ", ["s"] = "South ", ["e"] = "East ", ["w"] = "West ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@" international airport$", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalAirport();

    [GeneratedRegex(@"\b(\p{L})\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex InitialDot();

    [GeneratedRegex(@"\b\p{L}(?:\.\p{L})+\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAcronym();

    [GeneratedRegex(@",?\s+(?:inc\.?|incorporated|corp\.?|corporation|co\.|ltd\.?|limited|plc|llc|f\.?c\.?|a\.?f\.?c\.?|oyj|asa|a/s|as|ab|ag|gmbh|ltda\.?|s\.a\.|s\.p\.a\.|n\.v\.|b\.v\.|sa|spa|nv|bv|pty\.? ltd\.?|bhd\.?|berhad|tbk\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffix();

    // A company's legal form, evidence of its type: CompanySuffix without a club's "FC", with "Company".
    [GeneratedRegex(@",?\s+(?:inc\.?|incorporated|corp\.?|corporation|co\.|company|ltd\.?|limited|plc|llc)$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();

    /// <summary>The chains, and the distinct (key, type) names they are blocked into.</summary>
    private sealed class Archive
    {
        public Archive(
            IReadOnlyList<ArchiveChain> chains, string[] keys, Func<string, bool> isPlace, Func<ArchiveChain, bool> isEvidentlyPerson, Func<string, bool> isCompanyWord)
        {
            Chains = chains;
            Keys = keys;
            NodeOfChain = new int[chains.Count];
            var byKey = Enumerable.Range(0, chains.Count).GroupBy(chain => keys[chain], StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal);
            foreach (var sameKey in byKey)
            {
                var typed = sameKey.GroupBy(chain => chains[chain].Type).OrderBy(votes => votes.Key).ToList();
                var total = typed.Sum(votes => votes.Sum(chain => chains[chain].Mentions));
                // "Nordex" a company in two articles and a person in two, "Tierra Amarilla" a town and a person: where a name's
                // other type is common enough to stand on its own, the name is a person too only if some article shows it is
                // one (a title, a listed given name), not where the tagger guessed so from a lone name.
                bool PersonShown() => sameKey.Any(chain => chains[chain].Type == EntityType.Person && isEvidentlyPerson(chains[chain]));
                var personUnshown = typed.Count > 1 && typed.Exists(votes => votes.Key == EntityType.Person)
                    && OtherTypeStandsAlone(chains, sameKey, total) && !PersonShown();
                // A company's own word ("Brandt-Kellerman" of "Brandt-Kellerman Therapeutics") that no article shows to be a
                // person is the company, however often the tagger guessed a person from the lone name.
                var isCompany = isCompanyWord(sameKey.Key) && !isPlace(chains[sameKey.First()].Name) && !PersonShown();
                var majority = isCompany ? EntityType.Organisation : typed.Where(votes => !personUnshown || votes.Key != EntityType.Person)
                    .OrderByDescending(votes => votes.Sum(chain => chains[chain].Mentions)).First().Key;
                // "Chairman Mao Zedong" in one article, the tagger's organisation "Mao Zedong" in another with more mentions: a
                // title before a full name is a rule's evidence and outvotes the tagger's guess (but not a company's legal form).
                if (majority != EntityType.Person && !isCompany && sameKey.Key.Contains(' ', StringComparison.Ordinal) && !isPlace(chains[sameKey.First()].Name)
                    && sameKey.Any(chain => chains[chain].Type == EntityType.Person && chains[chain].Names.Any(name => name.IsTitled))
                    && !sameKey.Any(chain => chains[chain].Type == EntityType.Organisation && chains[chain].Names.Any(name => LegalForm().IsMatch(NameKey.Loose(name.Text)))))
                {
                    majority = EntityType.Person;
                }

                // "Vice President Al Gore", "Ambassador Zalmay Khalilzad": a title is a rule's evidence of a person, where the
                // other type is only the tagger's guess (Al Gore a place in 3 articles). Only for a full name: "President
                // Ford" does not make Ford Motor's "Ford" a person; nor for a listed place ("Washington").
                // Likewise a company's legal form: "Hewlett-Packard Co." makes the place "Hewlett-Packard" of 3 articles the company
                // (not a club's "FC": "Chelsea FC" and the district).
                var ruleTyped = !isPlace(chains[sameKey.First()].Name) && majority switch
                {
                    EntityType.Person => sameKey.Key.Contains(' ', StringComparison.Ordinal)
                        && sameKey.Any(chain => chains[chain].Type == EntityType.Person && chains[chain].Names.Any(name => name.IsTitled)),
                    EntityType.Organisation => sameKey.Any(chain => chains[chain].Type == EntityType.Organisation && chains[chain].Names.Any(name => LegalForm().IsMatch(NameKey.Loose(name.Text)))),
                    _ => false,
                };
                var nodes = new Dictionary<EntityType, Node>();
                foreach (var votes in typed)
                {
                    // A city and its team (Liverpool) are both common in news: the team's share can be small and still real.
                    var share = (double)votes.Sum(chain => chains[chain].Mentions) / total;
                    var placeOrOrganisation = votes.Key != EntityType.Person && majority != EntityType.Person;
                    var keptApart = (share >= SeparateTypeShare || (placeOrOrganisation && share >= SeparatePlaceOrganisationShare))
                        && votes.Select(chain => chains[chain].Article).Distinct().Count() >= 2 && !ruleTyped
                        && !((personUnshown || isCompany) && votes.Key == EntityType.Person);
                    // "areas such as Bolton": a listed place its article reads as a place stays one, however often the archive
                    // writes the name alone for a person of that surname (John Bolton).
                    var listedPlace = votes.Key == EntityType.Place && majority == EntityType.Person && !sameKey.Key.Contains(' ', StringComparison.Ordinal)
                        && isPlace(chains[votes.First()].Name);
                    var type = votes.Key == majority || keptApart || listedPlace ? votes.Key : majority;
                    foreach (var chain in votes)
                    {
                        // "President Fox" (Vicente Fox) is no part of Fox News, however often the archive writes "Fox" for the
                        // channel: a person its article gives a title stays a person (not a common or portfolio word: "Deputy Assistant Treasury").
                        var chainType = votes.Key == EntityType.Person && chains[chain].Names.Any(name => name.IsTitled) && !IsCommonOrPortfolioWord(WordChars.Capitalised(sameKey.Key))
                            ? EntityType.Person : type;
                        if (!nodes.TryGetValue(chainType, out var node))
                        {
                            nodes[chainType] = node = new Node(Nodes.Count, sameKey.Key, chainType, IsAcronym(chains[votes.First()].Name)) { Written = chains[votes.First()].Name };
                            Nodes.Add(node);
                        }

                        NodeOfChain[chain] = node.Index;
                        node.ArticleSet.Add(chains[chain].Article);
                    }
                }
            }
        }

        private static bool IsCommonOrPortfolioWord(string word) => SentenceWords.IsCommonWord(word) || RoleWords.IsPortfolio(word);

        /// <summary>
        /// Whether the name's types other than person are common enough to stand alone (2+ articles,
        /// <see cref="SeparateTypeShare"/> of the mentions).
        /// </summary>
        private static bool OtherTypeStandsAlone(IReadOnlyList<ArchiveChain> chains, IEnumerable<int> sameKey, int total)
        {
            var other = sameKey.Where(chain => chains[chain].Type != EntityType.Person).ToList();
            return (double)other.Sum(chain => chains[chain].Mentions) / total >= SeparateTypeShare
                && other.Select(chain => chains[chain].Article).Distinct().Count() >= 2;
        }

        public IReadOnlyList<ArchiveChain> Chains { get; }

        public string[] Keys { get; }

        public List<Node> Nodes { get; } = [];

        public int[] NodeOfChain { get; }

        /// <summary>The chains of the node (its index), in order.</summary>
        public IEnumerable<int> ChainsOfNode(int node) => (_chainsOfNode ??= Enumerable.Range(0, NodeOfChain.Length).ToLookup(chain => NodeOfChain[chain]))[node];

        /// <summary>The chains of the article, in order.</summary>
        public IEnumerable<int> ChainsOfArticle(int article) => ChainsByArticle[article];

        private ILookup<int, int> ChainsByArticle => _chainsByArticle ??= Enumerable.Range(0, Chains.Count).ToLookup(chain => Chains[chain].Article);

        private ILookup<int, int>? _chainsOfNode;
        private ILookup<int, int>? _chainsByArticle;

        /// <summary>For a key that names one country's institution ("pakistan supreme court"), the country's name.</summary>
        public IReadOnlyDictionary<string, string> CountryOfKey { get; init; } = new Dictionary<string, string>();

        public int ArticleCount => ChainsByArticle.Count;

        // "PG&E Corp" is the acronym "PG&E" with a company's legal form.
        private static bool IsAcronym(string name) => IsBareAcronym(name) || IsBareAcronym(name[..CompanySuffix().Replace(name.ToLowerInvariant(), "").Length]);

        private static bool IsBareAcronym(string name) => RoleChain.IsAcronym(name) || (name.Length <= 6 && !name.Any(char.IsLower) && name.Any(char.IsLetter));
    }

    /// <summary>
    /// Who is mentioned with whom: for an entity, how many of its articles mention each other entity, and how telling
    /// each other entity is (idf: a country in every other article tells little, a party or a colleague a lot).
    /// </summary>
    private sealed class ContextProfiles
    {
        private readonly Archive _archive;
        private readonly int[] _target;
        private readonly Dictionary<int, HashSet<int>> _articlesByRoot = [];
        private readonly Dictionary<int, Dictionary<int, int>> _profiles = [];

        public ContextProfiles(Archive archive, int[] target)
        {
            _archive = archive;
            _target = target;
            for (var chain = 0; chain < target.Length; chain++)
            {
                if (!_articlesByRoot.TryGetValue(target[chain], out var articles)) _articlesByRoot[target[chain]] = articles = [];
                articles.Add(archive.Chains[chain].Article);
            }
        }

        public int Articles(int root) => _articlesByRoot.TryGetValue(root, out var articles) ? articles.Count : 0;

        public bool IsInArticle(int root, int article) => _articlesByRoot.TryGetValue(root, out var articles) && articles.Contains(article);

        /// <summary>How many articles the archive holds.</summary>
        public int ArticleCount => _archive.ArticleCount;

        /// <summary>Sum over the other entities of the chain's article: the share of the candidate's articles that mention it too, times its idf.</summary>
        public double Score(int root, int chain)
        {
            var profile = Profile(root);
            var articles = Articles(root);
            var own = _target[chain];
            var score = 0.0;
            foreach (var other in _archive.ChainsOfArticle(_archive.Chains[chain].Article).Select(index => _target[index]).Distinct())
            {
                if (other != own && other != root && profile.TryGetValue(other, out var together))
                {
                    // Smoothed, so that a name seen in one article does not "always" go with what that article mentions.
                    score += (double)together / (articles + 2) * Math.Log((ArticleCount + 1.0) / (Articles(other) + 1.0));
                }
            }

            return score;
        }

        private Dictionary<int, int> Profile(int root)
        {
            if (_profiles.TryGetValue(root, out var profile))
            {
                return profile;
            }

            profile = [];
            foreach (var article in _articlesByRoot.GetValueOrDefault(root) ?? [])
            {
                foreach (var other in _archive.ChainsOfArticle(article).Select(index => _target[index]).Where(other => other != root).Distinct())
                {
                    profile[other] = profile.GetValueOrDefault(other) + 1;
                }
            }

            return _profiles[root] = profile;
        }
    }

    /// <summary>Union-find over name nodes, with path halving.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parents = Enumerable.Range(0, count).ToArray();

        public int Find(int index)
        {
            while (_parents[index] != index)
            {
                _parents[index] = _parents[_parents[index]];
                index = _parents[index];
            }

            return index;
        }

        /// <summary>Joins the two sets under the smaller root, so the result does not depend on the order of calls.</summary>
        public void Union(int a, int b)
        {
            var (rootA, rootB) = (Find(a), Find(b));
            if (rootA != rootB)
            {
                _parents[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
            }
        }
    }

    /// <summary>One name key of one type, and the articles that use it.</summary>
    private sealed class Node(int index, string key, EntityType type, bool isAcronym)
    {
        private PersonName? _person;

        public int Index => index;

        public string Key => key;

        public EntityType Type => type;

        public bool IsAcronym => isAcronym;

        public string[] Words { get; } = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        public PersonName Person => _person ??= PersonName.Of(key);

        public HashSet<int> ArticleSet { get; } = [];

        public int Articles => ArticleSet.Count;

        /// <summary>The name as one of its chains writes it, accents kept.</summary>
        public required string Written { get; init; }
    }
}
