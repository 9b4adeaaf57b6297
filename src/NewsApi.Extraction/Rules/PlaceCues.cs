using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Small places no list holds, named by the words news puts around them: "the village of Uatolari", "the districts of
/// San Juan de Lurigancho, Comas and San Martín de Porres", "Abuja's Maitama and Asokoro districts", "the Seedley area",
/// "rivers such as the Pra and the Ankobra", "the slopes of Mount Semeru". Each name is one to three capitalised words
/// (with "de", "del", "la" between them); a list goes on after commas and "and". Not a nationality ("the Kurdish region"), an organisation's name or a
/// person's; only where no tagged span or earlier rule touches the words.
/// </summary>
internal static class PlaceCues
{
    private const int MaxNameWords = 3;

    // "the village of X", "the port of X": a division, then "of" and its name.
    private static readonly FrozenSet<string> DivisionsBeforeName = FrozenSet.Create(StringComparer.Ordinal,
    [
        "village", "villages", "town", "towns", "city", "port", "ports", "camp", "camps", "district", "districts", "province", "provinces", "region",
        "island", "islands", "suburb", "suburbs", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "municipality", "municipalities", "county", "township", "settlement", "oasis", "enclave", "hamlet", "locality",
        "localities", "commune", "communes", "counties", "regions", "states", "governorates", "prefectures", "parishes",
        "settlements", "hamlets", "townships", "barangays", "wards", "cantons",
    ]);

    /// <summary>"village", "town", "port", "districts": a word for a kind of place that its name follows ("the village of X").</summary>
    public static bool IsDivisionBeforeName(string word) => DivisionsBeforeName.Contains(word);

    // "the Seedley area", "Kottayam and Idukki districts": the name, then its division.
    private static readonly FrozenSet<string> DivisionsAfterName = FrozenSet.Create(StringComparer.Ordinal,
    [
        "area", "district", "districts", "region", "regions", "counties", "suburb", "neighbourhood", "neighbourhoods",
        "neighborhood", "neighborhoods", "township", "municipality", "governorate", "prefecture", "province", "provinces",
    ]);

    /// <summary>
    /// A mountain's, a lake's or a river's name opens with what it is: "Mount Semeru erupted", "in Lake Kivu", "the River
    /// Trent". "Lake" and "River" are given names too ("River Phoenix said", "doctors treated River Wilde"), so only after
    /// "the" or a preposition of place.
    /// </summary>
    private static bool IsFeatureHead(Token[] tokens, int index) => tokens[index].Text switch
    {
        "Mount" or "Mt" or "Mt." or "Lough" => index == 0 || !NameWords.IsCapitalised(tokens[index - 1].Text), // "Lough Neagh": Ireland's lakes
        "Lake" or "River" or "Loch" => index > 0 && tokens[index - 1].Text is "the" or "of" or "in" or "on" or "into" or "across"
            or "along" or "near" or "from" or "over" or "beside" or "below" or "above" or "under",
        _ => false,
    };

    // "rivers such as the Pra and the Ankobra", "towns including Kherson".
    private static readonly FrozenSet<string> PluralPlaces = FrozenSet.Create(StringComparer.Ordinal,
    [
        "rivers", "towns", "cities", "villages", "districts", "provinces", "regions", "islands", "ports", "suburbs", "camps",
        "municipalities", "counties", "communities", "settlements", "neighbourhoods", "neighborhoods", "barangays", "areas",
    ]);

