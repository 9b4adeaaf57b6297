using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;
using static NewsApi.Extraction.Rules.NameWords;

namespace NewsApi.Extraction.Rules;

/// <summary>Second opinions on the tagger's type from word lists and the words around a name.</summary>
internal sealed partial class TypeCorrection(Gazetteer gazetteer)
{
    /// <summary>
    /// A listed given name, then a word the tagger read as a place ("Al Gore", "Sandy Rivera") is a person. Not a place the
    /// lists name as a whole ("George Town"), one whose last word is a place's ("Victoria Falls", "Jefferson Parish"), a
    /// country ("IDA Ireland"), a building ("Clarence House"), nor after a word of running text or a title ("River Thames",
    /// "Justice Africa").
    /// </summary>
    private bool IsGivenNameAndSurname(Token[] tokens, int first, int end, string text)
    {
        if (end - first != 2) return false;
        var (given, surname) = (tokens[first].Text, tokens[first + 1].Text);
        return gazetteer.IsFirstName(given) && !gazetteer.IsPlace(given) && !SentenceWords.IsSentenceWord(given) && !RoleWords.StartsTitle(given)
            && !IsFacilityWord(given) && !gazetteer.IsCountry(surname) && !IsFacilityWord(surname) && !IsDivisionWord(surname)
            && !PlaceNameEnds.Contains(surname) && !gazetteer.IsPlace(text) && !NameLists.Default.IsCityOrRegion(text);
    }

