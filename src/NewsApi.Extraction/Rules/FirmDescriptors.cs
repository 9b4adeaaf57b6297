using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "chipmaker Zentrix said", "investment bank Lazard", "Lender Brevik cut rates", "Shanghai-based GigaDevice", "a strategist
/// at Monex": one to three capitalised words right after a noun for a kind of firm, after a base ("X-based"), or after a
/// trade and "at" or "with", name one, which the tagger, never having seen the name, missed or took for a person. After a plural ("grid operators Liander, Stedin and Enexis",
/// "lenders such as Akbank and Halkbank") each name of the list does. Not a title ("central bank Governor Kuroda"), a
/// place, a common word, a name opening with a listed given name or one the tagger read as a person's full name
/// ("broadcaster Piers Morgan"), a ticker ("Barclays BARC"); not where the tagger's name reaches past the words. A name
/// takes "de", "des", "ve" between its words and a purpose after them ("Societe Miniere de Boke", "Texas Citizens for
/// Science"); in a list, a given name or a common word is left out and the list goes on ("Jazz, Zong and Ufone").
/// </summary>
internal static class FirmDescriptors
{
    private const int MaxNameWords = 3;

    // Nouns said of firms and bodies; a trader or a broker may be a person, whom a listed given name or the tagger shows.
    private static readonly FrozenSet<string> FirmNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "chipmaker", "carmaker", "automaker", "drugmaker", "steelmaker", "planemaker", "shipbuilder", "shipbroker", "lender", "insurer",
        "reinsurer", "retailer", "brewer", "conglomerate", "startup", "start-up", "airline", "miner", "consultancy", "bank", "firm",
        "company", "group", "giant", "manufacturer", "supplier", "distributor", "operator", "carrier", "streamer", "publisher",
        "chain", "newspaper", "tabloid", "broadcaster", "agency", "fund", "utility", "trader", "broker", "maker", "association",
        "nonprofit", "non-profit", "charity", "watchdog", "regulator", "brokerage", "refiner", "studio", "website", "magazine", "weekly",
        "network", "outlet", "blog", "portal", "platform", "channel", "union", // "the pilots' union Vereinigung Cockpit"
        "lobby", "consortium", // "the business lobby Confiep"
        "designer", "producer", "developer", "discounter", "exporter", "telco", "daily", // "chip designer Anobit", "business daily Kauppalehti"
    ]);

    // Plurals that open a list of firms; people ("rivals", "traders") would be named with given names the filters catch.
    private static readonly FrozenSet<string> PluralFirmNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "chipmakers", "carmakers", "automakers", "drugmakers", "lenders", "insurers", "retailers", "airlines", "miners", "banks",
        "firms", "companies", "manufacturers", "suppliers", "operators", "carriers", "utilities", "broadcasters",
        "newspapers", "makers", "brokerages", "refiners", "conglomerates", "startups", "charities", "associations",
        "institutions", "funds", "agencies",
    ]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var noun = 0; noun + 1 < tokens.Length; noun++)
        {
            var word = tokens[noun].Text;
            if (noun > 0 && char.IsUpper(word[0])) continue; // "Zenith Bank Chairman" names its own
            if (IsFirmNoun(tokens, noun))
            {
                AddName(sentence, spans, gazetteer, found, noun + 1, listed: false);
            }
            else if (noun + 2 < tokens.Length && NameWords.IsFirmsPeople(tokens, noun, staffToo: false))
            {
                AddName(sentence, spans, gazetteer, found, noun + 2, listed: false); // "a strategist at Monex"; not "staff at Heathrow", a place
            }
            else if (IsBase(tokens, noun))
            {
                AddName(sentence, spans, gazetteer, found, noun + 1, listed: false, endsClause: true);
            }
            else if (PluralFirmNouns.Contains(word))
            {
                AddList(sentence, spans, gazetteer, found, ListStart(tokens, AfterSecondPlural(tokens, noun + 1)));
            }
        }
    }

    /// <summary>"chipmaker", "the business lobby", "think tank"; not the verb ("to lobby Asian countries").</summary>
    private static bool IsFirmNoun(Token[] tokens, int noun)
    {
        var before = noun > 0 ? tokens[noun - 1].Text : "";
        return tokens[noun].Text switch
        {
            "tank" => before == "think",
            "lobby" => before is not ("to" or "will" or "would" or "could" or "can"),
            "daily" => before.Length > 0 && char.IsLower(before[0]) && before is not ("a" or "an" or "of" or "twice" or "per" or "the"), // not "a daily Aspirin"
            var word => FirmNouns.Contains(word),
        };
    }

    // After a base, the words may be adjectives of a noun ("Qatar-based Arab news channel"): the name ends a phrase there.
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "is", "was", "has", "had", "said", "says", "will", "would", "and", "or", "in", "on", "for", "to", "at", "last", "today", "which", "who", "that",
    ]);

    /// <summary>"Shanghai-based", "London-based": where a firm is based, said right before its name.</summary>
    private static bool IsBase(Token[] tokens, int index) =>
        tokens[index].Text == "based" && index >= 2 && tokens[index - 1].Text == "-" && NameWords.IsCapitalised(tokens[index - 2].Text);

    /// <summary>"makers [and traders] including Cargill": past a second plural joined by "and".</summary>
    private static int AfterSecondPlural(Token[] tokens, int index) =>
        index + 2 < tokens.Length && tokens[index].Text == "and" && IsPlural(tokens[index + 1].Text) && tokens[index + 2].Text is "including" or "like" or "such"
            ? index + 2
            : index;

    private static bool IsPlural(string word) => word.Length > 3 && word[^1] == 's' && WordChars.All(word, char.IsLower);

    /// <summary>
    /// Whether the tagged name at <paramref name="first"/> is in a list of firms ("institutions such as BlackRock and
    /// [Vanguard]", "makers and traders including [Cargill]"): from it, back over names, commas and "and", to a cue.
    /// </summary>
    public static bool IsInFirmList(Token[] tokens, int first)
    {
        var index = NameWords.BeforeList(tokens, first);
        if (index < 0) return false;
        var noun = tokens[index].Text switch
        {
            "including" or "like" => index - 1,
            "as" when index >= 2 && tokens[index - 1].Text == "such" => index - 2,
            _ => index,
        };
        if (noun >= 1 && tokens[noun].Text == ",") noun--;
        if (noun < 0) return false;
        return PluralFirmNouns.Contains(tokens[noun].Text)
            || (noun >= 2 && tokens[noun - 1].Text == "and" && IsPlural(tokens[noun].Text) && PluralFirmNouns.Contains(tokens[noun - 2].Text));
    }

    /// <summary>After the plural: "operators, Amprion", "lenders such as Akbank", "banks including HSBC", "banks like HSBC".</summary>
    private static int ListStart(Token[] tokens, int index)
    {
        if (index + 1 < tokens.Length && tokens[index].Text == "," && tokens[index + 1].Text is "including" or "like" or "such") index++; // "operators, including Jazz"
        if (index < tokens.Length && tokens[index].Text is "," or "including" or "like") index++;
        if (index + 1 < tokens.Length && tokens[index].Text == "such" && tokens[index + 1].Text == "as") index += 2;
        return index;
    }

    /// <summary>"Liander, Stedin and Enexis": each name of the list, until a word other than a comma or "and" follows one.</summary>
    private static void AddList(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int first)
    {
        var tokens = sentence.Tokens;
        while (first < tokens.Length && AddName(sentence, spans, gazetteer, found, first, listed: true) is { } end && end + 1 < tokens.Length)
        {
            if (tokens[end].Text is "," && tokens[end + 1].Text is "and") end++;
            if (tokens[end].Text is not ("," or "and")) return;
            first = end + 1;
        }
    }

    /// <summary>
    /// The name of up to three words from <paramref name="first"/>, added when it passes the filters; its end, where a list
    /// may go on, or null where no name starts there. In a list, a name the tagger or a rule found already, a given name or
    /// a common word goes on the list without being added.
    /// </summary>
    private static int? AddName(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int first, bool listed, bool endsClause = false)
    {
        var tokens = sentence.Tokens;
        var (end, _) = NameWords.WordRun(tokens, first, MaxNameWords, index => IsNameWord(tokens, first, index),
            word => word is "de" or "des" or "du" or "la" or "ve" or "y"); // "Societe Miniere de Boke"

        if (end == first || (endsClause && end < tokens.Length && !EndsPhrase(tokens[end].Text)) || tokens[first].Text == "I") return null; // "the main institutions I would say"
        if (end < tokens.Length && tokens[end].Text == "for") end = PastPurpose(tokens, end);
        if ((end < tokens.Length && (char.IsUpper(tokens[end].Text[0]) || tokens[end].Text is "of" or "&" or "-"))
            || gazetteer.IsPlaceOrNationality(sentence.Slice(first, end)) || gazetteer.IsPeopleGroup(sentence.Slice(first, end))
            || IsPersonsFullName(spans, first, end))
        {
            return null;
        }

        if ((gazetteer.IsFirstName(tokens[first].Text) && !(end - first == 1 && !listed && IsTrade(tokens, first - 1)))
            || (end - first == 1 && (SentenceWords.IsSentenceWord(tokens[first].Text) || gazetteer.IsOrganisationCue(tokens[first].Text))))
        {
            return listed ? end : null; // "operators, including Jazz, Zong and Ufone": a given name or a common word is left out, the list goes on
        }

        if (MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End) || ReachesPastName(spans, first, end))
        {
            return listed ? end : null;
        }

        found.Add(sentence.Mention(EntityType.Organisation, first, end));
        return end;
    }

    // Nouns of a trade that only a firm is said of, whose one word after them is the firm though a given name spells it
    // ("German automobile manufacturer Porsche"); "the group Jane leads" and "the agency Tom runs" stay no names.
    private static readonly FrozenSet<string> TradeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "chipmaker", "carmaker", "automaker", "drugmaker", "steelmaker", "planemaker", "shipbuilder", "lender", "insurer", "reinsurer",
        "retailer", "brewer", "conglomerate", "airline", "miner", "manufacturer", "supplier", "refiner", "carrier", "streamer",
        "publisher", "broadcaster", "maker", "bank",
    ]);

    internal static bool IsTrade(Token[] tokens, int noun) => noun >= 0 && TradeNouns.Contains(tokens[noun].Text);

    /// <summary>"GigaDevice, according to", "Unocal." or "Boeing said": not "Arab news channel", "Houthi movement".</summary>
    private static bool EndsPhrase(string next) =>
        !char.IsLetter(next[0]) || ClauseWords.Contains(next) || (char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"Texas Citizens [for Science]", "Botswana Centre [for Human Rights]": the name goes on with its purpose.</summary>
    private static int PastPurpose(Token[] tokens, int forToken)
    {
        var end = forToken + 1;
        if (end < tokens.Length && !tokens[end].Text.Any(char.IsLower)) return forToken; // "Navteq for US$8.1 billion"
        while (end < tokens.Length && end - forToken <= MaxNameWords && NameWords.IsNameWord(tokens[end].Text)) end++;
        return end == forToken + 1 ? forToken : end;
    }

    /// <summary>A word of the name: capitalised, no date, and after the first no ticker or article ("Barclays BARC", "The").</summary>
    private static bool IsNameWord(Token[] tokens, int first, int index)
    {
        var word = tokens[index].Text;
        return NameWords.IsNameWord(word) && !SentenceWords.IsDateWord(word)
            && (index == first || NameWords.IsLegalForm(word) || !(RoleChain.IsAcronym(word) || word is "The" or "A"));
    }

    /// <summary>
    /// A tagged name that goes on past the words ("chipmaker [Zentrix Holdings]"); not one that only took in the noun
    /// before them ("the [Irish broadcaster RTÉ]"), where the words alone are the name.
    /// </summary>
    private static bool ReachesPastName(List<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken < end && span.LastToken >= first && span.LastToken != end - 1 && (span.FirstToken < first || span.LastToken >= end)) return true;
        }

        return false;
    }

    /// <summary>"broadcaster Piers Morgan": the tagger read two or more of the words as a person's name.</summary>
    private static bool IsPersonsFullName(List<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && Math.Min(span.LastToken + 1, end) - Math.Max(span.FirstToken, first) >= 2) return true;
        }

        return false;
    }
}