    /// <summary>
    /// "the Salar de Atacama", "Jebel Irhoud", "the Sierra Madre del Sur": a name of two words or more that opens with a
    /// Spanish or Arabic word for a landform is a place, whatever the tagger, reading English, made of it (a person "Salar de
    /// Atacama"); not a body named after one ("Sierra Club"). "Sierra" is a given name too, so it decides only an
    /// organisation's type.
    /// </summary>
    public static void RetypeLandforms(List<NameMention> mentions, Gazetteer gazetteer)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (mention.Type == EntityType.Place || mention.IsCertain || space < 0) continue;
            var head = mention.Text[..space];
            // "Salar" is a given name too ("Salar Salim"): a salt flat only with its particle ("Salar de Uyuni").
            var isLandform = (Landforms.Contains(head) && (head != "Salar" || mention.Text.Contains(" de ", StringComparison.Ordinal)))
                || (head == "Sierra" && mention.Type == EntityType.Organisation);
            if (isLandform && !gazetteer.IsOrganisationCue(mention.Text[(mention.Text.LastIndexOf(' ') + 1)..]))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    private static readonly FrozenSet<string> Landforms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Salar", "Cerro", "Volcán", "Nevado", "Laguna", "Quebrada", "Bahía", "Jebel", "Djebel", "Jabal", "Wadi",
    ]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var cue = 0; cue + 1 < tokens.Length; cue++)
        {
            var word = tokens[cue].Text;
            if (DivisionsBeforeName.Contains(word) && tokens[cue + 1].Text == "of" && cue > 0
                && (tokens[cue - 1].Text is "the" or "a" || IsPluralDivision(word)))
            {
                // "the city of [Lismore]": what the division names is a place, though the tagger read a person.
                // It outweighs the tagger's reading of the name elsewhere in the article ("Lismore sits in a basin").
                var isOne = !IsPluralDivision(word);
                AddList(sentence, isOne ? spans.Where(span => span.Type != EntityType.Person).ToList() : spans, gazetteer, found, cue + 2, certain: isOne);
            }
            else if (PluralPlaces.Contains(word) && ListStart(tokens, cue + 1) is var start && start > cue + 1)
            {
                AddList(sentence, spans, gazetteer, found, start);
            }
            else if (PluralPlaces.Contains(word) && word is not ("areas" or "communities") && ColonListAfter(tokens, cue) is var colon and > 0)
            {
                AddList(sentence, [], gazetteer, found, colon + 1); // "returned four villages to Azerbaijan: Baghanis Ayrum, Kheyrimli and ...", whatever the tagger read
            }
            else if (DivisionsAfterName.Contains(word) && cue > 0 && NameWords.IsCapitalised(tokens[cue - 1].Text))
            {
                AddListBefore(sentence, spans, gazetteer, found, cue);
            }
            else if (word is "crossing" or "checkpoint" && CrossingKindBefore(tokens, cue) is var kind && kind > 0 && NameWords.IsCapitalised(tokens[kind - 1].Text))
            {
                AddListBefore(sentence, spans, gazetteer, found, kind); // "the Saryagash border crossing", "its Gashuunsukhait coal crossing"
            }
            else if (Sites.Contains(word) && SiteKindBefore(tokens, cue) is var site && site > 0 && NameWords.IsCapitalised(tokens[site - 1].Text)
                     && !IsListedBodyBefore(tokens, site, gazetteer))
            {
                AddListBefore(sentence, spans, gazetteer, found, site); // "the Chabwe mine", "the Sangomar field", "the Medgaz pipeline"
            }
            else if (IsIrishCounty(tokens, cue))
            {
                AddPlace(sentence, [], gazetteer, found, cue, cue + 2);
            }
            else if (IsWatersAlone(tokens, cue))
            {
                AddPlace(sentence, spans, gazetteer, found, cue, cue + 1); // "overlooks the Pacific", "across the Caribbean"
            }
            else if (IsFeatureHead(tokens, cue) && NameEnd(tokens, cue + 1) is var end && end > cue + 1)
            {
                AddPlace(sentence, [], gazetteer, found, cue, end, headed: true); // "the slopes of Mount Semeru", "the River Trent", whatever the tagger made of them
            }
            else if (tokens[cue + 1].Text == "Volcano" && IsNameWord(word) && !SentenceWords.IsSentenceWord(word) && (cue == 0 || !NameWords.IsCapitalised(tokens[cue - 1].Text)))
            {
                AddPlace(sentence, [], gazetteer, found, cue, cue + 2, headed: true); // "Mayon Volcano", "Taal Volcano": the tagger's person and place
            }
        }
    }

    // Oceans and seas news names by their adjective alone: "overlooks the Pacific", but not "the Pacific Islands Forum" or
    // "the Arctic seabed".
    private static readonly FrozenSet<string> WatersByAdjective = FrozenSet.Create(StringComparer.Ordinal, ["Pacific", "Atlantic", "Arctic", "Mediterranean", "Caribbean"]);

    private static readonly FrozenSet<string> WordsAfterNoun = FrozenSet.Create(StringComparer.Ordinal,
    [
        "and", "or", "in", "on", "to", "from", "for", "by", "with", "as", "is", "was", "are", "were", "has", "had", "will", "would",
    ]);

    private static bool IsWatersAlone(Token[] tokens, int cue) =>
        WatersByAdjective.Contains(tokens[cue].Text) && cue > 0 && tokens[cue - 1].Text == "the"
        && (cue + 1 == tokens.Length || WordsAfterNoun.Contains(tokens[cue + 1].Text) || !char.IsLetterOrDigit(tokens[cue + 1].Text[0]));

    /// <summary>
    /// "Portlaoise, Co Laois", "in Co. Cork": Irish news's short form of County before the county's name. Not a firm's "&amp;
    /// Co." nor "Co." after a name ("Kmart Co. Livedoor").
    /// </summary>
    private static bool IsIrishCounty(Token[] tokens, int cue) =>
        tokens[cue].Text is "Co" or "Co." && cue > 0 && cue + 1 < tokens.Length && (tokens[cue - 1].Text == "," || WordChars.All(tokens[cue - 1].Text, char.IsLower))
        && IsNameWord(tokens[cue + 1].Text) && !SentenceWords.IsSentenceWord(tokens[cue + 1].Text)
        && (cue + 2 == tokens.Length || !NameWords.IsCapitalised(tokens[cue + 2].Text));

    // "the western localities of Kennedy, Bosa and Suba": a plural division before "of" needs no "the" right before it.
    private static bool IsPluralDivision(string word) => word.EndsWith('s') && word is not "oasis";

    /// <summary>
    /// Whether the tagged name at <paramref name="first"/> is in a list a plural division opens ("the localities of
    /// Kennedy, [Bosa] and [Suba]", "camps such as [Mugunga]"): from it, back over names, commas and "and", to "of" after
    /// the division or to "such as", "including" or "like" after a plural place.
    /// </summary>
    public static bool IsInPlaceList(Token[] tokens, int first)
    {
        var index = NameWords.BeforeList(tokens, first);
        if (index >= 1 && tokens[index].Text == "of")
        {
            return DivisionsBeforeName.Contains(tokens[index - 1].Text) && IsPluralDivision(tokens[index - 1].Text);
        }

        var plural = index >= 1 && tokens[index].Text is "including" or "like" ? index - 1
            : index >= 2 && tokens[index].Text == "as" && tokens[index - 1].Text == "such" ? index - 2 : -1;
        if (plural >= 1 && tokens[plural].Text == ",") plural--; // "44 local government areas, including Tudun Wada"
        return plural >= 0 && PluralPlaces.Contains(tokens[plural].Text);
    }

    private const int MaxWordsBeforeColon = 8;

    /// <summary>
    /// The colon that opens a list of names after a plural place ("four villages across the stream to Azerbaijan: Baghanis
    /// Ayrum, Kheyrimli and Gizilhajili"), a few words on in the same clause, with two names or more after it; or -1. Not
    /// "areas" ("two areas: On Iraq, ..."), nor a list whose first word opens sentences.
    /// </summary>
    private static int ColonListAfter(Token[] tokens, int plural)
    {
        for (var index = plural + 1; index < tokens.Length && index <= plural + MaxWordsBeforeColon; index++)
        {
            var text = tokens[index].Text;
            if (text == ":")
            {
                var end = NameEnd(tokens, index + 1);
                return end > index + 1 && !SentenceWords.IsSentenceWord(tokens[index + 1].Text) && end + 1 < tokens.Length && tokens[end].Text is "," or "and" && NameWords.IsCapitalised(tokens[end + 1].Text) ? index : -1;
            }

            if (!char.IsLetterOrDigit(text[0]) && text is not "-") return -1; // another clause: "villages, but the road: ..."
        }

        return -1;
    }

    /// <summary>After the plural: "such as", "including" or "like", and "the" before a name.</summary>
    private static int ListStart(Token[] tokens, int index)
    {
        if (index + 1 < tokens.Length && tokens[index].Text == "," && tokens[index + 1].Text is "including" or "like" or "such") index++;
        if (index < tokens.Length && tokens[index].Text is "including" or "like") return index + 1;
        return index + 1 < tokens.Length && tokens[index].Text == "such" && tokens[index + 1].Text == "as" ? index + 2 : index;
    }

    private static void AddList(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int first, bool certain = false)
    {
        var tokens = sentence.Tokens;
        while (first < tokens.Length)
        {
            if (tokens[first].Text == "the" && first + 1 < tokens.Length) first++;
            var end = NameEnd(tokens, first);
            if (end == first) return;
            AddPlace(sentence, spans, gazetteer, found, first, end, certain: certain);
            if (end + 1 >= tokens.Length || tokens[end].Text is not ("," or "and")) return;
            first = tokens[end].Text == "," && tokens[end + 1].Text == "and" ? end + 2 : end + 1;
        }
    }

    /// <summary>"the Seedley area", "Abuja's Maitama and Asokoro districts": names before the division, after "the", a possessive, "in" or "of".</summary>
    // One name before its division: "in Aceh province", "off Aceh province", "the Seedley area"; not "hit Aceh province",
    // where a verb could have a person or a body before a word like "area" ("told Smith area residents").
    private static readonly FrozenSet<string> WordsBeforeOneName = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "The", "'s", "’s", "its", "their", "in", "of", "across", "off", "near", "into", "throughout", "from", "to", "at", "around", "outside",
        "within",
    ]);

    // Sites named by the name before them, as news writes mines, fields, pipelines and natural features ("the Chabwe mine",
    // "the Beka valley"): the name is the place's.
    private static readonly FrozenSet<string> Sites = FrozenSet.Create(StringComparer.Ordinal,
    [
        "mine", "mines", "field", "fields", "oilfield", "gasfield", "deposit", "pipeline", "glacier", "valley", "basin", "stream", "peninsula",
        "crater", "lagoon", "estuary", "plateau",
    ]);

    // What a mine or a field yields, between its name and the word: "the Hongyuan coal mine", "the Berkine oil basin".
    private static readonly FrozenSet<string> SiteKinds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, // also "the Corrib Gas field"
    [
        "coal", "gas", "oil", "copper", "gold", "iron", "ore", "lithium", "nickel", "uranium", "diamond", "offshore", "onshore", "natural", "crude",
        "zinc", "silver", "cobalt", "bauxite", "potash", "phosphate",
    ]);

    /// <summary>Where the name before a site ends: right before it, or before one or two words of what it yields.</summary>
    private static int SiteKindBefore(Token[] tokens, int site)
    {
        var end = site;
        while (end > 1 && site - end < 2 && SiteKinds.Contains(tokens[end - 1].Text)) end--;
        return end;
    }

    /// <summary>A listed body, firm or outlet of one to three words ending right before <paramref name="end"/>: "the Glencore mine" is the firm's.</summary>
    private static bool IsListedBodyBefore(Token[] tokens, int end, Gazetteer gazetteer)
    {
        for (var first = end - 1; first >= 0 && end - first <= MaxNameWords && NameWords.IsCapitalised(tokens[first].Text); first--)
        {
            var name = string.Join(' ', tokens[first..end].Select(token => token.Text));
            if (gazetteer.IsListedBody(name) || gazetteer.IsNewsMedia(name)) return true;
        }

        return false;
    }

    /// <summary>Where the name before a crossing ends: right before it, or before one lower-case word ("border", "rail", "coal").</summary>
    private static int CrossingKindBefore(Token[] tokens, int crossing) =>
        crossing >= 2 && tokens[crossing - 1].Text is "border" or "rail" or "road" or "coal" or "river" or "land" or "frontier" ? crossing - 1 : crossing;

    // "Aceh province was hit": these divisions after a sentence's first word make it a place's name.
    private static readonly FrozenSet<string> OpensSentence = FrozenSet.Create(StringComparer.Ordinal, ["province", "prefecture", "governorate"]);

    private static void AddListBefore(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int division)
    {
        var tokens = sentence.Tokens;
        var names = new List<(int First, int End)>();
        var end = division;
        while (true)
        {
            var first = end;
            while (first > 0 && end - first < MaxNameWords && IsNameWord(tokens[first - 1].Text)) first--;
            if (first == end || IsAdjective(tokens[end - 1].Text, gazetteer)) return; // "Sunni areas", "the Basque region", "Central European"
            names.Add((first, end));
            if (first >= 2 && tokens[first - 1].Text is "and" or "," && IsNameWord(tokens[first - 2].Text))
            {
                end = first - 1;
                continue;
            }

            if (IsListBeforePlural(tokens, names, division)) break;
            if (first == 0 ? !OpensSentence.Contains(tokens[division].Text) : !WordsBeforeOneName.Contains(tokens[first - 1].Text)) return;
            break;
        }

        var isList = IsListBeforePlural(tokens, names, division);
        foreach (var (first, nameEnd) in names) AddPlace(sentence, isList ? [] : spans, gazetteer, found, first, nameEnd);
    }

    /// <summary>
    /// "hit Kottayam and Idukki districts", "neighboring Lynn and Gaines counties": two names or more before a plural division
    /// are its places whatever word comes before them, and whatever the tagger made of them ("Lynn" a person).
    /// </summary>
    private static bool IsListBeforePlural(Token[] tokens, List<(int First, int End)> names, int division) =>
        names.Count >= 2 && IsPluralDivision(tokens[division].Text);

    // Adjectives the demonym lists lack: peoples without a state, faiths, continents.
    private static readonly FrozenSet<string> PeopleAdjectives = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Shia", "Shiite", "Sunni", "Basque", "Chechen", "Catalan", "Tamil", "Pashtun", "Uyghur", "Uighur", "Tibetan", "Amazonian",
        "European", "African", "American", "Asian", "Arab", "Christian", "Muslim", "Jewish", "Hindu", "Buddhist",
    ]);

    /// <summary>A people's or a faith's adjective ("Christian", "Shia", "Chechen", "Saharan"), not a place's name.</summary>
    private static bool IsAdjective(string word, Gazetteer gazetteer) =>
        gazetteer.IsPeopleGroup(word + "s") || Gazetteer.IsUninflectedPeople(word) || PeopleAdjectives.Contains(word)
        || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word.EndsWith("an", StringComparison.Ordinal) && gazetteer.IsPlace(word[..^2] + "a"); // "Saharan"

    /// <summary>Where the name from <paramref name="first"/> ends: capitalised words, "de", "del", "la", "do" between them ("Vargem do Canto").</summary>
    private static int NameEnd(Token[] tokens, int first)
    {
        var (end, _) = NameWords.WordRun(tokens, first, MaxNameWords, index => IsNameWord(tokens[index].Text), word => word is "de" or "del" or "la" or "di" or "do" or "da" or "dos" or "das" or "-");
        return end < tokens.Length && NameWords.IsCapitalised(tokens[end].Text) ? first : end; // a longer name than this rule reads
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && NameWords.IsNameWord(word) && !word.All(char.IsUpper) && !SentenceWords.IsDateWord(word) && word is not ("The" or "A");

    /// <summary>
    /// Adds the name as a place, unless a word says otherwise; <paramref name="headed"/>: it opens with what it is ("River", not a
    /// given name); <paramref name="certain"/>: its cue leaves no doubt ("the city of X").
    /// </summary>
    private static void AddPlace(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int first, int end, bool headed = false, bool certain = false)
    {
        var tokens = sentence.Tokens;
        var name = sentence.Slice(first, end);
        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Text;
            if (gazetteer.IsOrganisationCue(word) || NameWords.IsOrganisationWord(word) || gazetteer.CountryForDemonym(word) is not null) return;
        }

        if (!headed && gazetteer.IsFirstName(tokens[first].Text) && end - first >= 2 && !gazetteer.IsPlace(name)) return; // "the area of [John Smith]"
        if (SentenceWords.IsSentenceWord(name) || MentionSpans.AnyTagged(spans, first, end - 1)
            || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End))
        {
            return;
        }

        found.Add(sentence.Mention(EntityType.Place, first, end) with { IsCertain = certain });
    }
}
