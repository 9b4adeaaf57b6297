using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "executive director of the Digital Rights Foundation", "the Polish Tennis Association said", "a vote in the Chamber of
/// Deputies": one to three capitalised words and a word that heads institutions' names, or such a word and its
/// complement ("of Information Technology and Telecommunication"), name an organisation, which the tagger, never having
/// seen the name, can leave out. Only in running text (a headline capitalises every word), only where no tagged span or
/// earlier rule touches the words, and not inside a longer name.
/// </summary>
internal static class InstitutionNames
{
    private const int MaxOwnWords = 3;
    private const int MaxComplementWords = 5;

    // Heads only institutions have: not "Center", "Court" or "House", which name places and buildings as often.
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Foundation", "Association", "Institute", "Institution", "Council", "Commission", "Committee", "Federation", "Society",
        "Union", "Alliance", "Coalition", "Trust", "Authority", "Agency", "Bureau", "Ministry", "Directorate", "Secretariat",
        "Tribunal", "Party", "Movement", "Academy", "University", "Confederation", "Syndicate", "Consortium", "Observatory", "Service",
        "Forum", "Dal", // "Janata Dal", "Shiromani Akali Dal": Hindi and Punjabi for a party
    ]);

    // With a complement, a few more heads name institutions only: "Chamber of Deputies", "Bank of Japan", "Court of Appeal",
    // "Archdiocese of Bamenda".
    private static readonly FrozenSet<string> ComplementHeads =
        Heads.Concat(["Chamber", "Bank", "Court", "Church", "Office", "Department", "Board", "Diocese", "Archdiocese"]).ToFrozenSet(StringComparer.Ordinal);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        if (sentence.Field == TextField.Headline) return;

        for (var head = 1; head < tokens.Length; head++)
        {
            if (!ComplementHeads.Contains(tokens[head].Text)) continue;

            var end = ComplementEnd(tokens, head + 1);
            if ((tokens[head].Text == "Party" && end > head + 1) || tokens[head].Text == "Dal") end = WithDoctrine(tokens, end);
            if (end == head + 1 && (!Heads.Contains(tokens[head].Text) || (end < tokens.Length && GoesOn(tokens, end)))) continue;

            var first = head;
            while (first > 0 && head - first < MaxOwnWords && IsOwnWord(tokens[first - 1].Text)) first--;
            if (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text) && tokens[first - 1].Text != "The") continue; // a longer name than this rule reads
            if (first > 1 && tokens[first - 1].Text is "the" or "of" or "and" && NameWords.IsCapitalised(tokens[first - 2].Text)) continue; // "Stop the War Coalition"
            if ((first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)) || tokens[first].Text is "The" or "A" or "An") first++; // "Rival Meridia Union", "The Commission"
            if (first == head && first >= 2 && tokens[first - 1].Text is "'s" or "\u2019s" && NameWords.IsCollectivePossessor(tokens[first - 2].Text)) first -= 2; // "the People's Party of Canada"
            if (first < head && first > 0 && tokens[first + 1].Text is "'s" or "\u2019s" && NameWords.IsCapitalised(tokens[first - 1].Text)
                && !gazetteer.IsPlaceOrNationality(tokens[first - 1].Text)) continue; // "the Permanent People's Tribunal", not "the Swiss People's Party"
            if (first < head && first > 0 && tokens[first + 1].Text is "'s" or "\u2019s" && gazetteer.IsPlaceOrNationality(tokens[first - 1].Text)) first--; // whose nation opens it
            // "the National Commission" is any country's, "the National Commission for Museums and Monuments" one body.
            if (first < head && end == head + 1 && Enumerable.Range(first, head - first).All(index => InstitutionModifiers.Contains(tokens[index].Text))) first = head;
            if (first == head && (end == head + 1 || first == 0 || tokens[first - 1].Text is not ("the" or "The" or "'s" or "\u2019s"))) continue; // "Party", but "the Chamber of Deputies", "Japan's Ministry of Land"
            if (gazetteer.IsFirstName(tokens[first].Text) && head - first == 1 && end == head + 1) continue; // "Ruth Society", not "Charity Commission for England and Wales"

            if (!AnyTaggedButPlacesIn(sentence, spans, first, head, end, gazetteer, ListsComplementWords(tokens, head, end))
                && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, end));
            }
        }
    }

    /// <summary>
    /// Whether a tagged span touches tokens [<paramref name="first"/>, <paramref name="end"/>), leaving aside a listed place
    /// in the complement after <paramref name="head"/>, which is named inside the name ("the Communist Party of [India]"), or
    /// opening its own words before another ("the [Ghana] Police Service"),
    /// but not a building ("the Oval Office of the [White House]"); and an organisation the tagger cut off the complement's
    /// end at "and" ("the Ministry of Climate and [Green Growth]"). When the complement lists words closed by "and" ("the
    /// [Ministry of Health], [Labour] and Welfare"), the tagger's pieces inside the name do not count either.
    /// </summary>
    private static bool AnyTaggedButPlacesIn(SentenceText sentence, List<TaggedSpan> spans, int first, int head, int end, Gazetteer gazetteer, bool isList)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken >= end || span.LastToken < first) continue;
            if (isList && span.FirstToken >= first && span.LastToken < end) continue;
            var isListedPlace = span.Type == EntityType.Place && gazetteer.IsPlace(sentence.Slice(span.FirstToken, span.LastToken + 1));
            var isInComplement = span.FirstToken > head && span.LastToken < end;
            // "the Ministry of Climate and [Green Growth]": the tagger's organisation is the end of the complement, cut at "and".
            var isComplementsTail = isInComplement && span.Type == EntityType.Organisation && span.LastToken == end - 1
                && sentence.Tokens[span.FirstToken - 1].Text is "and" or "&";
            if (isComplementsTail) continue;
            // "the National Commission for [Museums] and Monuments": a common word of the complement the tagger read alone.
            if (isInComplement && span.FirstToken == span.LastToken && SentenceWords.IsCommonWord(sentence.Tokens[span.FirstToken].Text)) continue;
            // "the [Ghana] Police Service": a listed place opening the body's own words, with a word of its own after it.
            var opensOwnWords = span.FirstToken == first && span.LastToken + 1 < head;
            // "the [Ghana Police] Service": the tagger cut the head word off the body's name.
            var isBodyWithoutHead = span.Type == EntityType.Organisation && span.FirstToken == first && span.LastToken + 1 == head;
            // "the [Central Bank] of Sri Lanka": the tagger cut the complement off the body's name.
            var isBodyWithoutComplement = span.Type == EntityType.Organisation && span.FirstToken == first && span.LastToken == head && end > head + 1;
            // "the [Charity Commission for England] and Wales", "the [National Commission for Museums] and Monuments": the
            // tagger cut the complement's words after "and" off the body's name; not a name of its own ("the [Department of
            // Defense] and Boeing").
            var isBodyWithoutComplementsTail = span.Type == EntityType.Organisation && span.FirstToken == first && span.LastToken > head && span.LastToken + 2 < end
                && sentence.Tokens[span.LastToken + 1].Text is "and" or "&" && NamesNothingOfItsOwn(sentence, span.LastToken + 2, end, gazetteer);
            if (!isBodyWithoutHead && !isBodyWithoutComplement && !isBodyWithoutComplementsTail && (!isListedPlace || !(isInComplement || opensOwnWords))) return true;
        }

        return false;
    }

    /// <summary>Whether the complement's words [<paramref name="first"/>, <paramref name="end"/>) are a listed place ("Wales") or common words ("Monuments").</summary>
    private static bool NamesNothingOfItsOwn(SentenceText sentence, int first, int end, Gazetteer gazetteer) =>
        gazetteer.IsPlace(sentence.Slice(first, end))
        || Enumerable.Range(first, end - first).All(index => IsCommonWordOrPlural(sentence.Tokens[index].Text) && !gazetteer.IsOrganisationCue(sentence.Tokens[index].Text));

    // The lexicon lists "monument", not always its plural.
    private static bool IsCommonWordOrPlural(string word) =>
        SentenceWords.IsCommonWord(word) || (word.Length > 3 && word[^1] == 's' && SentenceWords.IsCommonWord(word[..^1]));

    /// <summary>
    /// Past "of Deputies", "for Economic Defense", "of the Philippines", "of Information Technology and Telecommunication":
    /// capitalised words after "of" or "for", joined by "and" or "&amp;"; <paramref name="next"/> where none follows.
    /// </summary>
    /// <summary>
    /// "Communist Party of India [(Marxist)]", "Communist Party of Nepal [(Maoist Centre)]", "[(Marxist-Leninist) Liberation]": a
    /// doctrine in brackets after a party's complement, and a word after them, are part of the name.
    /// </summary>
    private static int WithDoctrine(Token[] tokens, int end)
    {
        if (end + 2 >= tokens.Length || tokens[end].Text != "(") return end;
        var close = end + 1;
        while (close < tokens.Length && close - end <= 4 && (NameWords.IsCapitalised(tokens[close].Text) || tokens[close].Text is "-" or "\u2013")) close++;
        // "(Marxist)", and the one word that tells India's parties apart: "Janata Dal (Secular)", "Janata Dal (United)".
        if (close >= tokens.Length || tokens[close].Text != ")" || !(Enumerable.Range(end + 1, close - end - 1).Any(index => NameWords.IsDoctrine(tokens[index].Text))
                || (close == end + 2 && tokens[end + 1].Text is "Secular" or "United"))) return end;

        end = close + 1;
        var next = end < tokens.Length ? tokens[end].Text : "";
        return NameWords.IsNameWord(next) && !SentenceWords.IsSentenceWord(next) && (end + 1 == tokens.Length || !NameWords.IsCapitalised(tokens[end + 1].Text)) ? end + 1 : end;
    }

    /// <summary>
    /// The end of a party's name in [<paramref name="first"/>, <paramref name="end"/>) with its doctrine in brackets, which
    /// the tagger left out ("[Communist Party of India] (Marxist)", "[Kumar's Janata Dal] (United)"): for a "Dal" or a
    /// "Party" with its complement, as <see cref="Add"/> reads them.
    /// </summary>
    internal static int WithPartysDoctrine(Token[] tokens, int first, int end)
    {
        var isParty = tokens[end - 1].Text == "Dal"
            || Enumerable.Range(first, Math.Max(0, end - first - 2)).Any(index => tokens[index].Text == "Party" && tokens[index + 1].Text is "of" or "for");
        return isParty ? WithDoctrine(tokens, end) : end;
    }

    /// <summary>Whether the complement in (<paramref name="head"/>, <paramref name="end"/>) is a list with commas ("of Health, Labour and Welfare").</summary>
    private static bool ListsComplementWords(Token[] tokens, int head, int end)
    {
        for (var index = head + 1; index < end; index++)
        {
            if (tokens[index].Text == ",") return true;
        }

        return false;
    }

    private static int ComplementEnd(Token[] tokens, int next)
    {
        if (next + 1 >= tokens.Length || tokens[next].Text is not ("of" or "for")) return next;

        var end = next + 1;
        if (tokens[end].Text == "the" && end + 1 < tokens.Length) end++;
        var (words, beforeComma) = (0, -1);
        while (end < tokens.Length && words < MaxComplementWords)
        {
            if (IsComplementWord(tokens[end].Text)) { words++; end++; continue; }
            if (tokens[end].Text is "and" or "&" && words > 0 && end + 1 < tokens.Length && IsComplementWord(tokens[end + 1].Text)) { end++; beforeComma = -1; continue; }
            if (tokens[end].Text == "," && words > 0 && end + 1 < tokens.Length && IsComplementWord(tokens[end + 1].Text))
            {
                if (beforeComma < 0) beforeComma = end; // "of Land, Infrastructure, Transport and Tourism": a list that "and" must close
                end++;
                continue;
            }

            break;
        }

        if (beforeComma >= 0) end = beforeComma; // "Ministry of Defence, Home Office": no list of the complement's words
        return words == 0 || (end < tokens.Length && GoesOn(tokens, end) && tokens[end].Text is not ("and" or "&")) ? next : end;
    }

    /// <summary>
    /// "Foundation [for Human Rights]", "Union [of Journalists]", "Commission [on Human Rights]", "Party [Leader]": the name,
    /// or a title, goes on; not "on Wednesday".
    /// </summary>
    private static bool GoesOn(Token[] tokens, int next) =>
        NameWords.IsCapitalised(tokens[next].Text) || tokens[next].Text is "of" or "for" or "-"
        || (tokens[next].Text is "and" or "&" && next + 1 < tokens.Length && NameWords.IsCapitalised(tokens[next + 1].Text)) // not "..., the Ghana Police Service and the Forestry Commission"
        || (tokens[next].Text == "on" && next + 1 < tokens.Length && NameWords.IsCapitalised(tokens[next + 1].Text) && !SentenceWords.IsDateWord(tokens[next + 1].Text));

    // Portfolios count here, though they open titles elsewhere: "Ministry of Information", "Court of Justice".
    private static bool IsComplementWord(string word) =>
        word.Length > 1 && NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !ComplementHeads.Contains(word) && !SentenceWords.IsDateWord(word);

    private static bool IsOwnWord(string word) =>
        word.Length > 1 && (NameWords.IsNameWord(word) || InstitutionModifiers.Contains(word) || IsDottedInitials(word)) && !Heads.Contains(word) && !SentenceWords.IsDateWord(word);

    /// <summary>"B.C.", "U.S.": a place's initials with full stops, which open bodies' names ("the B.C. Wildfire Service").</summary>
    private static bool IsDottedInitials(string word) => word.Length >= 4 && NameWords.IsInitials(word);

    // Title modifiers ("Police Commissioner") that name institutions too, after a name of their own: "the Ghana Police
    // Service", "the Kenya Military Academy"; alone ("the National Council") they name no body this rule reads.
    private static readonly FrozenSet<string> InstitutionModifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "National", "Federal", "State", "Regional", "Provincial", "Army", "Naval", "Navy", "Military", "Police", "Press",
        "Presidential", "Information", "Trade", "Health", "Education", "Economic", "Energy", "Environment", "Security",
        "Intelligence", "Financial", "Medical", "Investment", "Technical", "Justice",
    ]);
}
