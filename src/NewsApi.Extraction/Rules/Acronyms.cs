using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>Finds acronym definitions in a sentence, in both orders, by matching the acronym to the long form's initials.</summary>
internal sealed class Acronyms(RoleChain roles)
{
    private const int MaxLongFormTokens = 14;
    private const int MaxTokensBetweenAcronymAndBracket = 3;

    // Small words a long form may skip when spelling its acronym ("Ministry of Defence" -> MOD or MD).
    private static readonly FrozenSet<string> SkippableWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "of", "and", "the", "for", "on", "in", "at", "to", "&", "-", "de", "du", "des", "la", "le",
    ]);

    // Capitalised at a sentence's start, yet no part of the name after them ("His New Flemish Alliance (N-VA)", "Despite
    // the Zimbabwe Electoral Commission (ZEC)").
    private static readonly FrozenSet<string> OpeningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "A", "An", "Its", "His", "Her", "Their", "Our", "This", "That", "These", "Despite", "After", "Before", "With", "Without",
        "Under", "Since", "Although", "Though", "While", "When", "If", "As", "By", "From", "Into", "Through", "Against", "Also",
        "But", "Yet", "Meanwhile", "However", "Then", "Now", "Today", "Yesterday", "Earlier", "Later", "Both", "Even", "Only",
        "Once", "Until", "Unlike", "Like", "Among", "Amid", "Following", "According", "Including", "Via", "Where", "Whereas",
    ]);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal, ["of", "for", "in"]);

    // What joins the words of a name before a bracket: "Bank of England", "Party for Freedom", "Food and Agriculture",
    // "Mission in Haiti", "Party of the Democratic Revolution", and the Romance particles and "e"/"y" ("Corporación Nacional
    // del Cobre"); not "to", "at" or "on", which run on into the sentence.
    private static readonly FrozenSet<string> JoiningWords = FrozenSet.Create(StringComparer.Ordinal, ["of", "for", "and", "in", "&", "-", "the", "la", "le", "e", "y"]);

    private static bool IsJoiningWord(string word) => JoiningWords.Contains(word) || NameWords.IsRomanceParticle(word);
    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.Ordinal, ["the", "la", "le"]);

    public IReadOnlyList<AcronymDefinition> Find(Token[] tokens)
    {
        var definitions = new List<AcronymDefinition>();
        for (var open = 1; open < tokens.Length; open++)
        {
            if (tokens[open].Text != "(" || CloseOf(tokens, open) is not (var close and > 0))
            {
                continue;
            }

            if (close == open + 2 && (RoleChain.IsAcronym(tokens[open + 1].Text) || IsForOrOfInitials(tokens[open + 1].Text))
                && LongFormBefore(tokens, open, tokens[open + 1].Text) is var first and >= 0
                && (RoleChain.IsAcronym(tokens[open + 1].Text) || (char.IsUpper(tokens[first].Text[0]) && (first == 0 || !char.IsUpper(tokens[first - 1].Text[0])))))
            {
                definitions.Add(Define(tokens, tokens[open + 1].Text, first, open, open + 1));
            }
            else if (AcronymBefore(tokens, open, open + 1, close) is var acronymIndex and >= 0)
            {
                definitions.Add(Define(tokens, tokens[acronymIndex].Text, open + 1, close, acronymIndex));
            }
            else if (LongFormEnd(tokens, open, close) is var longFormEnd and > 0)
            {
                definitions.Add(Define(tokens, tokens[close - 1].Text, open + 1, longFormEnd, close - 1)); // "(Koalisi Indonesia Maju, or KIM)"
            }
        }

        return definitions;
    }

    /// <summary>
    /// "European Cybercrime Centre (EC3)", "Belgian Transport Union (BTB)", "Republican People's Party (CHP)", "Law and Justice
    /// (PiS)": an acronym in brackets right after a name of two or more capitalised words, one of them an organisation's word
    /// or the whole a listed organisation's or a party's name ("Social Democrats (SPD)"), is that name's short form, though
    /// its letters spell the name in another language or not at all. So is an acronym of three or more capitals after a
    /// name of three or more words ("National Coordinator of Education Workers (CNTE)"), and a capitalised word after an
    /// organisation's name ("National Foundation for Indigenous Peoples (Funai)"). Brackets <paramref name="spelt"/> already
    /// defines are left to it, and so is a name that starts inside a person's (<paramref name="isPerson"/>: "Ernest Bai
    /// Koroma of All People's Congress (APC)" defines the congress) or after a comma in a list of names.
    /// </summary>
    public static IEnumerable<AcronymDefinition> ShortFormsAfterNames(
        Token[] tokens, IReadOnlyList<AcronymDefinition> spelt, Func<int, bool> isPerson, Gazetteer gazetteer)
    {
        for (var open = 2; open + 2 < tokens.Length; open++)
        {
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")") continue;

            // "Lucent Technologies (USA)": a country's letters say where the firm is, not what it is called.
            var shortForm = tokens[open + 1].Text;
            var isWord = !IsShortForm(shortForm) && IsWordShortForm(shortForm) && WordChars.Count(shortForm, char.IsUpper) == 1
                && !SentenceWords.IsSentenceWord(shortForm) && !SentenceWords.IsCommonWord(shortForm) && !RoleWords.StartsTitle(shortForm)
                && !RoleWords.IsHead(shortForm) && !gazetteer.IsFirstName(shortForm) // "(Funai)", not "(King)"
                && !NameWords.IsDoctrine(shortForm); // "Communist Party of India (Marxist)": the bracket is part of the name
            if (!(IsShortForm(shortForm) || isWord) || (gazetteer.IsPlace(shortForm) && !gazetteer.IsCityInCapitals(shortForm)) || gazetteer.IsCountry(shortForm)
                || spelt.Any(definition => definition.AcronymIndex == open + 1))
            {
                continue;
            }

            var first = SecondBodyStart(tokens, NameStartBefore(tokens, open, isPerson, gazetteer), open, shortForm, gazetteer);
            var afterList = first >= 2 && tokens[first - 1].Text == "," && char.IsUpper(tokens[first - 2].Text[0]); // "Educational, Scientific and Cultural"
            var longForm = LongForm(tokens, first, open);
            if (open - first >= 2 && !afterList && !(isWord && NotBodies.Contains(tokens[open - 1].Text))
                && (NamesOrganisation(tokens, first, open, gazetteer) || (isWord && IsSpeltByPrefixes(shortForm, tokens, first, open))
                    || (!isWord && (gazetteer.IsListedOrganisation(longForm) || PartyNames.IsCollectiveName(longForm)))
                    || (open - first >= 3 && shortForm.Length >= 3 && RoleChain.IsAcronym(shortForm) && IsBodysName(tokens, first, open, longForm, gazetteer))))
            {
                yield return new AcronymDefinition(shortForm, longForm, first, open, open + 1, IsRole: false);
            }
        }
    }

    /// <summary>
    /// "National Union of Miners and Allied Workers, known by its initials NUMAW", "Monetary Policy Committee, known by its
    /// Portuguese acronym Copom", "Texans for a Republican Majority, known as TRMPAC", "Development Organization, or NEDO,":
    /// a short form introduced in words right after an organisation's name. After "known as" and "or" only an acronym
    /// counts ("known as Wyeth" is the firm's new name).
    /// </summary>
    public static IEnumerable<AcronymDefinition> ShortFormsInWords(Token[] tokens, Func<int, bool> isPerson, Gazetteer gazetteer)
    {
        for (var cue = 2; cue + 2 < tokens.Length; cue++)
        {
            if (!IsShortFormCue(tokens, cue) || ShortFormAfter(tokens, cue) is not (var shortForm and > 0)
                || gazetteer.IsPlace(tokens[shortForm].Text) || gazetteer.IsCountry(tokens[shortForm].Text))
            {
                continue;
            }

            // The words that spell it, though the tagger took one for a person ("Federation of Dock and Allied Workers, known
            // by its initials FDAW"); else the organisation's name before it ("Monetary Policy Committee ... Copom").
            var end = NameEndBeforeCue(tokens, cue);
            var spelt = LongFormBefore(tokens, end, tokens[shortForm].Text);
            var first = spelt >= 0 && char.IsUpper(tokens[spelt].Text[0]) ? spelt : NameStartBefore(tokens, end, isPerson, gazetteer);
            if (end - first >= 2 && (first == spelt || NamesOrganisation(tokens, first, end, gazetteer)))
            {
                yield return new AcronymDefinition(tokens[shortForm].Text, LongForm(tokens, first, end), first, end, shortForm, IsRole: false);
            }
        }
    }

    /// <summary>
    /// Where the name a short form stands for ends, when it is written right before it: before "(" in "Porto Alto Stock Exchange
    /// (PaSE)", before ", known by its initials" in "..., known by its initials FDAW"; -1 otherwise.
    /// </summary>
    public static int NameEndBefore(Token[] tokens, int shortForm)
    {
        if (shortForm >= 2 && tokens[shortForm - 1].Text == "(") return shortForm - 1;
        for (var cue = shortForm - 2; cue >= Math.Max(1, shortForm - 7); cue--)
        {
            if (IsShortFormCue(tokens, cue) && ShortFormAfter(tokens, cue) == shortForm) return NameEndBeforeCue(tokens, cue);
        }

        return -1;
    }

    /// <summary>"Harbour Board, also known as", "Organization, or": the name ends before the comma and the adverb.</summary>
    private static int NameEndBeforeCue(Token[] tokens, int cue)
    {
        var end = cue;
        if (end > 1 && tokens[end - 1].Text is "also" or "commonly" or "widely" or "better" or "locally") end--;
        if (end > 1 && tokens[end - 1].Text == ",") end--;
        return end;
    }

    /// <summary>"known", or "or" after a comma ("Development Organization, or NEDO").</summary>
    private static bool IsShortFormCue(Token[] tokens, int index) =>
        tokens[index].Text == "known" || (tokens[index].Text == "or" && tokens[index - 1].Text == ",");

    /// <summary>
    /// Where the short form after the cue is: "known as (the) NUMAW", "known by its (Portuguese) acronym Copom", ", or NEDO,"
    /// (an acronym that ends the phrase); -1 if none.
    /// </summary>
    private static int ShortFormAfter(Token[] tokens, int cue)
    {
        var next = cue + 1;
        if (tokens[cue].Text == "or")
        {
            return RoleChain.IsAcronym(tokens[next].Text) && (next + 1 == tokens.Length || tokens[next + 1].Text is "," or "." or ";" or ")") ? next : -1;
        }

        if (tokens[next].Text == "as")
        {
            var nickname = tokens[next + 1].Text == "the"; // "known as the Hawks,": a body's nickname, one capitalised word and a pause
            next += nickname ? 2 : 1;
            return next < tokens.Length && !StartsLongerName(tokens, next)
                && (RoleChain.IsAcronym(tokens[next].Text) || (nickname && IsNickname(tokens, next))) ? next : -1;
        }

        if (tokens[next].Text != "by" || next + 3 >= tokens.Length || tokens[next + 1].Text is not ("its" or "the" or "their")) return -1;
        for (next += 2; next + 1 < tokens.Length && next <= cue + 5; next++)
        {
            if (tokens[next].Text is "initials" or "acronym" or "abbreviation")
            {
                var shortForm = tokens[next + 1].Text;
                return (RoleChain.IsAcronym(shortForm) || IsWordShortForm(shortForm)) && !StartsLongerName(tokens, next + 1) ? next + 1 : -1;
            }
        }

        return -1;
    }

    private static bool StartsLongerName(Token[] tokens, int index) => index + 1 < tokens.Length && char.IsUpper(tokens[index + 1].Text[0]);

    /// <summary>"the [Hawks],", "the [Scorpions].": a capitalised word of letters that ends the phrase.</summary>
    private static bool IsNickname(Token[] tokens, int index) =>
        tokens[index].Text.Length >= 3 && char.IsUpper(tokens[index].Text[0]) && WordChars.All(tokens[index].Text, char.IsLetter)
        && (index + 1 == tokens.Length || tokens[index + 1].Text is "," or "." or ";" or ")");

    /// <summary>
    /// An acronym (NUMAW, EC3), or a short form written in mixed case: LuSE, MyCC, TurkStat; not a name such as McDonald or
    /// MacArthur.
    /// </summary>
    public static bool IsShortForm(string text) =>
        RoleChain.IsAcronym(text)
        || text.Length is >= 3 and <= 10 && char.IsUpper(text[0]) && WordChars.Count(text, char.IsUpper) >= 2
            && WordChars.All(text, char.IsLetterOrDigit) && !text.StartsWith("Mc", StringComparison.Ordinal) && !text.StartsWith("Mac", StringComparison.Ordinal)
            && !(text[^1] == 's' && WordChars.All(text.AsSpan(0, text.Length - 1), char.IsUpper)); // NGOs: a plural, not a name

    /// <summary>
    /// "Transport for Greater Manchester (TfGM)", "Ministry of Defence (MoD)": initials that keep "for" or "of" in lower case.
    /// Only for a capitalised long form with no capitalised word before it: "United States Department of Defense (DoD)" is
    /// the whole name, and "voice over Internet protocol (VoIP)" is none.
    /// </summary>
    private static bool IsForOrOfInitials(string text) =>
        text.Length is >= 3 and <= 8 && char.IsUpper(text[0]) && WordChars.Count(text, char.IsUpper) >= 2
        && WordChars.All(text, character => char.IsUpper(character) || character is 'f' or 'o');

    /// <summary>Copom, Ofgem: a capitalised word an explicit "acronym" or "initials" names as one.</summary>
    private static bool IsWordShortForm(string text) => text.Length is >= 3 and <= 10 && char.IsUpper(text[0]) && WordChars.All(text, char.IsLetterOrDigit);

    /// <summary>
    /// The first word of the capitalised name ending right before token <paramref name="end"/>: "of", "for", "of the" may join
    /// its words, and so may a possessive after a word that is neither a place nor an organisation's ("People's Liberation
    /// Army"; not "Germany's Federal Office", "Navy's Maritime Liaison Office"). Words that open a sentence ("Despite the")
    /// and people's names are left out.
    /// </summary>
    private static int NameStartBefore(Token[] tokens, int end, Func<int, bool> isPerson, Gazetteer gazetteer)
    {
        var first = end;
        for (var index = end - 1; index >= 0 && end - index <= MaxLongFormTokens && !isPerson(index); index--)
        {
            var word = tokens[index].Text;
            if (char.IsUpper(word[0]))
            {
                first = index;
            }
            else if (!((IsJoiningWord(word) || IsJoiningOn(tokens, index, gazetteer)) && FollowsCapitalised(tokens, index)
                || word is "'s" or "’s" or "'" or "’" && index > 0 && char.IsUpper(tokens[index - 1].Text[0]) && !IsPlaceEndingAt(tokens, index - 1, gazetteer)
                    && !IsOrganisationWord(tokens[index - 1].Text, gazetteer)))
            {
                break;
            }
        }

        while (first < end && (OpeningWords.Contains(tokens[first].Text) || SkippableWords.Contains(tokens[first].Text))) first++;

        // "Koroma of All People's Congress", "General in the Chinese People's Liberation Army": words before a preposition
        // that name no organisation are someone's, not the name's ("Bank of England", "Mission in Haiti" keep theirs).
        var preposition = Enumerable.Range(first + 1, Math.Max(0, end - first - 2)).FirstOrDefault(index => Prepositions.Contains(tokens[index].Text));
        if (preposition > 0 && !NamesOrganisation(tokens, first, preposition, gazetteer))
        {
            first = NameStartAfter(tokens, preposition, end);
        }

        // "the Investigative Committee and the Federal Security Service (FSB)": two names, the bracket's is the second.
        for (var index = first + 1; index < end - 2; index++)
        {
            if (tokens[index].Text == "and" && Articles.Contains(tokens[index + 1].Text)
                && NamesOrganisation(tokens, first, index, gazetteer) && NamesOrganisation(tokens, index + 2, end, gazetteer))
            {
                first = NameStartAfter(tokens, index, end);
            }
        }

        return first;
    }

    /// <summary>Whether a place's name ends at token <paramref name="last"/>: "Germany", "United Kingdom".</summary>
    private static bool IsPlaceEndingAt(Token[] tokens, int last, Gazetteer gazetteer) =>
        gazetteer.IsPlace(tokens[last].Text) || gazetteer.IsCountry(tokens[last].Text)
        || last > 0 && gazetteer.IsPlace(tokens[last - 1].Text + " " + tokens[last].Text);

    /// <summary>
    /// "a member of the European Parliament for the Democratic Coalition (DK)": a listed body of its own, a preposition, then
    /// a second body's name; the bracket is the second's. Not "the Food and Agriculture Organization of the United Nations
    /// (FAO)": the bracket spells the first.
    /// </summary>
    private static int SecondBodyStart(Token[] tokens, int first, int end, string shortForm, Gazetteer gazetteer)
    {
        for (var preposition = first + 2; preposition < end - 1; preposition++)
        {
            if (!Prepositions.Contains(tokens[preposition].Text)) continue;
            if (!gazetteer.IsListedOrganisation(LongForm(tokens, first, preposition)) || Spells(tokens, first, preposition, shortForm)) return first;
            var after = NameStartAfter(tokens, preposition, end);
            return after < end - 1 && NamesOrganisation(tokens, after, end, gazetteer) ? after : first;
        }

        return first;
    }

    /// <summary>Where the name starts after the joining word at <paramref name="joining"/> ("of", "and"): past small words and opening words.</summary>
    private static int NameStartAfter(Token[] tokens, int joining, int end)
    {
        var first = joining;
        while (first < end && (SkippableWords.Contains(tokens[first].Text) || OpeningWords.Contains(tokens[first].Text))) first++;
        return first;
    }

    /// <summary>
    /// Three or more capitalised words joined only by "of" or "for", that no longer name goes on before ("Partido da [Social
    /// Democracia Brasileira]"), and that name no place, building, event or index ("People's Republic of China", "John F.
    /// Kennedy International Airport", "First World War").
    /// </summary>
    private static bool IsBodysName(Token[] tokens, int first, int end, string longForm, Gazetteer gazetteer)
    {
        var last = tokens[end - 1].Text;
        return Enumerable.Range(first, end - first).Count(index => char.IsUpper(tokens[index].Text[0])) >= 3
            && Enumerable.Range(first, end - first).All(index => char.IsUpper(tokens[index].Text[0]) || tokens[index].Text is "of" or "for" or "'s" or "’s")
            && !(first >= 2 && char.IsLower(tokens[first - 1].Text[0]) && char.IsUpper(tokens[first - 2].Text[0]) && tokens[first - 1].Text.Length <= 4)
            && !gazetteer.IsPlace(longForm) && !gazetteer.IsCountry(longForm) && !NestedPlaces.IsPlaceHead(tokens[first].Text)
            && !longForm.Contains(" Republic", StringComparison.Ordinal) && !NameWords.IsFacilityWord(last) && !NotBodies.Contains(last);
    }

    private static readonly FrozenSet<string> NotBodies = FrozenSet.Create(StringComparer.Ordinal,
    [
        "War", "Games", "Cup", "Championship", "Championships", "Index", "Exam", "Examination", "Act", "Treaty", "Agreement",
        "Accord", "Accords", "Protocol", "Rate", "Product", "Program", "Programme", "Scheme", "Plan", "Initiative", "Test",
    ]);

    /// <summary>
    /// "Petróleos Mexicanos (Pemex)", "Petróleo Brasileiro (Petrobras)", "Corporación Nacional del Cobre (Codelco)": a word made
    /// of the first letters of the name's words in order, each word giving one or more (joining words and one other word may
    /// give none), as firms and agencies of Spanish and Portuguese are shortened; the first word gives the first letters.
    /// </summary>
    private static bool IsSpeltByPrefixes(string shortForm, Token[] tokens, int first, int end)
    {
        var letters = Entities.NameKey.WithoutAccents(shortForm).ToLowerInvariant();
        var words = tokens[first..end].Select(token => Entities.NameKey.WithoutAccents(token.Text).ToLowerInvariant()).ToArray();

        bool Spells(int letter, int word, bool skipped)
        {
            if (letter == letters.Length) return true;
            if (word == words.Length) return false;
            for (var length = Math.Min(words[word].Length, letters.Length - letter); length >= 1; length--)
            {
                if (string.CompareOrdinal(words[word], 0, letters, letter, length) == 0 && Spells(letter + length, word + 1, skipped)) return true;
            }

            var isJoining = IsJoiningWord(words[word]);
            return word > 0 && (isJoining || !skipped) && Spells(letter, word + 1, skipped || !isJoining);
        }

        return words.Length >= 2 && Spells(0, 0, skipped: false);
    }

    private static bool NamesOrganisation(Token[] tokens, int first, int end, Gazetteer gazetteer) =>
        Enumerable.Range(first, end - first).Any(index => IsOrganisationWord(tokens[index].Text, gazetteer));

    private static bool IsOrganisationWord(string word, Gazetteer gazetteer) => NameWords.IsOrganisationWord(word) || gazetteer.IsOrganisationCue(word);

    /// <summary>
    /// "Intergovernmental Authority on Development (IGAD)": "on" between a body's word and a capitalised word that is no date
    /// joins the name ("talks on Monday" runs on into the sentence).
    /// </summary>
    private static bool IsJoiningOn(Token[] tokens, int index, Gazetteer gazetteer) =>
        tokens[index].Text == "on" && index > 0 && index + 1 < tokens.Length && IsOrganisationWord(tokens[index - 1].Text, gazetteer)
        && char.IsUpper(tokens[index + 1].Text[0]) && !SentenceWords.IsDateWord(tokens[index + 1].Text);

    /// <summary>Whether a capitalised word comes right before token <paramref name="index"/>, or before the joining word ahead of an article ("of the", "in the").</summary>
    private static bool FollowsCapitalised(Token[] tokens, int index)
    {
        var before = index - 1;
        if (before > 0 && Articles.Contains(tokens[index].Text) && IsJoiningWord(tokens[before].Text) && !Articles.Contains(tokens[before].Text)) before--;
        return before >= 0 && char.IsUpper(tokens[before].Text[0]);
    }

    /// <summary>Whether the words of tokens [first, end) spell <paramref name="acronym"/> by their initials.</summary>
    public static bool Spells(Token[] tokens, int first, int end, string acronym)
    {
        var letters = acronym.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        return Spells(tokens, first, end, letters, 0);
    }

    private static bool Spells(Token[] tokens, int position, int end, char[] letters, int letter)
    {
        if (position == end)
        {
            return letter == letters.Length;
        }

        var word = tokens[position].Text;
        if (letter == letters.Length && position > 0 && NameWords.IsCompanySuffix(word) && char.IsUpper(word[0]))
        {
            return Spells(tokens, position + 1, end, letters, letter); // "Korea Hydro & Nuclear Power Co. (KHNP)": a legal form spells nothing
        }

        var initialMatches = letter < letters.Length && char.ToUpperInvariant(word[0]) == letters[letter];
        return (initialMatches && Spells(tokens, position + 1, end, letters, letter + 1))
            || (SpellsWhole(word, letters, letter) && Spells(tokens, position + 1, end, letters, letter + word.Length))
            || (SkippableWords.Contains(word) && Spells(tokens, position + 1, end, letters, letter))
            || (word == "," && position + 1 < end && char.IsUpper(tokens[position + 1].Text[0]) && Spells(tokens, position + 1, end, letters, letter))
            || (word == "-" && position + 1 < end && char.IsLower(tokens[position + 1].Text[0]) && Spells(tokens, position + 2, end, letters, letter)); // "Co-operation" gives one letter
    }

    /// <summary>An acronym inside the long form gives all its letters: "UK Independence Party (UKIP)".</summary>
    private static bool SpellsWhole(string word, char[] letters, int letter) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsAsciiLetterUpper)
        && letters.AsSpan(letter).StartsWith(word.AsSpan());

    private AcronymDefinition Define(Token[] tokens, string acronym, int first, int end, int acronymIndex)
    {
        var isRole = roles.ParseExactly(tokens, first, end, lowerCase: true) is not null;
        var office = first >= 2 && tokens[first - 1].Text == "the" ? first - 1 : first;
        if (isRole && office >= 2 && tokens[office - 1].Text == "of" && tokens[office - 2].Text == "Office")
        {
            // "the Office of the Parliamentary Budget Officer (PBO)": the acronym names the office the title heads.
            return new AcronymDefinition(acronym, LongForm(tokens, office - 2, end), office - 2, end, acronymIndex, IsRole: false);
        }

        return new AcronymDefinition(acronym, LongForm(tokens, first, end), first, end, acronymIndex, isRole);
    }

    /// <summary>The words of tokens [first, end) as written, one space where the text has any.</summary>
    public static string LongForm(Token[] tokens, int first, int end) => string.Concat(tokens.Skip(first).Take(end - first)
        .Select((token, index) => index > 0 && tokens[first + index - 1].End < token.Start ? " " + token.Text : token.Text));

    /// <summary>Where a long form spelling <paramref name="acronym"/> starts, ending right before the bracket; -1 if none.</summary>
    private static int LongFormBefore(Token[] tokens, int open, string acronym)
    {
        for (var first = open - 1; first >= Math.Max(0, open - MaxLongFormTokens); first--)
        {
            if (char.IsUpper(tokens[first].Text[0]) || char.IsLower(tokens[first].Text[0]) && !SkippableWords.Contains(tokens[first].Text))
            {
                if (Spells(tokens, first, open, acronym) && (!HasComma(tokens, first, open) || IsHeadedByOrganisationWord(tokens, first)))
                {
                    return first;
                }
            }
        }

        return -1;
    }

    private static bool HasComma(Token[] tokens, int first, int end) => Enumerable.Range(first, end - first).Any(index => tokens[index].Text == ",");

    /// <summary>
    /// "Ministry of Economy, Trade and Industry", "Institute of Epidemiology, Disease Control and Research": a long form with
    /// a list in it names an organisation by its head; "Maintenance, Repair and Overhaul (MRO)" and "Europe, Middle East and
    /// Africa (EMEA)" name none.
    /// </summary>
    private static bool IsHeadedByOrganisationWord(Token[] tokens, int first) =>
        first + 1 < tokens.Length && (NameWords.IsOrganisationWord(tokens[first].Text) || OrganisationHeads.Contains(tokens[first].Text))
        && tokens[first + 1].Text is "of" or "for";

    private static readonly FrozenSet<string> OrganisationHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Ministry", "Department", "Institute", "Office", "Agency", "Bureau", "Centre", "Center", "Council", "Commission",
        "Committee", "Union", "Federation", "Association", "Society", "Board", "Authority", "Secretariat", "Directorate",
    ]);

    /// <summary>"FIRST Global competition (For Inspiration and ...)": an acronym just before the bracket that its contents spell.</summary>
    private static int AcronymBefore(Token[] tokens, int open, int first, int close)
    {
        for (var index = open - 1; index >= Math.Max(0, open - MaxTokensBetweenAcronymAndBracket); index--)
        {
            if (RoleChain.IsAcronym(tokens[index].Text) && Spells(tokens, first, close, tokens[index].Text)
                && (!HasComma(tokens, first, close) || IsHeadedByOrganisationWord(tokens, first)))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>"(Koalisi Indonesia Maju, or KIM)": where a long form ends that the bracket's last word, after "or", spells; -1 if none.</summary>
    private static int LongFormEnd(Token[] tokens, int open, int close)
    {
        if (close - open < 4 || tokens[close - 2].Text != "or" || !RoleChain.IsAcronym(tokens[close - 1].Text))
        {
            return -1;
        }

        var end = tokens[close - 3].Text == "," ? close - 3 : close - 2;
        return end > open + 1 && char.IsUpper(tokens[open + 1].Text[0]) && Spells(tokens, open + 1, end, tokens[close - 1].Text) ? end : -1;
    }

    private static int CloseOf(Token[] tokens, int open)
    {
        for (var position = open + 1; position < tokens.Length && position <= open + MaxLongFormTokens + 1; position++)
        {
            if (tokens[position].Text == ")")
            {
                return position;
            }
        }

        return -1;
    }
}