    // Whose "of" only a place follows: "the mayor of X".
    private static readonly FrozenSet<string> NounsBeforePlace = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["mayor", "residents", "outskirts", "suburbs"]);

    // What may follow the place noun of an apposition: "a town of", "a city in", "a port city," (not "a town councillor").
    private static readonly FrozenSet<string> AfterPlaceNoun = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "in", "on", "near", "north", "south", "east", "west", "that", "where", "with", "about", "some", ",", ".", ";", "—",
    ]);

    /// <summary>
    /// "the mayor of [Tierra Amarilla]", "residents of [X]", "[X], a town of about 14,000 people", "[X], a mining city in":
    /// words that say the name is a place, where the tagger read a person.
    /// </summary>
    private static bool IsNamedAsPlace(Token[] tokens, int first, int end)
    {
        var of = first > 0 && tokens[first - 1].Text == "the" ? first - 1 : first;
        if (of >= 2 && tokens[of - 1].Text == "of" && NounsBeforePlace.Contains(tokens[of - 2].Text)) return true;
        if (end + 2 >= tokens.Length || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an" or "the")) return false;
        for (var index = end + 2; index < tokens.Length - 1 && index < end + 6; index++)
        {
            var word = tokens[index].Text;
            if (PlaceCues.IsDivisionBeforeName(word) || word == "capital") return AfterPlaceNoun.Contains(tokens[index + 1].Text); // "a port city"
            if (!WordChars.All(word, char.IsLower) && !WordChars.All(word, c => char.IsDigit(c) || c == ',')) return false;
        }

        return false;
    }

    // Icelandic place names end in a bay, a fjord, a glacier or a mountain ("Grindavík", "Hafnarfjörður", "Eyjafjallajökull",
    // "Fagradalsfjall"), written so in no person's name.
    private static readonly string[] IcelandicPlaceEndings = ["vík", "fjörður", "jökull", "jokull", "fjall", "fjöll"];

    private static bool IsIcelandicPlaceWord(string word)
    {
        if (word.Length <= 6) return false;
        foreach (var ending in IcelandicPlaceEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    // "the Lima daily El Comercio", "Kenyan television": a place before a medium is where it is published.
    private static readonly FrozenSet<string> MediaNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "television", "newspaper", "radio", "channel", "magazine", "daily", "broadcaster", "website", "network",
    ]);

    /// <summary>
    /// A place before an organisation's noun that keeps its type: the place a medium is published in ("the Lima daily"),
    /// the place or people a movement is for ("the Quit India movement").
    /// </summary>
    private bool IsPlacesMediumOrMovement(string noun, string text, string last) =>
        MediaNouns.Contains(noun) ? gazetteer.IsPlace(text) : noun == "movement" && gazetteer.IsPlaceOrNationality(last);

    /// <summary>"the west London club", "a north Dublin gang": a listed place after a compass word names where the body is.</summary>
    private bool IsPartOfPlace(Token[] tokens, int first, string text) => TeamContext.IsAfterCompassWord(tokens, first) && gazetteer.IsPlace(text);

    /// <summary>
    /// "Seismologist Ellen Park said", "the U.S. National Hurricane Center said": a name with a facility's word at its end
    /// that speaks is no park or building but a person or a body (the type rules after this one tell which).
    /// </summary>
    private static bool SpeaksAfter(Token[] tokens, int end) => end < tokens.Length && tokens[end].Text is "said" or "says" or "told" or "added" or "warned";

    // Officers only a firm or a club has, written in lower case: "the chairman of X", "X chief executive Y".
    private static readonly FrozenSet<string> FirmOfficers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "chairman", "chairwoman", "chairperson", "executive", "CEO", "founder", "co-founder", "shareholders", "owner",
    ]);

    /// <summary>
    /// "the chairman of [Porsche]", "[Porsche] chairman Wendelin Wiedeking": one word a firm's officer is said of, which the
    /// tagger read as a person because a given name spells it.
    /// </summary>
    private static bool IsFirmOfOfficer(Token[] tokens, int first, int end) =>
        (first >= 2 && tokens[first - 1].Text == "of" && FirmOfficers.Contains(tokens[first - 2].Text))
        || (end + 1 < tokens.Length && FirmOfficers.Contains(tokens[end].Text) && IsCapitalised(tokens[end + 1].Text));

    /// <summary>
    /// "Kantonalbank", "Bundesbank", "Halkbank", "Handelsbanken": a bank's name written as one word, German, Turkish or
    /// Scandinavian style; not "Burbank" or "Southbank", places.
    /// </summary>
    private bool IsBankCompound(string word) =>
        word.Length >= 8 && (word.EndsWith("bank", StringComparison.Ordinal) || word.EndsWith("banken", StringComparison.Ordinal)) && char.IsUpper(word[0]) && WordChars.All(word, char.IsLetter)
        && !gazetteer.IsPlace(word) && !gazetteer.IsFirstName(word) && !CompassPoints().IsMatch(word); // "Southbank", London's

    [GeneratedRegex("^(North|South|East|West)")]
    private static partial Regex CompassPoints();

    // Last words of places' names beside the facility and division words (NameWords): "George Town", "Clarence House".
    private static readonly FrozenSet<string> PlaceNameEnds = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Town", "City", "Beach", "Heights", "Hills", "Springs", "Creek", "Point", "Port", "Village", "Sound", "Land", "Coast", "Rock",
        "Ridge", "House", "Gardens", "Castle", "Parish", "Estate", "Quarter", "Hill", "Cove", "Grove", "Wood", "Woods", "Field",
        "Fields", "Canton", "Borough",
    ]);

    /// <summary>
    /// Where word lists are surer than the tagger: a country is a place, a listed city the tagger called an organisation
    /// is a place, and a "person" whose name goes on with an organisation word ("Andy Warhol Foundation") is an organisation.
    /// </summary>
    public EntityType Correct(Token[] tokens, int first, int end, EntityType type, List<NameMention> found)
    {
        var text = Joined(tokens, first, end);
        var last = tokens[end - 1].Text;
        if (type == EntityType.Person && end - first == 1 && text.Length >= 3 && RoleChain.IsAcronym(text) && !text.Contains('.')
            && !(end < tokens.Length && tokens[end].Text == ":"))
        {
            return EntityType.Organisation; // "regulator [CADE]", "known as [GUS]"; not a transcript's "RUSSERT:"
        }

        if (type == EntityType.Organisation && end - first == 2 && gazetteer.CountryForDemonym(tokens[first].Text) is not null
            && gazetteer.IsPlace(tokens[first + 1].Text) && !NameLists.Default.IsCityOrRegion(tokens[first + 1].Text) && !gazetteer.IsCountry(tokens[first + 1].Text))
        {
            return EntityType.Place; // "the government of Iraqi Kurdistan": a region by its country's part of it (not a city: "Chinese Taipei" plays)
        }

        if (type == EntityType.Place && FollowsPlaceAndComma(tokens, first, found) && IsSubjectOfClause(tokens, first, end, text, type))
        {
            return EntityType.Person; // "At the summit in Germany, [Bush] met Putin": a name no place list holds, before its verb
        }

        if (type != EntityType.Place && text == "Gulf")
        {
            return EntityType.Place; // "talks in the Gulf", "Gulf carriers": the region ("Gulf Air" is a longer name)
        }

        if (type == EntityType.Person && (IsNamedAsPlace(tokens, first, end) || (end - first == 1 && IsIcelandicPlaceWord(text))))
        {
            return EntityType.Place; // "the mayor of Tierra Amarilla", "Tierra Amarilla, a town of about 14,000 people", "Grindavík"
        }

        if (type == EntityType.Place && IsTitleAfterCapitalThe(tokens, first, text))
        {
            return EntityType.Organisation; // "readers of The Atlantic", "told The Independent": a paper's or magazine's title
        }

        if (type == EntityType.Place && IsNamedForTrade(tokens, first, end) && !gazetteer.IsPlace(text))
        {
            return EntityType.Organisation; // "[Hafren Steel UK] confirmed", "[Pellmore Lithium]": a firm named for its goods
        }

        if (type == EntityType.Person && end - first == 2 && IsNamedForTrade(tokens, first, end) && gazetteer.IsPlace(tokens[first].Text)
            && !gazetteer.IsFirstName(tokens[first].Text))
        {
            return EntityType.Organisation; // "steelmakers including [Baotou Steel]": a city's firm, no one named Steel
        }

        if (type == EntityType.Organisation && IsRouteBeforePathVerb(tokens, first, end))
        {
            return EntityType.Place; // "the Qingzang Railway crosses the plateau": a line that runs somewhere is the route, not its operator
        }

        if (type == EntityType.Place && IsNationalRailway(tokens, first, end))
        {
            return EntityType.Organisation; // "Mongolian Railway, which operates the line", "Pakistan Railways": the state's railway company
        }

        if (type == EntityType.Person && end - first == 1 && IsFirmOfOfficer(tokens, first, end) && !gazetteer.IsPlace(text))
        {
            return EntityType.Organisation; // "the chairman of Porsche", "Porsche chairman Wendelin Wiedeking"
        }

        if (type != EntityType.Person && IsNamedAsPerson(tokens, first, end, text))
        {
            return EntityType.Person; // "said [Nirmala Subramaniam], an analyst at", "champion [Iga Swiatek], who", "chief executive, [Mutale Banda],"
        }

        if (type == EntityType.Place && IsGivenNameAndSurname(tokens, first, end, text))
        {
            return EntityType.Person; // "victory over Al Gore": Gore is a town in New Zealand too
        }

        if (type != EntityType.Organisation && (end - first > 1 && last is "FM" or "TV" || IsBankCompound(last)))
        {
            return EntityType.Organisation; // "Joy FM", "Citizen TV": a station; "Zuercher Kantonalbank", "Commerzbank": a bank
        }

        if (type != EntityType.Organisation && end - first >= 2 && tokens[first].Text is "Nasdaq" or "NASDAQ" or "Euronext" or "Cboe")
        {
            return EntityType.Organisation; // "Nasdaq Helsinki", "Euronext Paris": an exchange operator's market in a city
        }

        if (end - first > 1 && (IsLegalForm(last) || (tokens[first].Text == "PT" && IsCapitalised(tokens[first + 1].Text))))
        {
            return EntityType.Organisation; // "Harcourt Lyle LLP", a firm the tagger took for a person; "PT Waskita Karya", Indonesia's legal form first
        }

        if (type == EntityType.Person && end - first is 2 or 3 && IsNationalArm(tokens, first, end, text))
        {
            return EntityType.Organisation; // "Mowi Scotland", a company's national arm; not "Patricia Scotland"
        }

        if (type != EntityType.Organisation && end - first > 1 && (IsClubWord(last) || IsClubByAbbreviation(tokens, first, end)))
        {
            return EntityType.Organisation; // "League One side Wycombe Wanderers", "THW Kiel", "IK Sävehof": a club the tagger took for a person or a place
        }

        if (type != EntityType.Organisation && gazetteer.IsSportsClub(text) && !gazetteer.IsPlace(text))
        {
            return EntityType.Organisation; // "beating Bayern Munich 1-0": a listed club, which the tagger took for a place
        }

        // Not a place that opens an event's name the tagger cut it from: "signed the [Vilnius] Accord" beside "the Davis Cup"
        // (EventNames keeps such a place).
        if (!gazetteer.IsNation(text) && gazetteer.IsPlace(text) && TeamContext.IsAround(tokens, first, end)
            && !(end < tokens.Length && EventNames.IsEvent(text + " " + tokens[end].Text, gazetteer)) && !IsPartOfPlace(tokens, first, text))
        {
            return EntityType.Organisation; // "Chelsea beat [Liverpool]": the city's team (see TeamContext)
        }

        if (type != EntityType.Place && (gazetteer.IsCountry(text) || (type == EntityType.Organisation && gazetteer.IsPlace(text))
            || (end - first > 1 && IsFacilityWord(last) && !IsSurnameParticle(tokens[end - 2].Text) && !SpeaksAfter(tokens, end)) || (end - first == 1 && IsStreetCompound(last))
            || (end - first > 2 && WatersBeforeOf.Contains(tokens[first].Text) && tokens[first + 1].Text == "of")
            || (type == EntityType.Person && end - first > 1 && last is "County" or "Province" or "District" or "Prefecture")
            || (end - first > 1 && last == "Township") // "Jackson Township", a civil township of Ohio
            || (type == EntityType.Organisation && end - first > 2 && last == "Region" && tokens[end - 2].Text is "Administrative" or "Autonomous") // "Cordillera Administrative Region"
            || (type == EntityType.Organisation && end - first > 1 && last == "County" && end < tokens.Length && IsCapitalised(tokens[end].Text)
                && (RoleWords.IsModifier(tokens[end].Text) || RoleWords.IsHead(tokens[end].Text))) // "the [Polk County] District Attorney"
            || (end < tokens.Length && PlaceWordsAfterName.Contains(tokens[end].Text))
            || (type == EntityType.Person && PlaceCues.IsInPlaceList(tokens, first))
            || OpensWithStreetWord(tokens, first, end) || IsPlaceAfterPlace(tokens, first, end, text, type, found)
            || IsStateOfFederation(tokens, first, end, type)
            || (type == EntityType.Person && end - first > 1 && first > 0 && tokens[first - 1].Text is "the" or "The" && NaturalFeatureHeads.Contains(tokens[first].Text))
            || (type == EntityType.Organisation && end - first > 1 && FacilityHeads.Contains(tokens[first].Text) && !gazetteer.IsOrganisationCue(last)
                && !IsOrganisationWord(last)) // not "Monte Kwinter", a person
            || (type == EntityType.Person && end - first > 1 && (ForeignVenueHeads.Contains(tokens[first].Text) || TownHeads.Contains(tokens[first].Text))))) // "the [Stade Charles Konan Banny]", "[Kiryat Shmona]"
        {
            // "Evansville, [Indiana]", "Al-Ghaza Hotel", "Chester County", "[Maysan] province", "the localities of Kennedy,
            // [Bosa]", "Avenida Jiménez", "Estadio Monumental", "Lake Superior", "the River Calder", "Bahnhofstrasse", "the Bay
            // of Bengal"; not "Joris van Dam"
            return EntityType.Place;
        }

        if (type == EntityType.Place && EndsInOrganisationWord(tokens, first, end) && !gazetteer.IsCountry(text) && !gazetteer.IsPlace(text))
        {
            return EntityType.Organisation; // "United States National Security Council", but not the "West Bank"
        }

        if (type == EntityType.Place && end - first >= 3 && tokens[first + 1].Text == "of" && InstitutionHeads.Contains(tokens[first].Text))
        {
            return EntityType.Organisation; // "Bank of England", "University of Toronto": an institution of a place
        }

        if (type != EntityType.Organisation && end - first >= 2 && OpensFirmName(tokens[first].Text))
        {
            return EntityType.Organisation; // "Banco Macro", "Minera Escondida": a bank or firm the tagger took for a person or a place
        }

        if (type == EntityType.Place && end - first >= 2 && (IsCountrysListedOrganisation(tokens, first, end)
            || (end - first == 2 && NationalBodies.IsFieldWord(tokens[first].Text) && gazetteer.IsCountry(tokens[first + 1].Text))))
        {
            return EntityType.Organisation; // "U.S. Federal Reserve", "British Home Office"; "Statistics Poland"
        }

        if (type == EntityType.Organisation && (IsForenameParticleSurname(tokens, first, end) || IsNamedAfterPersonsTitle(tokens, first, end, text)))
        {
            return EntityType.Person; // "Hendrik de Vries", which the tagger took for a company; "former Wales captain Alun [Wyn Jones]"
        }

        if (type == EntityType.Place && IsNamedAfterPersonsTitle(tokens, first, end, text)
            && gazetteer.CountryForDemonym(text) is null) // not "private [South African] airlines"
        {
            return EntityType.Person; // "British-Nigerian actor [Tunde Bakare]", which the tagger took for a place
        }

        if (end - first == 1 && (gazetteer.IsPeopleGroup(text) || Gazetteer.IsUninflectedPeople(text)))
        {
            return EntityType.Person; // "Greeks", "Afghans", "Muslims": people, not a country or an organisation (PeopleGroups)
        }

        if (WebAddress().IsMatch(text))
        {
            return EntityType.Organisation; // "CBC.ca" is the broadcaster's website
        }

        if ((end < tokens.Length && IsOrganisationNoun(tokens[end].Text) && !IsPlacesMediumOrMovement(tokens[end].Text, text, last) && !IsPartOfPlace(tokens, first, text))
            || (first > 0 && IsOrganisationNoun(tokens[first - 1].Text) && !IsPersonsGivenNameAfterNoun(tokens, first, end, type))
            || (type != EntityType.Organisation && FirmDescriptors.IsInFirmList(tokens, first) && !gazetteer.IsPlaceOrNationality(text)
                && !IsForenameAndSurname(tokens, first, end, type))
            || (InAppositionToOrganisationNoun(tokens, first, end) && !IsForenameAndSurname(tokens, first, end, type))
            || IsNamedAsOrganisationAfter(tokens, first, end, text, type) || IsNamedAsFirmBefore(tokens, first, text))
        {
            // "al-Ikhbariya television", "the children's agency UNICEF", "institutions such as BlackRock and Vanguard", "a new
            // party, Veritas,", "Drewry, a consultancy"
            return EntityType.Organisation;
        }

        return type == EntityType.Person && HasOrganisationWord(tokens, first, end) ? EntityType.Organisation : type;
    }

    /// <summary>
    /// "the group [Jane] leads", "the agency [Tom] runs": a listed given name alone, which the tagger read as a person's, is
    /// the subject of a clause about the body the noun names, not its name; after a trade it is the firm's ("broadcaster
    /// Porsche", see FirmDescriptors).
    /// </summary>
    private bool IsPersonsGivenNameAfterNoun(Token[] tokens, int first, int end, EntityType type) =>
        type == EntityType.Person && end - first == 1 && gazetteer.IsFirstName(tokens[first].Text) && !FirmDescriptors.IsTrade(tokens, first - 1);

    /// <summary>"Andy Warhol [Foundation]": an organisation cue after the first word, or an organisation word anywhere.</summary>
    private bool HasOrganisationWord(Token[] tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if ((i > first && gazetteer.IsOrganisationCue(tokens[i].Text)) || IsOrganisationWord(tokens[i].Text)) return true;
        }

        return false;
    }

    /// <summary>"in Accra, [Ashanti Commercial Bank]": a name of two words or more that ends as organisations' names do.</summary>
    private bool EndsInOrganisationWord(Token[] tokens, int first, int end) =>
        end - first > 1 && EndsOrganisationName(tokens[end - 1].Text, gazetteer);

    /// <summary>
    /// "Evansville, [Indiana]": a name right after a place and a comma is a place too, if it is one word, a listed place or
    /// one of a list of places ("Ang Mo Kio, [Chua Chu Kang], Joo Chiat"); not a person's full name ("in Annapolis,
    /// Maryland, [Ehud Olmert] said", "Ogun State, [Dapo Abiodun],") nor an organisation's ("in Accra, [Ashanti
    /// Commercial Bank]").
    /// </summary>
    private bool IsPlaceAfterPlace(Token[] tokens, int first, int end, string text, EntityType type, List<NameMention> found) =>
        FollowsPlaceAndComma(tokens, first, found) && (end - first == 1 || gazetteer.IsPlace(text) || ListGoesOn(tokens, end))
        && !IsForenameAndSurname(tokens, first, end, type) && !EndsInOrganisationWord(tokens, first, end) && !IsSubjectOfClause(tokens, first, end, text, type);

    /// <summary>
    /// "At the summit in Germany, [Bush] met Putin": a person the tagger saw, one word and no state or country, whose clause
    /// goes on with a verb after it, is the clause's subject, not the state of the place before the comma.
    /// </summary>
    private bool IsSubjectOfClause(Token[] tokens, int first, int end, string text, EntityType type) =>
        end - first == 1 && end < tokens.Length && SentenceWords.IsClauseVerb(tokens[end].Text)
        && (type == EntityType.Person || (!gazetteer.IsPlace(text) && !NameLists.Default.IsCityOrRegion(text)))
        && !text.All(char.IsUpper) && !gazetteer.IsCountry(text) && !NameLists.Default.IsRegion(text) && !UsStates.Names.Contains(text);

    // "capital of [Maysan] province", "the [Tigray] region", "[Paris-Charles de Gaulle] airport": a division or a site
    // written in lower case after a name makes it a place, whatever the tagger saw (untagged names: PlaceCues).
    private static readonly FrozenSet<string> PlaceWordsAfterName = FrozenSet.Create(StringComparer.Ordinal,
    [
        "province", "provinces", "governorate", "prefecture", "district", "districts", "county", "counties", "region", "regions",
        "oblast", "airport",
    ]);

    /// <summary>
    /// "in Lagos State", "Kano State": a listed place and "State" is the state, a place, though "State" is an organisation
    /// cue; not a US state's or city's, which names a university ("Ohio State beat Michigan"), nor before an organisation
    /// word ("Lagos State Government").
    /// </summary>
    private bool IsStateOfFederation(Token[] tokens, int first, int end, EntityType type) =>
        type == EntityType.Organisation && end - first == 2 && tokens[first + 1].Text == "State" && gazetteer.IsPlace(tokens[first].Text)
        && !UsStates.Names.Contains(tokens[first].Text) && !UniversityCities.Contains(tokens[first].Text) && !(end < tokens.Length && EndsOrganisationName(tokens[end].Text, gazetteer));

    // Cities whose "X State" is a university ("Boise State"), beside the US states ("Ohio State").
    private static readonly FrozenSet<string> UniversityCities = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Boise", "Fresno", "Sacramento", "Portland", "Kent", "Norfolk", "Cleveland", "Wichita", "Jackson", "Tarleton",
    ]);

    // Waters and land named head first with "of": "the Bay of Bengal", "the Gulf of Aden", "the Strait of Hormuz".
    private static readonly FrozenSet<string> WatersBeforeOf = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Bay", "Gulf", "Sea", "Strait", "Straits", "Isle", "Lake", "Cape", "Mount", "Bight", "Firth", "Mouth",
    ]);

    // Words that open the name of a facility or a natural feature, in English and the languages news borrows names from.
    private static readonly FrozenSet<string> FacilityHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Estadio", "Estádio", "Stade", "Stadio", "Stadion", "Aeropuerto", "Aeroporto", "Aéroport", "Plaza", "Praça", "Piazza",
        "Puente", "Palacio", "Palazzo", "Palais", "Lake", "Loch", "Lough", "Mount", "Mt", "Cape", "Lago", "Monte", "Isla", "Playa",
    ]);

    /// <summary>
    /// An own name and then the goods or trade of a firm, a country's name after them at most ("Hafren Steel UK"). Not a
    /// line or a railway ("the Maginot Line", "the Qingzang Railway"), places as often as firms.
    /// </summary>
    /// <summary>
    /// A name after "The" capitalised inside a sentence, which news does for titles, when no list knows it as a place
    /// with or without the article ("in The Hague", "The Gambia" are places).
    /// </summary>
    private bool IsTitleAfterCapitalThe(Token[] tokens, int first, string text) =>
        first >= 2 && tokens[first - 1].Text == "The" && WordChars.All(tokens[first - 2].Text, char.IsLower)
        && !gazetteer.IsPlaceOrNationality(text) && !gazetteer.IsPlace("The " + text) && !NameLists.Default.IsCityOrRegion(text);

    private bool IsNamedForTrade(Token[] tokens, int first, int end)
    {
        var last = end - 1;
        if (last > first + 1 && gazetteer.IsCountry(tokens[last].Text)) last--;
        return last > first && IsFirmsTradeWord(tokens[last].Text) && IsCapitalised(tokens[first].Text);
    }

    // Verbs whose subject is a route on the ground: "the Qingzang Railway crosses the plateau", "the line runs to Lhasa".
    private static readonly FrozenSet<string> PathVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "crosses", "crossed", "runs", "ran", "links", "linked", "connects", "connected", "stretches", "stretched", "winds",
        "traverses", "traversed",
    ]);

    /// <summary>An own name and "Railway", "Railroad" or "Line", then a verb of a route's path: the line, a place, not the firm running it.</summary>
    private bool IsRouteBeforePathVerb(Token[] tokens, int first, int end) =>
        end - first >= 2 && end < tokens.Length && tokens[end - 1].Text is "Railway" or "Railroad" or "Line" && PathVerbs.Contains(tokens[end].Text)
        && !gazetteer.IsCountryOrNationality(tokens[first].Text); // not "Indian Railway", the state's firm (IsNationalRailway)

    /// <summary>A country or its people's adjective and "Railway" or "Railways": "Indian Railways", "Mongolian Railway", never a line's name alone.</summary>
    private bool IsNationalRailway(Token[] tokens, int first, int end) =>
        end - first == 2 && tokens[first + 1].Text is "Railway" or "Railways" && gazetteer.IsCountryOrNationality(tokens[first].Text);

    // Facility heads no one is named by: a stadium or a palace named after a person is still the building.
    private static readonly FrozenSet<string> ForeignVenueHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Estadio", "Estádio", "Stade", "Stadio", "Stadion", "Aeropuerto", "Aeroporto", "Aéroport", "Palacio", "Palazzo", "Palais",
    ]);

    // Hebrew and Arabic words for a town, a house, a valley or a mountain that open places' names and no one's: "Kiryat
    // Shmona", "Kfar Saba", "Beit Hanoun", "Deir ez-Zor", "Wadi Halfa" (not "Jabal": "Muadh ibn Jabal" is a man).
    private static readonly FrozenSet<string> TownHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Kiryat", "Kfar", "Ramat", "Givat", "Beit", "Deir", "Kafr", "Wadi",
    ]);

    // Sports clubs' abbreviations, before or after the town or name: "THW Kiel", "IFK Kristianstad", "SG Flensburg-Handewitt",
    // "Aalborg HK", "Dinamo Zagreb NK". Two letters can be a person's initials too ("AC Grayling"), so those only before or
    // after a listed town or beside a sports word.
    private static readonly FrozenSet<string> ClubAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "FC", "AFC", "SC", "AC", "CF", "SV", "VfL", "VfB", "TSV", "FSV", "SG", "HSG", "THW", "IFK", "IK", "IF", "AIK", "BK", "FK", "SK", "HK", "KIF", "GIF",
        "HC", "KC", "RK", "NK", "GNK", "HNK", "PSV", "SSC", "KS",
    ]);

    private bool IsClubByAbbreviation(Token[] tokens, int first, int end)
    {
        var (abbreviation, townFirst, townEnd) = ClubAbbreviations.Contains(tokens[first].Text) ? (tokens[first].Text, first + 1, end)
            : ClubAbbreviations.Contains(tokens[end - 1].Text) ? (tokens[end - 1].Text, first, end - 1) : (null, 0, 0);
        if (abbreviation is null) return false;
        if (abbreviation.Length >= 3) return true;
        var town = string.Join(' ', tokens[townFirst..townEnd].Select(token => token.Text));
        return gazetteer.IsPlace(town) || NameLists.Default.IsCityOrRegion(town) || TeamContext.IsAround(tokens, first, end);
    }

    // Natural features British English names head first, after "the": "the River Calder" (but "River Phoenix starred").
    private static readonly FrozenSet<string> NaturalFeatureHeads = FrozenSet.Create(StringComparer.Ordinal, ["River", "Lake", "Mount", "Loch", "Lough", "Glen"]);

    /// <summary>"U.S. Federal Reserve": a country, or its people's adjective, and then a listed organisation.</summary>
    private bool IsCountrysListedOrganisation(Token[] tokens, int first, int end)
    {
        for (var split = first + 1; split < end; split++)
        {
            if (gazetteer.IsCountryOrNationality(Joined(tokens, first, split)) && gazetteer.IsListedOrganisation(Joined(tokens, split, end)))
            {
                return true;
            }
        }

        return false;
    }

    // Heads of "X of Place" names that are institutions, not places ("United States of America", "Isle of Man" are places).
    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Bank", "University", "College", "Church", "Council", "Ministry", "Department", "Institute", "Academy", "Court",
        "Board", "Bureau", "Commission", "Committee", "Federation", "Association", "Society", "Office", "Agency",
        "Authority", "Chamber", "Parliament", "Assembly", "Government", "Embassy", "Consulate",
    ]);

    /// <summary>
    /// "Élan, the largest Irish pharmaceutical company, ...": a name the tagger read as a person, which an apposition says
    /// is a firm. Sure enough to outvote the tagger's reading of the name elsewhere in the article.
    /// </summary>
    public bool IsPersonApposedAsFirm(Token[] tokens, int first, int end) =>
        IsNamedAsOrganisationAfter(tokens, first, end, Joined(tokens, first, end), EntityType.Person);

    /// <summary>"Drewry, a shipping consultancy": not a place, a people ("Americans") or someone with a listed given name.</summary>
    private bool IsNamedAsOrganisationAfter(Token[] tokens, int first, int end, string text, EntityType type) =>
        end < tokens.Length && IsOrganisationApposition(tokens, end) && !gazetteer.IsPlace(text) && !gazetteer.IsCountry(text)
        && !gazetteer.IsPeopleGroup(text) && !(type == EntityType.Person && gazetteer.IsFirstName(tokens[first].Text));

    /// <summary>
    /// "shareholders of [Trelvia]", "analysts at [Brackwell]", "workers at [Kestrel Mills]": a name after words said only of
    /// a firm's or body's people. Not a place ("workers at Dover"), a country or people, nor a name opening with a listed
    /// given name unless a list names it a company ("an economist at Maria Lopez's bank"; "analysts at Morgan Stanley").
    /// A spokesman speaks for people too ("a spokesman for Biden"), so is no such word.
    /// </summary>
    private bool IsNamedAsFirmBefore(Token[] tokens, int first, string text) =>
        first >= 2 && IsFirmsPeople(tokens, first - 2, staffToo: true)
        && !gazetteer.IsPlace(text) && !gazetteer.IsCountry(text) && !gazetteer.IsPeopleGroup(text)
        && (!gazetteer.IsFirstName(tokens[first].Text) || gazetteer.IsListedOrganisation(text) || gazetteer.IsMultiWordCompany(text));

    /// <summary>"a new political party, Veritas, ...": the name closes an apposition; not "at the party, Smith said".</summary>
    private static bool InAppositionToOrganisationNoun(Token[] tokens, int first, int end) =>
        first >= 2 && tokens[first - 1].Text == "," && IsOrganisationNoun(tokens[first - 2].Text)
        && (end == tokens.Length || tokens[end].Text is "," or "." or ";" or ")");

    /// <summary>
    /// A name of two or three plain words, none an organisation's or a place's (but the surname), that the words around it speak of as a
    /// person: an apposition with a person's role or age after it (", an analyst at", ", 58,"), "who" after it, a role and a
    /// comma before it ("its chief executive, Ana Lima,", "the APC candidate, Murtala Sani Bello,"), or a wire story's credits ("Reporting by ... and Mutale Banda in Lusaka").
    /// Not a listed place or organisation ("Morgan Stanley, who").
    /// </summary>
    private bool IsNamedAsPerson(Token[] tokens, int first, int end, string text)
    {
        if (end - first is < 2 or > 3 || gazetteer.IsPlace(text) || gazetteer.IsCountry(text) || gazetteer.IsListedOrganisation(text)) return false;
        if (first > 0 && tokens[first - 1].Text is "of" or "in" or "from" or "at" or "near" or "to") return false; // "27, of [Moss Side], who drove"
        if (IsInWireCredit(tokens, first) && !HasOrganisationWord(tokens, first, end)) return true;
        for (var i = first; i < end; i++)
        {
            if (!(i == end - 1 && i > first ? IsPlainSurname(tokens[i].Text, gazetteer) : IsPlainPersonWord(tokens[i].Text, gazetteer))) return false;
        }

        var roleBefore = first >= 2 && tokens[first - 1].Text == "," && tokens[first - 2].Text is var before && char.IsLower(before[0])
            && (RoleWords.IsHead(before) || IsPersonRole(before));
        var whoAfter = end + 1 < tokens.Length && tokens[end].Text == "," && tokens[end + 1].Text == "who";
        return roleBefore || whoAfter || IsAgeAfter(tokens, end) || IsPersonApposition(tokens, end);
    }

    /// <summary>
    /// "Mowi Scotland", "SEMI Taiwan", "Agencia Brasil": a name that ends with a nation's and opens with a word no person's
    /// name does (no listed given name, with or without its accents: "Luís Montenegro"; no initial: "N. Korea"), and is
    /// no place's as a whole ("New South Wales").
    /// </summary>
    private bool IsNationalArm(Token[] tokens, int first, int end, string text)
    {
        var opening = tokens[first].Text;
        return gazetteer.IsNation(tokens[end - 1].Text) && !gazetteer.IsPlace(text)
            && !gazetteer.IsFirstNameAccentsAside(opening) && !IsInitials(opening) && !gazetteer.IsPlace(opening)
            && !RoleWords.StartsTitle(opening);
    }

    /// <summary>
    /// "former Wales captain Alun [Wyn Jones]", "coach [Ange Postecoglou]": two or three plain name words (a third may come
    /// before the span) right after a person's title in lower case; none an organisation's word, no listed body or club.
    /// </summary>
    private bool IsNamedAfterPersonsTitle(Token[] tokens, int first, int end, string text)
    {
        var start = first > 0 && IsNameWord(tokens[first - 1].Text) && !tokens[first - 1].Text.All(char.IsUpper) ? first - 1 : first;
        if (end - start is < 2 or > 3 || start == 0 || !RoleWords.IsHead(tokens[start - 1].Text) || !char.IsLower(tokens[start - 1].Text[0])) return false;
        if (gazetteer.IsListedOrganisation(text) || gazetteer.IsMultiWordCompany(text) || gazetteer.IsSportsClub(text) || gazetteer.IsPlace(text)) return false;
        for (var i = start; i < end; i++)
        {
            if (!IsPlainPersonWord(tokens[i].Text, gazetteer)) return false;
        }

        return true;
    }

    /// <summary>"(Reporting by Blessing Chiwara in Harare and [Mutale Banda] in Lusaka; Editing by ...)": a wire story's credits name people.</summary>
    private static bool IsInWireCredit(Token[] tokens, int first)
    {
        if (first == 0 || tokens[first - 1].Text is not ("by" or "and" or "," or ";")) return false;
        for (var index = first - 1; index > 0; index--)
        {
            if (tokens[index].Text == "by" && tokens[index - 1].Text is "Reporting" or "reporting" or "Writing" or "writing" or "Editing" or "editing") return true;
            if (tokens[index].Text is "(" or ".") return false;
        }

        return false;
    }

    /// <summary>"at Stamford Bridge, [Frank Lampard] scoring": a person the tagger saw, given name first, is no "Evansville, Indiana".</summary>
    private bool IsForenameAndSurname(Token[] tokens, int first, int end, EntityType type) =>
        type == EntityType.Person && end - first >= 2 && gazetteer.IsFirstName(tokens[first].Text);

    /// <summary>A listed given name, lower-case surname particles ("de", "van der") and one capitalised word, none an organisation's.</summary>
    private bool IsForenameParticleSurname(Token[] tokens, int first, int end)
    {
        if (end - first < 3 || !gazetteer.IsFirstName(tokens[first].Text) || !IsCapitalised(tokens[end - 1].Text)
            || gazetteer.IsOrganisationCue(tokens[end - 1].Text) || IsOrganisationWord(tokens[end - 1].Text))
        {
            return false;
        }

        for (var i = first + 1; i < end - 1; i++)
        {
            if (!IsSurnameParticle(tokens[i].Text) || IsCapitalised(tokens[i].Text)) return false;
        }

        return true;
    }

    /// <summary>"Ang Mo Kio, [Chua Chu Kang], Joo Chiat": another capitalised name follows after a comma or "and".</summary>
    private static bool ListGoesOn(Token[] tokens, int end) =>
        end + 1 < tokens.Length && tokens[end].Text is "," or "and" && IsCapitalised(tokens[end + 1].Text);

    private static bool FollowsPlaceAndComma(Token[] tokens, int first, List<NameMention> found) =>
        first >= 2 && tokens[first - 1].Text == ","
        && found.Any(mention => mention.Type == EntityType.Place && mention.End == tokens[first - 2].End);

    [GeneratedRegex(@"\.(?:com|org|net|gov|edu|co\.uk|ca|uk|au|in|pk)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
