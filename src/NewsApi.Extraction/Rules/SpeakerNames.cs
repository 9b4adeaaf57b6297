using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// '"...," said Agostinho da Costa, 52, a farmer', "said Rizky Pratama Wibowo, an analyst", "his wife, Kirsty Sword Gusmão,
/// an Australian-born activist": two to four capitalised words (surname particles between them) right after "said" and
/// closed by a comma or a full stop, or right before a comma and a person's role (<see cref="NameWords.IsPersonApposition"/>),
/// name a person, whom the tagger, never having seen the names, can leave out; so do a name after a trade ("industrialist
/// Sanjiv Goenka"), each name after a plural title ("Justices Flávio Dino, Cármen Lúcia and ...") and a name with a regnal
/// number ("Emperor Tewodros II"). Not a place, a listed organisation or company, a name with an organisation's word or an
/// acronym in it, a date ("said Tuesday"); only where no earlier rule or tagged span touches the words, but for a part of
/// the name tagged as no person: the tagger's fragment of it ("da [Costa]" as a firm), which gives way. Firms that speak
/// are named the other way round ("Goldman Sachs said").
/// </summary>
internal static class SpeakerNames
{
    private const int MaxNameWords = 4;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        AddQuoted(sentence, spans, gazetteer, found);
        AddDescribed(sentence, spans, gazetteer, found);
        AddAfterTrades(sentence, spans, gazetteer, found);
        AddAfterPluralTitles(sentence, spans, gazetteer, found);
        AddRegnalNames(sentence, spans, gazetteer, found);
    }

    /// <summary>"Justices Flávio Dino, Cármen Lúcia and Cristiano Zanin": each name of two or three words in the list after a plural title.</summary>
    private static void AddAfterPluralTitles(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var title = 0; title + 2 < tokens.Length; title++)
        {
            var word = tokens[title].Text;
            if (word.Length < 5 || !char.IsUpper(word[0]) || word[^1] != 's' || !RoleWords.IsHead(word[..^1])) continue;

            for (var first = title + 1; first < tokens.Length;)
            {
                var (end, words) = NameAfter(tokens, first, MaxNameWords - 1);
                if (words < 2 || (end < tokens.Length && (char.IsUpper(tokens[end].Text[0]) || tokens[end].Text == "-"))) break;
                AddPerson(sentence, spans, gazetteer, found, first, end);
                if (end + 1 >= tokens.Length || tokens[end].Text is not ("," or "and")) break;
                first = tokens[end].Text == "," && tokens[end + 1].Text == "and" ? end + 2 : end + 1;
            }
        }
    }

    /// <summary>
    /// '"...," said Agostinho da Costa, 52': the name after "said", closed by a comma, a full stop or "of"; a single name
    /// only with an age after it ('said Suparman, 56, a farmer'). And the name between commas before "said" ("The governor of
    /// East Java, Khofifah Indar Parawansa, said").
    /// </summary>
    private static void AddQuoted(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var verb = 0; verb + 2 < tokens.Length; verb++)
        {
            if (tokens[verb].Text is not ("said" or "says" or "added")) continue;

            var (end, words) = NameAfter(tokens, verb + 1, MaxNameWords);
            if ((words >= 2 && (end == tokens.Length || tokens[end].Text is "," or "." or "of")) || (words == 1 && NameWords.IsAgeAfter(tokens, end)))
            {
                AddPerson(sentence, spans, gazetteer, found, verb + 1, end);
            }

            if (verb >= 4 && tokens[verb - 1].Text == "," && NameStartBefore(tokens, verb - 1) is var first
                && verb - 1 - first >= 2 && first >= 2 && tokens[first - 1].Text == "," && !NameWords.IsSurnameParticle(tokens[first].Text))
            {
                AddPerson(sentence, spans, gazetteer, found, first, verb - 1);
            }
        }
    }

    /// <summary>"his wife, Kirsty Sword Gusmão, an Australian-born activist": the name before a person's role in apposition.</summary>
    private static void AddDescribed(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var comma = 2; comma + 2 < tokens.Length; comma++)
        {
            if (!NameWords.IsPersonApposition(tokens, comma)) continue;

            var first = NameStartBefore(tokens, comma);
            var startsClause = first == 0 || tokens[first - 1].Text is "," or "\"" or "“" or "(" || (first == 1 && tokens[0].Text is "-" or "•" or "*"); // or a list's item
            if (comma - first >= 2 && startsClause && !NameWords.IsSurnameParticle(tokens[first].Text)) AddPerson(sentence, spans, gazetteer, found, first, comma);
        }
    }

    /// <summary>Where the name that ends right before <paramref name="end"/> starts: up to four words, surname particles between them.</summary>
    private static int NameStartBefore(Token[] tokens, int end)
    {
        var first = end;
        while (first > 0 && end - first < MaxNameWords && (IsNameWord(tokens[first - 1].Text)
            || (first < end && first - 2 >= 0 && NameWords.IsSurnameParticle(tokens[first - 1].Text) && IsNameWord(tokens[first - 2].Text))))
        {
            first--;
            // "Segun Ajayi-Kadir": a hyphenated surname's parts, written with no spaces, are one word of the name.
            if (first >= 2 && tokens[first - 1].Text == "-" && tokens[first - 1].Start == tokens[first - 2].End && tokens[first - 1].End == tokens[first].Start
                && IsNameWord(tokens[first - 2].Text))
            {
                first -= 2;
            }
        }

        return first;
    }

    /// <summary>"glaciologist Claude Lorius": the name after a trade, not where it goes on ("Terje Roed[-Larsen]", "Ban Ki[-moon]").</summary>
    private static void AddAfterTrades(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var trade = 0; trade + 2 < tokens.Length; trade++)
        {
            if (!IsTradeBeforeName(tokens, trade)) continue;

            var (end, words) = NameAfter(tokens, trade + 1, MaxNameWords - 1);
            if (words >= 2 && (end == tokens.Length || (!NameWords.IsCapitalised(tokens[end].Text) && tokens[end].Text != "-"))) AddPerson(sentence, spans, gazetteer, found, trade + 1, end);
        }
    }

    /// <summary>Where the name from <paramref name="first"/> ends and how many capitalised words it has; surname particles join them ("da Costa").</summary>
    private static (int End, int Words) NameAfter(Token[] tokens, int first, int maxWords) =>
        NameWords.WordRun(tokens, first, maxWords, index => IsNameWord(tokens[index].Text), NameWords.IsSurnameParticle);

    /// <summary>
    /// "glaciologist Claude Lorius", "campaigner Joris van Dam", "leg-spinner Yuzvendra Chahal" (three tokens): a person's
    /// trade in lower case, right before the name. Titles ("rapper", "minister") are the role parser's, which keeps them as roles.
    /// </summary>
    private static bool IsTradeBeforeName(Token[] tokens, int index)
    {
        var word = tokens[index].Text;
        if (index >= 2 && tokens[index - 1].Text == "-") return CompoundTrades.Contains(tokens[index - 2].Text + "-" + word);
        return word.Length > 3 && char.IsLower(word[0]) && !RoleWords.IsHead(word)
            && (PersonTrades.Contains(word) || word.EndsWith("ologist", StringComparison.Ordinal));
    }

    // Trades news writes before a name that are no title heads.
    private static readonly FrozenSet<string> PersonTrades = FrozenSet.Create(StringComparer.Ordinal,
    [
        "campaigner", "bowler", "batter", "batsman", "pitcher", "defender", "winger", "guard", "physicist", "chemist", "historian",
        "producer", "farmer", "teacher", "resident", "climber", "rider", "sprinter", "runner", "swimmer", "skier", "jockey",
        "coordinator", "organiser", "organizer", "volunteer", "nurse", "surgeon", "engineer", "architect", "shopkeeper",
        "trader", "fisherman", "pensioner", "villager", "paramedic", "firefighter", "midwife", "industrialist", "tycoon", "magnate",
        "philanthropist", "spinner", "seamer", "paceman", "wicketkeeper", "lock", "prop", "hooker", "flanker", "linebacker",
        "shortstop", "outfielder",
    ]);

    // Trades written with a hyphen, which the tokenizer splits.
    private static readonly FrozenSet<string> CompoundTrades = FrozenSet.Create(StringComparer.Ordinal,
    [
        "leg-spinner", "off-spinner", "all-rounder", "fly-half", "scrum-half", "full-back", "wing-back", "centre-back", "centre-half",
    ]);

    /// <summary>"Emperor Tewodros II", "King Mswati III": a royal title, a capitalised word and a regnal number name a monarch.</summary>
    private static void AddRegnalNames(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var number = 1; number < tokens.Length; number++)
        {
            if (!IsRegnalNumber(tokens[number].Text) || (number + 1 < tokens.Length && NameWords.IsCapitalised(tokens[number + 1].Text))) continue;

            // Only after the title: missiles, jets and treaty chapters take numbers too ("Minuteman III", "Chapter VII").
            var first = number - 1;
            if (first < 1 || !RegnalTitles.Contains(tokens[first - 1].Text) || !IsNameWord(tokens[first].Text)) continue;

            AddPerson(sentence, spans, gazetteer, found, first, number + 1);
        }
    }

    private static readonly FrozenSet<string> RegnalTitles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "King", "Queen", "Emperor", "Empress", "Pope", "Tsar", "Czar", "Shah", "Sultan", "Pharaoh", "Prince", "Princess", "Kaiser",
    ]);

    /// <summary>"II" to "XVI", the numbers that follow a monarch's or pope's name.</summary>
    internal static bool IsRegnalNumber(string word) =>
        word is "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";

    private static void AddPerson(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found, int first, int end)
    {
        var tokens = sentence.Tokens;
        if (IsPersonsName(sentence, gazetteer, first, end) && !MentionSpans.AnyTaggedButMistypedParts(spans, first, end - 1, EntityType.Person)
            && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End))
        {
            found.Add(sentence.Mention(EntityType.Person, first, end));
        }
    }

    private static bool IsNameWord(string word) =>
        NameWords.IsNameWord(word) && !word.All(char.IsUpper) && !SentenceWords.IsDateWord(word);

    private static bool IsPersonsName(SentenceText sentence, Gazetteer gazetteer, int first, int end)
    {
        var name = sentence.Slice(first, end);
        if (gazetteer.IsPlaceOrNationality(name) || gazetteer.IsListedOrganisation(name) || gazetteer.IsMultiWordCompany(name)
            || SentenceWords.IsSentenceWord(sentence.Tokens[first].Text))
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            var word = sentence.Tokens[i].Text;
            if (NameWords.NamesNoPerson(word, gazetteer) || NameWords.IsCompanySuffix(word))
            {
                return false;
            }
        }

        return true;
    }
}
