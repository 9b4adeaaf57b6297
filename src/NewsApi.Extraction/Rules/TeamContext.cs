using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Chelsea beat Arsenal 2-1", "Liverpool's manager", "the Jaguars' win over Indianapolis": a city named where a match,
/// a result or a squad is is its team, an organisation. Read in a few words either side of the name.
/// </summary>
internal static partial class TeamContext
{
    private const int Window = 3;

    // Words that mean sport wherever they are.
    private static readonly FrozenSet<string> Cues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "beat", "beats", "beaten", "beating", "drew", "drawn", "v", "vs", "vs.", "fans", "manager", "striker", "midfielder",
        "defender", "goalkeeper", "squad", "coach", "quarterback", "league", "cup", "champions", "match", "kick-off", "scored",
        "goal", "goals", "thrashed", "edged", "knock", "knocked", "stun", "stunned", "relegation", "promotion", "playoffs",
        "play-offs", "touchdown", "fixture", "derby", "rout", "routed", "boss", "players", "semi-final", "quarter-final",
        "top-four", "supporters", "club", "clubs", "scoring", "penalty", "header", "touchdowns", "punt", "quarterbacks",
        "innings", "wicket", "wickets", "inning", "homer", "rebounds", "strikers", "midfielders", "defenders",
        "playoff", "All-Star", "assists", "roster", "teammate", "teammates", "preseason", "postseason", "MVP", "championship",
    ]);

    // Words an opponent's name follows: "beat Gorica", "against Lokomotiva", "Dinamo v Osijek", "a win over Hawthorn", "the
    // final between Collingwood and the Brisbane Lions".
    private static readonly FrozenSet<string> OpponentWords = FrozenSet.Create(StringComparer.Ordinal, ["beat", "beating", "v", "vs", "vs.", "against", "over", "between"]);

    // "stay in Indianapolis", "fans in Denver": after these a city is the place, whatever the article is about ("to", "at"
    // and "from" are not among them: "lost 2-1 to Everton", "signed from Liverpool").
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "in", "near", "outside", "into", "across", "around", "via", "toward", "towards", "inside", "within", "throughout",
        "visit", "visited", "visiting",
    ]);

    // "the city of Indianapolis", "the mayor of Liverpool" (but "four points ahead of Liverpool" is the team).
    private static readonly FrozenSet<string> PlaceNounsBeforeOf = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "city", "town", "mayor", "people", "residents", "streets", "centre", "center", "outskirts", "suburbs", "port", "county",
        "state", "university", "citizens", "heart", "north", "south", "east", "west", "area", "region",
    ]);

    /// <summary>"city", "streets", "mayor": a noun that, before "of", says a place's name follows ("the streets of Carrasco").</summary>
    public static bool IsPlaceNounBeforeOf(string word) => PlaceNounsBeforeOf.Contains(word);

    // A sports report has several of these, at least one word in 50 (the team-written reports: 1 in 8 to 1 in 30); other
    // news has one or two in a long text ("the match of the two leaders", "the Arab League"): 8 of the 3,741 Wikinews
    // articles pass, all about sport but one about a "club" of shops.
    private const int SportDocumentCues = 3;
    private const int SportDocumentWordsPerCue = 50;

    // Words as common around a city in politics ("held talks in Brussels", "won Ohio"): sport only in a sentence that
    // says sport elsewhere too.
    private static readonly FrozenSet<string> SentenceCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "win", "wins", "won", "victory", "lost", "lose", "loses", "defeat", "defeated", "draw", "draws", "held", "meet", "meets",
        "side", "final", "title", "round", "season", "signed", "sign", "signs", "signing", "transfer", "hosts", "hosted",
        "visitors", "pressure", "points", "table", "game", "games", "captain", "kit", "host", "face", "faces", "faced", "trip", "travel",
        "travels", "play", "plays", "played", "against", "level", "rivals", "leaders", "losing", "loss", "losses", "teams",
        "coordinator", "forward", "forwards", "winger", "wingers", "full-back", "fly-half", "scrum-half", "flanker", "centre-back",
    ]);

    /// <summary>
    /// Spanish words that open clubs' names and nothing else's ("Independiente Medellín", "Atlético Nacional"), so that
    /// they name a body wherever they open a name (<see cref="ForeignBodyNames"/>).
    /// </summary>
    public static readonly IReadOnlyCollection<string> SpanishClubWords =
        ["Independiente", "Atlético", "Deportivo", "Deportes", "Estudiantes", "Universitario"];

    // Words that make a city's name a club's: "Real Madrid", "Inter Milan", "Borussia Dortmund".
    private static readonly FrozenSet<string> ClubPrefixes = SpanishClubWords.Concat(
    [
        "Real", "Atletico", "Inter", "Sporting", "Dynamo", "Dinamo", "Racing", "Olympique", "Borussia", "Bayer",
        "Hertha", "Athletic", "Sparta", "Slavia", "Lokomotiv", "Spartak", "Partizan", "Galatasaray", "Ajax", "Bayern",
    ]).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsClubPrefix(string word) => ClubPrefixes.Contains(word);

    /// <summary>
    /// "Morientes left Real Madrid ... eight seasons at Madrid": where the article names a club after a city, the city's
    /// name alone is the club too.
    /// </summary>
    public static void RetypeClubCities(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        var clubCities = mentions.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => mention.Text.Split(' '))
            .Where(words => words.Length >= 2 && IsClubPrefix(words[0]))
            .Select(words => string.Join(' ', words[1..]))
            .ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            // Not "fans in Medellín": the city itself.
            if (mentions[index].Type == EntityType.Place && clubCities.Contains(mentions[index].Text) && !IsInsideOrganisation(mentions[index], mentions)
                && !(texts.TryGetValue(mentions[index].Field, out var text) && Locatives.Contains(NameWords.WordBefore(text, mentions[index].Start))))
            {
                mentions[index] = mentions[index] with { Type = EntityType.Organisation };
            }
        }
    }

    /// <summary>
    /// The town of a listed club the article names in full is the club ("Tottenham Hotspur ... after Tottenham rejected",
    /// "Chennai Super Kings ... Chennai bought"), and so is the word the tagger took for a person ("Charlton Athletic ...
    /// Charlton"), except inside a longer name, where the text names the town as a place ("fans in Tottenham") or someone
    /// by that surname. Run after <see cref="RetypeTeamCities"/>, which reads the places left.
    /// </summary>
    public static void RetypeClubTowns(List<NameMention> mentions, Gazetteer gazetteer, IReadOnlyDictionary<TextField, string> texts)
    {
        var clubTowns = mentions.Where(mention => mention.Type == EntityType.Organisation && IsNamedClub(mention.Text, gazetteer))
            .Select(mention => ClubTown(mention.Text.Split(' '), gazetteer)).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        if (clubTowns.Count == 0) return;

        var surnames = NameWords.SurnamesNamedInFull(mentions);
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention is { Type: EntityType.Place or EntityType.Person, IsCertain: false, Roles.Count: 0, TitledText: null } && clubTowns.Contains(mention.Text)
                && !IsInsideLongerName(mention, mentions) && !surnames.Contains(mention.Text)
                && !(texts.TryGetValue(mention.Field, out var text) && Locatives.Contains(NameWords.WordBefore(text, mention.Start))))
            {
                mentions[index] = mention with { Type = EntityType.Organisation, IsTeam = true };
            }
        }
    }

    /// <summary>A listed club ("Tottenham Hotspur") or one named by a word only clubs' names end with ("Charlton Athletic").</summary>
    public static bool IsNamedClub(string name, Gazetteer gazetteer) =>
        gazetteer.IsSportsClub(name)
        || (name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && name.IndexOf(' ', space + 1) < 0 && NameWords.IsClubWord(name[(space + 1)..]));

    /// <summary>
    /// "Tottenham" of "Tottenham Hotspur", "Chennai" of "Chennai Super Kings": a two-word club's first word, or the listed
    /// place a longer name opens with. Not a country ("New Zealand Cricket" is the sport's board, not the team), nor the
    /// town of a club named United, City, Town or County, which often has another club ("Dundee" beside "Dundee United").
    /// </summary>
    public static string? ClubTown(string[] words, Gazetteer gazetteer)
    {
        if (words[^1] is "United" or "City" or "Town" or "County") return null;
        var town = words.Length == 2 ? words[0]
            : Enumerable.Range(1, words.Length - 1).Reverse().Select(cut => string.Join(' ', words[..cut])).FirstOrDefault(gazetteer.IsPlace);
        return town is null || IsClubPrefix(town) || gazetteer.IsCountry(town) ? null : town;
    }

    /// <summary>
    /// One sense per article for a city that is a team in it. In a sports report (one word in 50 a sport word) a listed city next
    /// to a result word ("Liverpool are five points behind") is its team, and so is a city whose team the article names in
    /// full ("the Indianapolis Colts ... but Indianapolis could not run out the clock") in a sentence about play. Once a
    /// city is a team in an article, its other mentions there are the team too, except after "in", "near", "the city
    /// of" ... ("would stay in Indianapolis") and in the dateline, which name the place.
    /// </summary>
    public static void RetypeTeamCities(
        IReadOnlyList<(TextField Field, IReadOnlyList<Sentence> Sentences)> fields, bool isSportsReport, List<NameMention> mentions, Gazetteer gazetteer)
    {
        if (!isSportsReport)
        {
            return;
        }

        bool IsCity(string text) => gazetteer.IsPlace(text) && !gazetteer.IsNation(text);

        // "the side that beat Gorica", "the game against Lokomotiva", "Collingwood beat Hawthorn": a town too small for the
        // place lists, right before or after a word that only an opponent is next to in a sports report; not a region.
        bool IsUnlistedOpponent(NameMention mention) =>
            !mention.Text.Contains(' ') && !gazetteer.IsPlace(mention.Text) && !NameLists.Default.IsRegion(mention.Text)
            && Locate(fields, mention) is var (tokens, first, end)
            && ((first > 0 && OpponentWords.Contains(tokens[first - 1].Text)) || (end < tokens.Length && tokens[end].Text is "beat" or "v" or "vs" or "vs."));

        // "the Kansas City Chiefs" tagged as a place: a city and a plural nickname in a sentence about play is the team.
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Place, IsCertain: false } mention && TeamCity(mention.Text, IsCity) is not null
                && Locate(fields, mention) is var (tokens, _, _) && tokens.Any(token => IsCue(token.Text)))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }

        var cities = mentions.Where(mention => mention.Type == EntityType.Place && !mention.IsCertain && (IsCity(mention.Text) || IsUnlistedOpponent(mention))
            && !IsInsideOrganisation(mention, mentions)).ToList();
        if (cities.Count == 0)
        {
            return;
        }

        var namedTeams = mentions.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => TeamCity(mention.Text, IsCity)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var teams = mentions.Where(mention => mention.Type == EntityType.Organisation && IsCity(mention.Text))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        var placed = new List<(NameMention Mention, Token[] Tokens, int First, int End)>();
        foreach (var city in cities)
        {
            if (Locate(fields, city) is not var (tokens, first, end) || NamesThePlace(tokens, first))
            {
                continue;
            }

            placed.Add((city, tokens, first, end));
            var aroundResult = Enumerable.Range(Math.Max(0, first - Window), Math.Min(tokens.Length, end + Window) - Math.Max(0, first - Window))
                .Any(index => (index < first || index >= end) && (IsCue(tokens[index].Text) || SentenceCues.Contains(tokens[index].Text)));
            var playOfNamedTeam = namedTeams.Contains(city.Text) && tokens.Any(token => IsCue(token.Text));
            if (aroundResult || playOfNamedTeam || IsPlayersClub(city, tokens, first, end, mentions))
            {
                teams.Add(city.Text);
            }
        }

        if (teams.Count == 0)
        {
            return;
        }

        // "level with Liverpool and Barcelona", "Chelsea, Arsenal and Everton": a city listed with a team is one too.
        bool IsListedWithTeam(Token[] tokens, int first, int end) =>
            (first >= 2 && tokens[first - 1].Text is "and" or "or" or "," && IsTeamWord(tokens, first - 2))
            || (end + 1 < tokens.Length && tokens[end].Text is "and" or "or" or "," && IsTeamWord(tokens, end + 1));
        bool IsTeamWord(Token[] tokens, int index) => teams.Contains(tokens[index].Text) || namedTeams.Contains(tokens[index].Text);
        for (var added = true; added;)
        {
            added = false;
            foreach (var (city, tokens, first, end) in placed.Where(found => !teams.Contains(found.Mention.Text)))
            {
                if (IsListedWithTeam(tokens, first, end)) added |= teams.Add(city.Text);
            }
        }

        var retyped = placed.Select(found => found.Mention).Where(city => teams.Contains(city.Text)).ToHashSet();
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            // The headline's copy of a name follows the text's ("Benitez insists Liverpool can still finish fourth").
            if (retyped.Contains(mention) || (teams.Contains(mention.Text)
                    && (mention.Type == EntityType.Organisation || (mention.Field == TextField.Headline && !mention.IsCertain))))
            {
                mentions[index] = mention with { Type = EntityType.Organisation, IsTeam = true };
            }
        }
    }

    /// <summary>
    /// "Game 4 on Sunday at Rogers Place", "the series shifts back to Canada Life Centre": in a sports report a name ending
    /// in a venue's word after "at" or "to" is the venue, a place, wherever the article names it, whatever the tagger read
    /// ("Centre" and "Place" end organisations' and people's names too). So is a person's name written as a ground's, after
    /// "the" and such a preposition ("we can turn this around at the Atanasio Girardot"): a stadium named after someone.
    /// </summary>
    public static void RetypeVenues(IReadOnlyList<(TextField Field, IReadOnlyList<Sentence> Sentences)> fields, bool isSportsReport, List<NameMention> mentions)
    {
        if (!isSportsReport || !mentions.Any(mention => mention.Type != EntityType.Place && (IsVenueName(mention.Text) || IsPlainPersonsName(mention))))
        {
            return;
        }

        var venues = mentions.Where(mention => mention.Type != EntityType.Place && !mention.IsCertain && (IsVenueName(mention.Text) || IsPlainPersonsName(mention))
                && Locate(fields, mention) is var (tokens, first, end)
                && (IsVenueName(mention.Text) ? IsAfterVenuePreposition(tokens, first) : IsWrittenAsGround(tokens, first, end)))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (venues.Contains(mentions[index].Text) && !mentions[index].IsCertain)
            {
                mentions[index] = mentions[index] with { Type = EntityType.Place };
            }
        }
    }

    /// <summary>
    /// "England were bowled out for 180", "Scotland beat Wales": a country's team is named by the country, which stays a
    /// place wherever the tagger read an organisation, as news gold has it (GUM: "the silver medal going to Poland"). A
    /// city's name is its club's (<see cref="RetypeTeamCities"/>), a nation's never is (<see cref="Gazetteer.IsNation"/>).
    /// </summary>
    public static void KeepCountriesPlaces(List<NameMention> mentions, Gazetteer gazetteer)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Organisation, IsCertain: false } mention && gazetteer.IsNation(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    private static readonly FrozenSet<string> VenueWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Centre", "Center", "Place", "Arena", "Garden", "Gardens", "Dome", "Stadium", "Coliseum", "Field", "Park", "Oval", "Ground",
    ]);

    /// <summary>
    /// "at the [Atanasio Girardot] on August 20", "from the [Atanasio Girardot] stadium": after "the" and a preposition of
    /// place, and not before another name's word or a noun ("the Sani Abacha Stadium", "the Plunket Shield season").
    /// </summary>
    private static bool IsWrittenAsGround(Token[] tokens, int first, int end) =>
        first > 1 && tokens[first - 1].Text == "the" && VenuePrepositions.Contains(tokens[first - 2].Text)
        && (end == tokens.Length || !char.IsLetter(tokens[end].Text[0]) || WordsAfterGround.Contains(tokens[end].Text));

    private static readonly FrozenSet<string> WordsAfterGround = FrozenSet.Create(StringComparer.Ordinal,
    [
        "stadium", "ground", "on", "in", "until", "for", "and", "where", "when", "last", "this", "next", "before", "after", "since",
    ]);

    private static bool IsPlainPersonsName(NameMention mention) =>
        mention is { Type: EntityType.Person, Roles.Count: 0, TitledText: null } && mention.Text.Contains(' ', StringComparison.Ordinal);

    private static bool IsVenueName(string name) => name.LastIndexOf(' ') is > 0 and var space && VenueWords.Contains(name[(space + 1)..]);

    private static bool IsAfterVenuePreposition(Token[] tokens, int first) =>
        first > 0 && (VenuePrepositions.Contains(tokens[first - 1].Text) || (first > 1 && tokens[first - 1].Text == "the" && VenuePrepositions.Contains(tokens[first - 2].Text)));

    // "at the United Center", "30 miles from the United Center", "gathered outside the Bradley Center".
    private static readonly FrozenSet<string> VenuePrepositions = FrozenSet.Create(StringComparer.Ordinal, ["at", "to", "from", "outside", "inside", "near"]);

    /// <summary>
    /// "as the Titans pulled away", "the Steelers fumbled twice", "in a Bulls hat", "Bulls coach Ron Whitaker": in an
    /// article about sport a listed club's plural nickname inside a sentence (not its first word) names the team, which the
    /// tagger, reading "the" and a plural, often leaves out or takes for a person. Run before <see cref="AliasMerger"/>,
    /// which joins it to the city's team of the same club.
    /// </summary>
    public static void AddNicknames(
        IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields, bool isAboutSport, List<NameMention> mentions, Gazetteer gazetteer)
    {
        if (!isAboutSport) return;
        var found = new List<NameMention>();
        foreach (var (field, text, sentences) in fields)
        {
            foreach (var sentence in sentences)
            {
                var tokens = sentence.Tokens;
                for (var index = 1; index < tokens.Length; index++)
                {
                    if (!gazetteer.IsClubNickname(tokens[index].Text) || (index + 1 < tokens.Length && NameWords.IsCapitalised(tokens[index + 1].Text)))
                    {
                        continue;
                    }

                    var (start, end) = (tokens[index].Start, tokens[index].End);
                    var same = mentions.FindIndex(mention => mention.Field == field && mention.Start == start && mention.End == end);
                    if (same >= 0 && mentions[same] is { IsCertain: false, Type: not EntityType.Organisation } misread)
                    {
                        mentions[same] = misread with { Type = EntityType.Organisation, IsTeam = true }; // "the Bulls" read as a person
                    }
                    else if (!MentionSpans.AnyOverlaps(mentions, field, start, end))
                    {
                        found.Add(new SentenceText(field, text, sentence).Mention(EntityType.Organisation, index, index + 1) with { IsTeam = true });
                    }
                }
            }
        }

        mentions.AddRange(found);
        // The same word elsewhere, in the headline too (copied from the body's names before this rule ran), is the team.
        var nicknames = mentions.Where(mention => mention.IsTeam && mention.Type == EntityType.Organisation).Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { IsCertain: false, Type: not EntityType.Organisation } other && nicknames.Contains(other.Text) && gazetteer.IsClubNickname(other.Text))
            {
                mentions[index] = other with { Type = EntityType.Organisation, IsTeam = true };
            }
        }
    }

    /// <summary>
    /// "Molde beat Rosenborg 2-1", "drew 1-1 with Brann", "lost 2-0 away to Hacken": in a sports report, a one-word name on
    /// either side of a result, in a sentence with a score, is a team, whether the tagger read it as a person or a place or
    /// missed it (clubs of towns too small for the place lists). Not a country or its adjective (its team stays the place,
    /// see <see cref="KeepCountriesPlaces"/>), nor a word of someone the article names in full ("Alcaraz beat Sinner 6-4",
    /// "against Rendy"). Its other mentions in the article are the team too, except after "in" and the like.
    /// </summary>
    public static void AddResultTeams(
        IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields, bool isSportsReport, List<NameMention> mentions,
        IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        if (!isSportsReport) return;
        // The words of people named in full: "beating top seed Rendy Saputra ... against Rendy" is a player.
        var peoplesWords = mentions.Where(mention => mention.Type == EntityType.Person && mention.Text.Contains(' ', StringComparison.Ordinal))
            .SelectMany(mention => mention.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var teams = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<NameMention>();
        foreach (var (field, text, sentences) in fields)
        {
            foreach (var sentence in sentences.Where(sentence => sentence.Tokens.Any(token => Score().IsMatch(token.Text))))
            {
                var tokens = sentence.Tokens;
                for (var index = 0; index < tokens.Length; index++)
                {
                    var word = tokens[index].Text;
                    if (!NameWords.IsCapitalised(word) || word.Length < 3 || word.All(char.IsUpper) || !IsResultSide(tokens, index)
                        || (index > 0 && NameWords.IsCapitalised(tokens[index - 1].Text)) || (index + 1 < tokens.Length && NameWords.IsCapitalised(tokens[index + 1].Text)) // "Bayern Munich thrashed"
                        || peoplesWords.Contains(word) || gazetteer.IsNation(word) || gazetteer.CountryForDemonym(word) is not null || NameLists.Default.IsRegion(word)
                        || SentenceWords.IsDateWord(word) || SentenceWords.IsCommonWord(word.ToLowerInvariant()))
                    {
                        continue;
                    }

                    var (start, end) = (tokens[index].Start, tokens[index].End);
                    var same = mentions.FindIndex(mention => mention.Field == field && mention.Start == start && mention.End == end);
                    if (same >= 0 && mentions[same] is { Type: EntityType.Organisation } or { IsCertain: false, Roles.Count: 0, TitledText: null })
                    {
                        teams.Add(word); // also one another rule read as the team already: its other mentions follow
                    }
                    else if (same < 0 && !MentionSpans.AnyOverlaps(mentions, field, start, end) && !SentenceWords.IsSentenceWord(word.ToLowerInvariant()))
                    {
                        found.Add(new SentenceText(field, text, sentence).Mention(EntityType.Organisation, index, index + 1) with { IsTeam = true });
                        teams.Add(word);
                    }
                }
            }
        }

        mentions.AddRange(found);
        for (var index = 0; index < mentions.Count; index++)
        {
            // One team, however each mention came to be an organisation (the alias merger keeps a city's team apart from the city by it).
            if (mentions[index] is { Type: EntityType.Organisation, IsTeam: false } organisation && teams.Contains(organisation.Text))
            {
                mentions[index] = organisation with { IsTeam = true };
            }
            else if (mentions[index] is { IsCertain: false, Type: not EntityType.Organisation, Roles.Count: 0, TitledText: null } mention && teams.Contains(mention.Text)
                && !(texts.TryGetValue(mention.Field, out var text) && Locatives.Contains(NameWords.WordBefore(text, mention.Start))))
            {
                mentions[index] = mention with { Type = EntityType.Organisation, IsTeam = true };
            }
        }
    }

    /// <summary>
    /// "a loss at Mississippi State", "At Central Michigan", "a transfer from Eastern Michigan": in a sports report a US
    /// state's name before "State", or after a compass adjective, is a university's team (college sport), which the tagger
    /// took for the state or a part of it.
    /// </summary>
    public static void RetypeCollegeTeams(bool isSportsReport, List<NameMention> mentions)
    {
        if (!isSportsReport) return;
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Place, IsCertain: false } mention && IsCollegeTeamName(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Organisation, IsTeam = true };
            }
        }
    }

    private static readonly FrozenSet<string> CompassAdjectives = FrozenSet.Create(StringComparer.Ordinal, ["Eastern", "Western", "Northern", "Southern", "Central"]);

    private static bool IsCollegeTeamName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var lastSpace = name.LastIndexOf(' ');
        return space > 0 && ((name.EndsWith(" State", StringComparison.Ordinal) && Documents.UsStates.Names.Contains(name[..lastSpace]))
            || (CompassAdjectives.Contains(name[..space]) && Documents.UsStates.Names.Contains(name[(space + 1)..])));
    }

    // Words a result puts between two teams: "Molde beat Rosenborg", "thrashed Mjallby", "against Lokomotiva".
    private static readonly FrozenSet<string> ResultVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "beat", "beats", "beating", "thrashed", "thrash", "edged", "routed", "stunned", "hammered", "defeated", "crushed", "downed",
        "drew", "v", "vs", "vs.",
    ]);

    /// <summary>
    /// Whether the word at <paramref name="index"/> stands on a side of a result: before a result verb ("Molde beat"), after one or
    /// "against", after "with" a draw ("drew 1-1 with Brann") or "to" a loss ("lost 2-0 away to Hacken").
    /// </summary>
    private static bool IsResultSide(Token[] tokens, int index)
    {
        if (index + 1 < tokens.Length && (ResultVerbs.Contains(tokens[index + 1].Text) || tokens[index + 1].Text is "lost" or "fell")) return true;
        if (index == 0) return false;
        var before = tokens[index - 1].Text;
        if (ResultVerbs.Contains(before) || before == "against") return true;
        bool AfterWithin(params string[] words) => Enumerable.Range(Math.Max(0, index - 5), Math.Max(0, index - 1 - Math.Max(0, index - 5)))
            .Any(at => words.Contains(tokens[at].Text));
        return (before == "with" && AfterWithin("drew", "draw", "drawn")) || (before == "to" && AfterWithin("lost", "lose", "losing", "fell", "defeat"));
    }

    /// <summary>
    /// One word in 50 a sport's word (a score, "goal", "coach"...), and at least three of them. Read once per article by the
    /// pipeline and handed to the rules above: it counts every token.
    /// </summary>
    public static bool IsSportsReport(IReadOnlyList<(TextField Field, IReadOnlyList<Sentence> Sentences)> fields)
    {
        // Counted only when there are cues at all: most news has fewer than three, and then the words are not needed.
        var cues = fields.Sum(field => field.Sentences.Sum(sentence => sentence.Tokens.Count(token => IsCue(token.Text))));
        return cues >= SportDocumentCues
            && cues * SportDocumentWordsPerCue >= fields.Sum(field => field.Sentences.Sum(sentence => sentence.Tokens.Count(token => char.IsLetterOrDigit(token.Text[0]))));
    }

    /// <summary>Whether the article names a listed club or league ("the Chicago Bulls", "the NBA").</summary>
    public static bool NamesListedClub(List<NameMention> mentions, Gazetteer gazetteer) =>
        mentions.Exists(mention => mention.Type == EntityType.Organisation && gazetteer.IsSportsClub(mention.Text));

    /// <summary>Whether a longer mention (of <paramref name="type"/>, when given) holds <paramref name="mention"/>.</summary>
    private static bool IsInsideLongerName(NameMention mention, List<NameMention> mentions, EntityType? type = null)
    {
        foreach (var other in mentions)
        {
            if ((type is null || other.Type == type) && other.Overlaps(mention) && other.End - other.Start > mention.End - mention.Start) return true;
        }

        return false;
    }

    /// <summary>"Delhi" of "Delhi Capitals", "Munich" of "Bayern Munich": a city named inside a club's name is the place (<see cref="NestedPlaces"/>).</summary>
    private static bool IsInsideOrganisation(NameMention place, List<NameMention> mentions) => IsInsideLongerName(place, mentions, EntityType.Organisation);

    /// <summary>"the west London club", "a north Dublin gang": a city after a compass word names where a body is, not the body.</summary>
    public static bool IsAfterCompassWord(Token[] tokens, int first) => first > 0 && CompassWords.Contains(tokens[first - 1].Text);

    private static readonly FrozenSet<string> CompassWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-west", "north-east",
        "south-west", "south-east", "northwest", "northeast", "southwest", "southeast",
    ]);

    private static bool NamesThePlace(Token[] tokens, int first) =>
        first > 0 && (Locatives.Contains(tokens[first - 1].Text) || IsAfterCompassWord(tokens, first)
            || (first > 1 && tokens[first - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && PlaceNounsBeforeOf.Contains(tokens[first - 2].Text)));

    /// <summary>
    /// In a sports report, "Youssouf Kante of Marseille", "Marseille's Youssouf Kante": the city next to a player's name,
    /// joined by "of" or a possessive, is his club; so is the city before a player's position ("the Kiel centre back",
    /// "the Magdeburg playmaker").
    /// </summary>
    private static bool IsPlayersClub(NameMention city, Token[] tokens, int first, int end, List<NameMention> mentions)
    {
        bool IsPerson(Func<NameMention, bool> at) => mentions.Any(mention => mention.Type == EntityType.Person && mention.Field == city.Field && at(mention));
        return (first >= 2 && tokens[first - 1].Text == "of" && IsPerson(mention => mention.End == tokens[first - 2].End))
            || (end + 1 < tokens.Length && tokens[end].Text is "'s" or "\u2019s" && IsPerson(mention => mention.Start == tokens[end + 1].Start))
            || (first >= 1 && tokens[first - 1].Text is "the" or "The" && end < tokens.Length && IsPosition(tokens, end));
    }

    private static readonly FrozenSet<string> Positions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "playmaker", "pivot", "goalkeeper", "keeper", "striker", "midfielder", "defender", "winger", "forward", "full-back", "fullback",
        "centre-back", "center-back", "back", "fly-half", "scrum-half", "flanker", "lock", "prop", "hooker", "quarterback", "shortstop",
    ]);

    private static bool IsPosition(Token[] tokens, int at) =>
        Positions.Contains(tokens[at].Text)
        || (tokens[at].Text is "left" or "right" or "centre" or "center" && at + 1 < tokens.Length && tokens[at + 1].Text is "back" or "wing" or "winger");

    /// <summary>"Indianapolis" of "Indianapolis Colts", "Boston" of "Boston Red Sox": a listed city and a capitalised plural nickname.</summary>
    private static string? TeamCity(string name, Func<string, bool> isCity)
    {
        var words = name.Split(' ');
        for (var cut = words.Length - 1; cut >= 1; cut--)
        {
            var city = string.Join(' ', words[..cut]);
            var nickname = words[cut..];
            if (isCity(city) && nickname.All(word => word.Length > 1 && char.IsUpper(word[0])) && nickname[^1] is [.., not 's', 's'] && nickname.Length <= 2)
            {
                return city;
            }
        }

        return null;
    }

    /// <summary>The sentence's tokens and the mention's token range, when the mention starts and ends on tokens.</summary>
    private static (Token[] Tokens, int First, int End)? Locate(IReadOnlyList<(TextField Field, IReadOnlyList<Sentence> Sentences)> fields, NameMention mention)
    {
        foreach (var (field, sentences) in fields)
        {
            if (field != mention.Field)
            {
                continue;
            }

            foreach (var sentence in sentences.Where(sentence => sentence.Start <= mention.Start && mention.Start < sentence.End))
            {
                var tokens = sentence.Tokens;
                var (first, last) = (-1, -1);
                for (var index = 0; index < tokens.Length; index++)
                {
                    if (tokens[index].Start == mention.Start) first = index;
                    if (tokens[index].End == mention.End) last = index;
                }

                return first >= 0 && last >= first ? (tokens, first, last + 1) : null;
            }
        }

        return null;
    }

    // Both patterns start with a digit: the regular expressions run only on the few tokens that do.
    private static bool IsCue(string word) =>
        Cues.Contains(word) || (char.IsAsciiDigit(word[0]) && (Score().IsMatch(word) || Yards().IsMatch(word)));

    public static bool IsAround(Token[] tokens, int first, int end)
    {
        if (first > 0 && Locatives.Contains(tokens[first - 1].Text))
        {
            return false;
        }

        var sentenceIsSport = new Lazy<bool>(() => Enumerable.Range(0, tokens.Length).Any(index => (index < first || index >= end) && IsCue(tokens[index].Text)));
        for (var index = Math.Max(0, first - Window); index < Math.Min(tokens.Length, end + Window); index++)
        {
            if ((index < first || index >= end) && (IsCue(tokens[index].Text) || (SentenceCues.Contains(tokens[index].Text) && sentenceIsSport.Value)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d{1,2}-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Score();

    // "a 41-yard field goal", "a 35-yard score".
    [GeneratedRegex(@"^\d{1,3}-yard$", RegexOptions.CultureInvariant)]
    private static partial Regex Yards();
}
