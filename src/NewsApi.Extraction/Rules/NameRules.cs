using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;
using static NewsApi.Extraction.Rules.NameWords;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Turns the tagger's spans into name mentions, applying the rules that are surer than a statistical tagger: titles
/// become roles (and mark a person), acronym definitions link two names, hyphenated place compounds split, demonyms and
/// bare titles are no entities, and a capitalised name right after a title is a person even when the tagger missed it.
/// </summary>
internal sealed class NameRules
{
    private const int MaxNameTokens = 5;

    private static readonly FrozenSet<string> LeadingArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["the", "a", "an"]);

    // Letters after a name are no part of it: "Sarah Whitehouse KC", "Jane Smith MP", "John Brown OBE". Honours and
    // counsel's ranks name nothing of their own; a member's letters are a role (RoleWords).
    private static readonly FrozenSet<string> HonourLetters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "KC", "QC", "SC", "SAN", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD",
    ]);

    private static readonly FrozenSet<string> PostNominals = HonourLetters.Concat(["MP", "MEP", "MSP", "MLA"]).ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;
    private readonly RoleChain _roles;
    private readonly Acronyms _acronyms;
    private readonly PlaceRules _places;
    private readonly TypeCorrection _types;
    private readonly PeopleGroups _groups;

    public NameRules(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _roles = new RoleChain(gazetteer);
        _acronyms = new Acronyms(_roles);
        _places = new PlaceRules(gazetteer);
        _groups = new PeopleGroups(gazetteer);
        _types = new TypeCorrection(gazetteer);
    }

    // Last words of sites that news names by their initials: "Grand Ethiopian Renaissance Dam (GERD)", "Jomo Kenyatta
    // International Airport (JKIA)". Not "Center" or "Hall", which end bodies' names too ("National Hurricane Center (NHC)").
    private static readonly FrozenSet<string> SiteWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Dam", "Airport", "Stadium", "Bridge", "Canal", "Reservoir", "Highway", "Expressway", "Mosque", "Square", "Arena", "Corridor",
    ]);

    private static bool IsSitesName(string longForm) => SiteWords.Contains(longForm[(longForm.LastIndexOf(' ') + 1)..]);

    /// <summary>Records the acronyms a field defines; run over every field before <see cref="Apply"/>.</summary>
    public void LearnAcronyms(IReadOnlyList<Sentence> sentences, IReadOnlyList<TaggedSpan> spans, AcronymBook book)
    {
        for (var index = 0; index < sentences.Count; index++)
        {
            var definitions = _acronyms.Find(sentences[index].Tokens);
            foreach (var definition in definitions)
            {
                var type = IsSitesName(definition.LongForm) ? EntityType.Place
                    : ForeignBodyNames.OpensBodysName(definition.LongForm) ? EntityType.Organisation // "Barisan Nasional (BN)", which the tagger reads as a place
                    : spans.FirstOrDefault(span => span.Sentence == index && span.FirstToken <= definition.LongFirst
                        && span.LastToken >= definition.LongEnd - 1 && span.Type != EntityType.Person)?.Type ?? EntityType.Organisation;
                var isCommonNoun = !definition.IsRole && IsCommonNounPhrase(definition.LongForm);
                book.Define(definition.Acronym, new AcronymMeaning(definition.LongForm, type, definition.IsRole, isCommonNoun));
            }

            foreach (var (translation, name) in TranslatedNames.Find(sentences[index].Tokens, index, spans, _gazetteer) ?? Enumerable.Empty<(string, string)>())
            {
                book.Define(translation, new AcronymMeaning(name, EntityType.Organisation, IsRole: false));
            }

            foreach (var (realName, usedName) in RealNames.Find(sentences[index].Tokens, index, spans))
            {
                book.LinkPeople(realName, usedName);
            }

            // The sentence's people, looked up only where a bracket asks (most sentences have none).
            bool IsPerson(int token) => spans.Any(span => span.Sentence == index && span.Type == EntityType.Person
                && span.FirstToken <= token && token <= span.LastToken);
            foreach (var definition in Acronyms.ShortFormsAfterNames(sentences[index].Tokens, definitions, IsPerson, _gazetteer)
                .Concat(Acronyms.ShortFormsInWords(sentences[index].Tokens, IsPerson, _gazetteer)))
            {
                // "Member of Parliament, or MP": a title's short form names no one.
                var isRole = _roles.ParseExactly(sentences[index].Tokens, definition.LongFirst, definition.LongEnd, lowerCase: true) is not null;
                book.Define(definition.Acronym, new AcronymMeaning(definition.LongForm, EntityType.Organisation, isRole));
            }
        }
    }

    /// <summary>
    /// "liquefied natural gas (LNG)", "Internet service provider (ISP)": a long form of English words in lower case, but for a
    /// first word that is no organisation's ("Ministry of defence" is written carelessly). Not a French name written in
    /// lower case ("Reporters sans frontières", "Confédération générale du travail").
    /// </summary>
    private static bool IsCommonNounPhrase(string longForm)
    {
        if (!longForm.Any(char.IsUpper)) return true;
        var words = longForm.Split(' ');
        return words.Length > 1 && !NameWords.IsOrganisationWord(words[0])
            && words.Skip(1).All(word => !word.Any(char.IsUpper)
                && (SentenceWords.IsSentenceWord(word) || SentenceWords.IsCommonWord(word) || word is "of" or "and" or "for" or "the"));
    }

    /// <summary>
    /// The name mentions of one field (caption or body); <paramref name="spans"/> number its sentences from 0, and
    /// <paramref name="lowerCaseWords"/> are the words the field writes in lower case (<see cref="SentenceWords.LowerCaseIn"/>).
    /// </summary>
    public List<NameMention> Apply(
        TextField field, string text, IReadOnlyList<Sentence> sentences, HashSet<string> lowerCaseWords, IReadOnlyList<TaggedSpan> spans, AcronymBook book)
    {
        var mentions = new List<NameMention>();
        var spansBySentence = spans.ToLookup(span => span.Sentence);
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = new SentenceText(field, text, sentences[index]);
            var tagged = spansBySentence[index].OrderBy(span => span.FirstToken).Where(span => !IsSentenceWordOpening(sentence.Tokens, span, lowerCaseWords)
                && !(span.FirstToken == span.LastToken && PossessiveNames.IsDiseaseEponym(sentence.Tokens, span.FirstToken)));
            var sentenceSpans = EastAsianNames.WithNames(sentence.Tokens, index, NationalBodies.Widen(sentence.Tokens, SpacedDashes.Split(sentence.Tokens, tagged.ToList()), _gazetteer, lowerCaseWords));
            sentenceSpans = PersonNameShapes.Widen(sentence.Tokens, index, PlaceSurnames.Join(sentence.Tokens, sentenceSpans, _gazetteer), _gazetteer);
            mentions.AddRange(Apply(sentence, sentenceSpans, book));
        }

        return mentions;
    }

    /// <summary>
    /// "Young fans filled the stadium" beside "Coach Mark Young": one word opening a sentence (or a quotation at its
    /// start: "\"Transparency is not a threat"), that this text also writes in lower case, followed by a lower-case word
    /// other than a reporting verb, is the common word. So is a party's plural that news mostly writes in lower case
    /// ("Conservatives everywhere were pleased"), as <see cref="PartyNames"/> reads it: there the capital says nothing.
    /// </summary>
    private static bool IsSentenceWordOpening(Token[] tokens, TaggedSpan span, HashSet<string> lowerCaseWords) =>
        span.FirstToken == span.LastToken && (span.FirstToken == 0 || (span.FirstToken == 1 && tokens[0].Text is "\"" or "\u201C" or "'" or "\u2018"))
        && tokens.Length > span.FirstToken + 1
        && (lowerCaseWords.Contains(tokens[span.FirstToken].Text.ToLowerInvariant()) || IsCommonPartyPlural(tokens[span.FirstToken].Text))
        && WordChars.All(tokens[span.FirstToken + 1].Text, char.IsLower) && !SentenceWords.IsReportingVerb(tokens[span.FirstToken + 1].Text);

    private static bool IsCommonPartyPlural(string word) => PartyNames.IsCollectiveName(word) && SentenceWords.IsCommonWord(word);


    private List<NameMention> Apply(SentenceText sentence, List<TaggedSpan> spans, AcronymBook book)
    {
        var found = new List<NameMention>();
        BracketedAcronyms.Add(sentence, found);
        PhotoCredits.Add(sentence, _gazetteer, found);
        GroupsForCauses.Add(sentence, _gazetteer, found);
        LineUps.Add(sentence, _gazetteer, found);
        _places.AddCompounds(sentence, found);
        _places.AddDashJoined(sentence, found);
        AddAcronyms(sentence, book, found);
        ListedOrganisations.Add(sentence, spans, _gazetteer, found);
        ForeignBodyNames.Add(sentence, found);
        CompanyNames.Add(sentence, spans, _gazetteer, found);
        InstitutionNames.Add(sentence, spans, _gazetteer, found);
        AgencyNames.Add(sentence, spans, _gazetteer, found);
        PossessiveNames.Add(sentence, spans, _gazetteer, found);
        PossessiveFacilities.Add(sentence, _gazetteer, found);
        Constituencies.Add(sentence, found);
        MinistryNames.Add(sentence, spans, _gazetteer, found);
        OrganisationAppositions.Add(sentence, spans, _gazetteer, found);
        PlatformX.Add(sentence, spans, found);
        SpeakingAcronyms.Add(sentence, spans, _gazetteer, found);
        CallSigns.Add(sentence, found);
        MagazineTitles.Add(sentence, spans, _gazetteer, found);
        FirmDescriptors.Add(sentence, spans, _gazetteer, found);
        FacilityNames.Add(sentence, spans, _gazetteer, found);
        RoadNumbers.Add(sentence, found);
        PlaceCues.Add(sentence, spans, _gazetteer, found);
        ParticleNames.Add(sentence, spans, _gazetteer, found);
        SpeakerNames.Add(sentence, spans, _gazetteer, found);
        OfficesOfTitles.Add(sentence, spans, found);
        CourtNames.Add(sentence, found);
        CourtNames.AddDistricts(sentence, spans, _gazetteer, found);

        var tagged = new bool[sentence.Tokens.Length];
        foreach (var span in spans)
        {
            Array.Fill(tagged, true, span.FirstToken, span.LastToken - span.FirstToken + 1);
        }

        var roleRegions = new List<(int First, int End)>();
        foreach (var span in JoinAdjacent(sentence, spans))
        {
            if (Resolve(sentence, span, book, tagged, found) is not { } named) continue;
            if (named.Mention.Text.Contains(" & ", StringComparison.Ordinal)
                || (named.Mention.Type == EntityType.Organisation && named.Mention.Start < span.Start && named.Mention.Text.Contains(" and ", StringComparison.Ordinal)))
            {
                // "[Bill] & [Melinda Gates Foundation]", "the [Kenya Ports] and [Harbours Authority]": the organisation's name
                // reached back over a name found before as a part of it.
                found.RemoveAll(mention => mention.Overlaps(named.Mention) && named.Mention.Start <= mention.Start && mention.End <= named.Mention.End);
            }

            if (!found.Any(named.Mention.Overlaps))
            {
                found.Add(named.Mention);
                roleRegions.AddRange(named.RoleRegions);
            }
        }

        _places.AddListed(sentence, found);
        SeatsOfGovernment.Add(sentence, found);
        AddNamesAfterTitles(sentence, found, roleRegions);
        AddListedPeople(sentence, found);
        _places.AddInsideRoles(sentence, roleRegions, found);
        _groups.Add(sentence, found);
        Legislatures.Add(sentence, _gazetteer, found);

        // "Chief of [Army Staff]": a name the tagger saw inside a title is part of the title, unless it is a place or an
        // organisation the title names ("marketing director of [Costa Coffee]").
        found.RemoveAll(mention => mention.Type != EntityType.Place && roleRegions.Any(region =>
            sentence.Tokens[region.First].Start <= mention.Start && mention.End <= sentence.Tokens[region.End - 1].End)
            && !IsEmployerInTitle(mention));
        AddEmployersInsideRoles(sentence, roleRegions, tagged, found);
        NativeSpellings.Add(sentence, book, found);
        PublicBodiesOfPlaces.Add(sentence, _gazetteer, found);
        CommaListedBodies.Join(sentence, _gazetteer, found);
        return found;
    }

    // Titles whose complement is mostly a place, listed or not ("Mayor of Clear Brook", "Member for Fife"): their complement
    // is no employer.
    private static readonly FrozenSet<string> TitlesOfPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Mayor", "Governor", "Premier", "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Bishop", "Archbishop",
        "Sheriff", "Member", "MP", "Senator", "Representative", "Ambassador", "Envoy", "Consul", "Minister", "Councillor",
    ]);

    /// <summary>
    /// "the marketing director of [Costa Coffee]", "vice president for [Ready Pac]": the organisation a title names is a
    /// name of the article, whatever type the tagger gave it inside the title. Not a portfolio ("Chief of Army Staff",
    /// "Professor of Chemical Physics": words news writes in lower case), nor the place of a mayor or a governor.
    /// </summary>
    private void AddEmployersInsideRoles(SentenceText sentence, List<(int First, int End)> roleRegions, bool[] tagged, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        // Only roles that end the name's clause (", the marketing director of Costa Coffee,"): before a name the complement
        // runs into it ("Speaker of the House Nancy Pelosi") and where it ends is a guess.
        foreach (var (regionFirst, regionEnd) in roleRegions.Where(region => region.End == tokens.Length || !IsCapitalised(tokens[region.End].Text)))
        {
            for (var of = regionFirst + 1; of < regionEnd - 1; of++)
            {
                if (tokens[of].Text is not ("of" or "for") || TitlesOfPlaces.Contains(tokens[of - 1].Text)) continue;
                var first = tokens[of + 1].Text == "the" ? of + 2 : of + 1;
                var end = first;
                while (end < regionEnd && (IsCapitalised(tokens[end].Text) || (tokens[end].Text is "of" or "and" or "&" && end + 1 < regionEnd && IsCapitalised(tokens[end + 1].Text)))
                       && !(end > first && RoleWords.IsHead(tokens[end].Text))) end++;
                if (end == first || !IsCapitalised(tokens[first].Text)) continue;
                var employer = sentence.Mention(EntityType.Organisation, first, end);
                // The tagger saw a name there, or an acronym is: capitalised common words ("Chancellor of the Exchequer",
                // "professor of Psychology") are no employers, and the word list misses many of them.
                var namesSomething = (Enumerable.Range(first, end - first).Any(index => tagged[index]) || (end - first == 1 && RoleChain.IsAcronym(tokens[first].Text)))
                    && tokens.Skip(first).Take(end - first).Any(token => IsNameOnlyWord(token.Text));
                if (namesSomething && !_gazetteer.IsPlace(employer.Text)
                    && !found.Any(mention => mention.Overlaps(employer) && !(mention.Type == EntityType.Place && employer.Start <= mention.Start && mention.End <= employer.End)))
                {
                    found.RemoveAll(employer.Overlaps); // the places inside come back as nested places (NestedPlaces)
                    found.Add(employer);
                }

                of = end - 1;
            }
        }
    }

    /// <summary>
    /// "Secretary of State [Condoleezza] Rice", "Speaker of the House [Nancy] Pelosi": a capitalised word that ends a title's
    /// complement and is a given name, or no word a title is made of, opens the name after it.
    /// </summary>
    private bool LooksLikeGivenName(string word) =>
        IsCapitalised(word) && !RoleWords.StartsTitle(word) && !RoleWords.IsPortfolio(word) && !RoleChain.IsAcronym(word)
        && (_gazetteer.IsFirstName(word) || (!SentenceWords.IsSentenceWord(word) && !_gazetteer.IsPlace(word) && !IsDemonym(word)));

    /// <summary>
    /// An organisation named by a word news writes in capitals only ("Costa Coffee"), by three words or more ("Joint
    /// Chiefs of Staff"), or ending as organisations do ("Lebanese Army"); not "Army Staff" or "Jerusalem Affairs", nor a
    /// span that ends in a person's name ("House Nancy Pelosi").
    /// </summary>
    private bool IsEmployerInTitle(NameMention mention)
    {
        if (mention.Type != EntityType.Organisation) return false;
        if (mention.IsCertain) return true; // a listed organisation: "president of [Universities UK]"
        var words = mention.Text.Split(' ');
        if (words.All(word => RoleWords.IsPortfolio(word) || RoleWords.IsModifier(word))) return false; // "[Federal Emergency Management] Minister"
        var endsOrganisation = EndsOrganisationName(words[^1], _gazetteer);
        var endsInPerson = words.Length >= 2 && _gazetteer.IsFirstName(words[^2]) && !endsOrganisation && !_gazetteer.IsPlace(words[^1]);
        var ownedBody = words.Length == 2 && endsOrganisation && (IsDemonym(words[0]) || _gazetteer.IsPlace(words[0])); // not "Army Staff"
        return !endsInPerson && (words.Length >= 3 || ownedBody || words.Any(IsNameOnlyWord));
    }

    /// <summary>A capitalised word no title, portfolio, place or nationality is made of, and news writes in capitals only.</summary>
    private bool IsNameOnlyWord(string word) =>
        IsCapitalised(word) && !SentenceWords.IsSentenceWord(word) && !RoleWords.StartsTitle(word) && !RoleWords.IsPortfolio(word)
        && !_gazetteer.IsPlace(word) && !IsDemonym(word);

    /// <summary>The span's name tokens: without articles, punctuation or trailing lower-case words; null when no name is left.</summary>
    private (int First, int End)? NameTokens(Token[] tokens, TaggedSpan span)
    {
        var (first, end) = (span.FirstToken, span.LastToken + 1);
        // Articles, punctuation and lower-case words before the name ("the UN children's [agency UNICEF]"), except particles ("al-Assad").
        while (first < end && (LeadingArticles.Contains(tokens[first].Text) || !char.IsLetterOrDigit(tokens[first].Text[0])
               || (char.IsLower(tokens[first].Text[0]) && !IsNameParticle(tokens[first].Text)))) first++;
        if (first < end && (IsOnlyTitles(tokens, first, end)
            || (end < tokens.Length && char.IsLower(tokens[end].Text[0]) && IsOnlyTitles(tokens, first, end + 1))))
        {
            return null; // "Foreign Affairs minister", "[Foreign Affairs] minister"
        }

        while (first < end - 1 && IsLeadingNumber(tokens[first].Text)) first++; // "2008 [Defense Department]", "36-year [State Department]"
        while (end > first && (IsTrailingJunk(tokens[end - 1].Text) || char.IsLower(tokens[end - 1].Text[0])
               || !(char.IsLetterOrDigit(tokens[end - 1].Text[0]) || tokens[end - 1].Text == ")"))) end--;
        (first, end) = WithoutSentenceWords(tokens, first, end);
        if (span.Type == EntityType.Person && end - first > 1 && IsOpeningGerund(tokens, first)) first++;
        if (end - first > 1 && IsOpeningWordBeforeListedName(tokens, first, end)) first++;
        if (span.Type == EntityType.Person) first = AfterPlayersPosition(tokens, first, end);
        if (span.Type == EntityType.Person && first > 0 && first == span.FirstToken && tokens[first - 1].Text == "Ma.") first--; // "Gov. [Ma.] Teresa Salcedo": Maria
        (first, end) = WithHyphenatedParts(tokens, first, end);
        (first, end) = WithAmpersandParts(tokens, first, end);
        end = WithPluralPossessiveParts(tokens, first, end);
        first = WithPeoplesPart(tokens, first, end);
        if (first > 0 && first == span.FirstToken && first < end && tokens[first - 1].Text is "al" or "el" && IsCapitalised(tokens[first].Text))
        {
            first--; // "al [Qaeda]": the article of an Arabic name the tagger left out
        }

        if (span.Type == EntityType.Person && end - first >= 2 && tokens[end - 1].Text is "Government" or "Administration")
        {
            end--; // "the Howard Government": the person's name as a modifier (see LeaderGovernments)
        }

        if (span.Type != EntityType.Person)
        {
            end = WithoutTitleOpening(tokens, first, end);
        }

        var noName = first == end || (end - first == 1 && IsNotName(tokens[first].Text))
            || !tokens.Skip(first).Take(end - first).Any(token => IsCapitalised(token.Text));
        return noName || IsOnlyTitles(tokens, first, end) ? null : (first, end); // "Deputy Prime Minister", "Afghan Ambassador"
    }

    /// <summary>
    /// "[White House Press] Secretary Scott McClellan", "the [Polk County District] Attorney", "[Ohio Attorney] General":
    /// the last words of a body's or place's name that open the title after it are the title's.
    /// </summary>
    private int WithoutTitleOpening(Token[] tokens, int first, int end)
    {
        var cut = end;
        if (!IsHeadAfter(end))
        {
            // "the [Polk County District Attorney]": the title's head inside the span.
            if (end - first < 3 || !NameWords.IsCapitalised(tokens[end - 1].Text) || !RoleWords.IsHead(tokens[end - 1].Text)) return end;
            cut = end - 1;
        }

        var kept = cut;
        while (kept - first > 1 && (TitleOpenings.Contains(tokens[kept - 1].Text)
               || (tokens[kept - 1].Text == "District" && IsPlaceBefore(kept - 1)))) kept--;
        if (kept - first == 1 && tokens[first].Text is "County" or "City")
        {
            return first; // "The [County District] Attorney": no name left
        }

        return kept == cut || _gazetteer.IsNewsMedia(NameWords.Joined(tokens, first, end)) || _gazetteer.IsListedOrganisation(NameWords.Joined(tokens, first, end))
            ? end // not "[Associated Press] Chief Correspondent"
            : kept;

        bool IsHeadAfter(int position)
        {
            for (; position < tokens.Length && NameWords.IsCapitalised(tokens[position].Text); position++)
            {
                if (RoleWords.IsHead(tokens[position].Text)) return true;
                if (!RoleWords.IsModifier(tokens[position].Text)) return false;
            }

            return false;
        }

        // "Manhattan District Attorney", "Polk County District Attorney"; not "Lagos State Governor" (a state of Nigeria).
        bool IsPlaceBefore(int position) => tokens[position - 1].Text == "County" || _gazetteer.IsPlace(NameWords.Joined(tokens, first, position));
    }

    // Title words a body's name never ends with: "Deputy", "Assistant", "Press" ("Associated Press" is listed).
    private static readonly FrozenSet<string> TitleOpenings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Press", "Deputy", "Vice", "Assistant", "Acting", "Interim", "Former", "Senior", "Attorney", "Chief", "Executive",
        "Managing", "Associate", "Secretary", "Special",
    ]);

    /// <summary>
    /// "Making [Michael Howard]", "If [Charles Kennedy]", "Wednesday [Tony Blair]", "[Microsoft] December": a capitalised
    /// sentence word opening the sentence, or a weekday or month at either edge, is no part of a name.
    /// </summary>
    private (int First, int End) WithoutSentenceWords(Token[] tokens, int first, int end)
    {
        // Only before a given name: "Team Estonia" and "Civil Defense" open sentences and are names.
        while (end - first > 1 && (SentenceWords.IsDateWord(tokens[first].Text)
               || (StartsSentence(tokens, first) && SentenceWords.IsSentenceWord(tokens[first].Text) && _gazetteer.IsFirstName(tokens[first + 1].Text)))) first++;
        while (end - first > 1 && SentenceWords.IsDateWord(tokens[end - 1].Text)) end--;
        return (first, end);
    }

    /// <summary>
    /// "Removing [Alarcón] will require 87 votes", "Replacing [Smith] is hard": a verb's -ing form opening the sentence is no
    /// part of the person's name after it, given name or not (not a place: "Reading", nor a given name: "Sterling").
    /// </summary>
    private bool IsOpeningGerund(Token[] tokens, int first)
    {
        var word = tokens[first].Text;
        return StartsSentence(tokens, first) && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && SentenceWords.IsSentenceWord(word)
            && !_gazetteer.IsFirstName(word) && !_gazetteer.IsPlace(word);
    }

    /// <summary>
    /// "Heeding [United Nations] warnings", "Visiting [Zimbabwe], the minister": a word of running text opening the
    /// sentence before the whole name of a listed body or place is no part of it (not "New Zealand" or "Royal Bank of
    /// Scotland", listed whole).
    /// </summary>
    private bool IsOpeningWordBeforeListedName(Token[] tokens, int first, int end)
    {
        var word = tokens[first].Text;
        return StartsSentence(tokens, first)
            && (SentenceWords.IsSentenceWord(word) || OpeningAdverbs.Contains(word)
                || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !_gazetteer.IsFirstName(word) && !_gazetteer.IsPlace(word)))
            && IsListedName(NameWords.Joined(tokens, first + 1, end)) && !IsListedName(NameWords.Joined(tokens, first, end));
    }

    // "Even Microsoft admits it": adverbs the lexicon leaves out, as names also use them ("Even", "Still").
    private static readonly FrozenSet<string> OpeningAdverbs = FrozenSet.Create(StringComparer.Ordinal, ["Even", "Only", "Also", "Still", "Perhaps", "Both"]);

    private bool IsListedName(string name) =>
        _gazetteer.IsListedBody(name) || _gazetteer.IsNewsMedia(name) || _gazetteer.IsCountry(name) || _gazetteer.IsPlace(name);

    private static bool StartsSentence(Token[] tokens, int index) =>
        index == 0 || tokens[index - 1].Text is "\"" or "“" or "‘" or "'" or ":" or "—" or "–" or "-" or "(" or "[";

    /// <summary>
    /// The person's name inside a span that opens with what they are or a stray word ("Democrat [Barack Obama]", "Junior
    /// Illinois Senator [Barack Obama]", "Exchequer [Gordon Brown]") and that stops before a headline's verb ("[Obama]
    /// Announces Nominee"): the name starts at a known given name when everything before it is no name word.
    /// </summary>
    private (int First, int End) PersonNameWithin(Token[] tokens, int first, int end)
    {
        // In a headline-like sentence only: "Chuck Close" and "Kathryn Waters" are names in running text.
        for (var position = first + 1; position < end && IsTitleCase(tokens); position++)
        {
            // Not a hyphenated surname's part: "Editing by Hugh Lawson-Prior" is as capitalised as a headline.
            if (SentenceWords.IsSentenceWord(tokens[position].Text) && !_gazetteer.IsFirstName(tokens[position].Text) && tokens[position - 1].Text != "-")
            {
                end = position;
                break;
            }
        }

        for (var start = first + 1; start < end - 1; start++)
        {
            if (_gazetteer.IsFirstName(tokens[start].Text) && (!_gazetteer.IsFirstName(tokens[first].Text) || Gazetteer.IsNationalityNoun(tokens[first].Text))
                && Enumerable.Range(first, start - first).All(position => IsNoNameWord(tokens[position].Text)))
            {
                return (start, end);
            }
        }

        return (first, end);
    }

    /// <summary>"Obama Announces Nominee For Court": most words capitalised, as headlines are written.</summary>
    /// <summary>A line in title case, as headlines are: of its words of four letters or more (three at least), four in five capitalised.</summary>
    internal static bool IsTitleCase(Token[] tokens)
    {
        var words = tokens.Where(token => char.IsLetter(token.Text[0]) && token.Text.Length > 3).ToList();
        return words.Count >= 3 && words.Count(token => IsCapitalised(token.Text)) >= 0.8 * words.Count;
    }

    private bool IsNoNameWord(string word) =>
        SentenceWords.IsSentenceWord(word) || SentenceWords.IsDateWord(word) || SentenceWords.IsAffiliation(word)
        || RoleWords.StartsTitle(word) || RoleWords.IsHead(word) || (word.EndsWith('s') && RoleWords.IsHead(word[..^1]))
        || _gazetteer.IsPlace(word) || _gazetteer.CountryForDemonym(word) is not null || Gazetteer.IsNationalityNoun(word)
        || !WordChars.Any(word, char.IsLetter);

    private bool IsOnlyTitles(Token[] tokens, int first, int end) =>
        _roles.ParseExactly(tokens, SkipNationality(tokens, first, end), end, lowerCase: true) is not null;

    private NamedSpan? Resolve(SentenceText sentence, TaggedSpan span, AcronymBook book, bool[] tagged, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        if (NameTokens(tokens, span) is not var (first, end))
        {
            return null;
        }

        if (end - first <= 2 && tokens[first].Text is "No." or "No" or "Nº" && (end - first == 1 || NameWords.IsNumberAfterNo(tokens, first + 1)))
        {
            return null; // "the [No. 1] pick", "ranked [No.] 3": a rank, no name
        }

        if (DescribedNameStart(tokens, first, end) is var (descriptor, described))
        {
            // "the [Kenyan capital Nairobi]", "[United States capital city Washington DC]": the tagger read the description
            // into the name. A country or place before it is named too.
            if (_gazetteer.IsPlace(sentence.Slice(first, descriptor)) || _gazetteer.IsCountry(sentence.Slice(first, descriptor)))
            {
                found.Add(sentence.Mention(EntityType.Place, first, descriptor));
            }

            first = described;
        }

        if (end < tokens.Length && !tagged[end] && NameWords.IsLegalForm(tokens[end].Text))
        {
            end++; // "[Harwood Pike] LLP": the tagger left out the legal form that makes it a firm's name (TypeCorrection)
        }

        if (end - first == 1 && first >= 2 && tokens[first - 1].Text == "," && HonourLetters.Contains(tokens[first].Text) && IsCapitalised(tokens[first - 2].Text))
        {
            return null; // "Ibrahim Garba Wakili, SAN,": a senior advocate's letters after the name, no place or body
        }

        if (end - first >= 2 && NameWords.IsNumberAfterNo(tokens, end))
        {
            end++; // "[Sindicato No.] 1": the union's number is its name's end
        }

        if (span.Type == EntityType.Organisation && IsFieldOrCause(tokens, first, end))
        {
            return null; // "head of Cloud and [Storage Technology]", "[Clean Energy] advocates" (a listed firm's name too): a field, a cause
        }

        if (tokens[first].Text == "Shadow" && end < tokens.Length && RoleWords.IsHead(tokens[end].Text) && char.IsLower(tokens[end].Text[0]))
        {
            return null; // "[Shadow Constitutional Affairs] secretary": an opposition portfolio, no body
        }

        if (ListedCompanyStart(tokens, first, end, tagged) is var companyStart and >= 0)
        {
            // "Advanced Micro Devices Inc. is pushing ...": a listed company's whole name, though the tagger read a sentence word before it
            var company = Named(sentence, EntityType.Organisation, companyStart, end, null, null);
            return company with { Mention = company.Mention with { Confidence = span.Confidence } };
        }

        var type = span.Type;
        type = _types.Correct(tokens, first, end, type, found);
        var isApposedFirm = span.Type == EntityType.Person && type == EntityType.Organisation && _types.IsPersonApposedAsFirm(tokens, first, end);
        if (type != EntityType.Person && end - first >= 3 && HonourLetters.Contains(tokens[end - 1].Text) && _gazetteer.IsFirstName(tokens[first].Text))
        {
            type = EntityType.Person; // "[Alan Drummond KC]" read as a body: a given name, and counsel's or honours' letters after the name
        }

        if (HasToken(tokens, first, end, "&"))
        {
            type = EntityType.Organisation; // "Procter & Gamble", "Hartley & Sons"
        }

        var isTeam = type == EntityType.Organisation && span.Type != EntityType.Organisation && _gazetteer.IsPlace(sentence.Slice(first, end));
        if (type != EntityType.Person && first > 0 && !tagged[first - 1] && TeamContext.IsClubPrefix(tokens[first - 1].Text))
        {
            (first, type) = (first - 1, EntityType.Organisation); // "[Real] Madrid"
        }
        else if (type == EntityType.Place && end - first >= 2 && TeamContext.IsClubPrefix(tokens[first].Text))
        {
            type = EntityType.Organisation; // "Sparta Prague" tagged as one place
        }

        if (type == EntityType.Place && end < tokens.Length && !tagged[end] && _gazetteer.IsOrganisationCue(tokens[end].Text)
            && WithoutTitleOpening(tokens, first, end + 1) == end + 1)
        {
            (end, type) = (end + 1, EntityType.Organisation); // "[United States] Navy"; not "[White House] Press Secretary", a title's
        }
        else if (type == EntityType.Place && CompanyWordsAfter(tokens, end, tagged, NameWords.IsOrganisationWord) is var companyEnd && companyEnd > end)
        {
            (end, type) = (companyEnd, EntityType.Organisation); // "[Qingdao] Commodity Exchange", "[China] Southern Airlines", "[Leeds] General Infirmary", "[Tampico] Cartel"
        }
        else if (type is EntityType.Person or EntityType.Organisation && CompanyWordsAfter(tokens, end, tagged, NameWords.IsCompanyWord) is var firmEnd && firmEnd > end
                 && Enumerable.Range(end, firmEnd - end).All(index => NameWords.IsCompanyWord(tokens[index].Text)))
        {
            (end, type) = (firmEnd, EntityType.Organisation); // "[Rio Sava] Exploration": a firm named for its owner or its own word
        }

        if (type == EntityType.Person && PossessiveBeforeName(tokens, first, end) is var possessive and > 0)
        {
            if (_gazetteer.IsFirstName(tokens[possessive + 1].Text))
            {
                // "[Aston Martin's Lance Stroll]": a team's or a firm's possessive before a person, read as one person.
                var owner = sentence.Slice(first, possessive);
                var ownerType = _gazetteer.IsPlace(owner) || _gazetteer.IsCountry(owner) ? EntityType.Place : EntityType.Organisation;
                found.Add(sentence.Mention(ownerType, first, possessive));
                first = possessive + 1;
            }
            else
            {
                // "[Kumar's Janata Dal]", "[Owaisi's All India Majlis]": a person and what is theirs, read as one name.
                found.Add(sentence.Mention(EntityType.Person, first, possessive));
                first = possessive + 1;
                type = _gazetteer.IsPlace(sentence.Slice(first, end)) ? EntityType.Place : EntityType.Organisation;
            }
        }

        if (type == EntityType.Organisation && SecondOrganisationAfterAnd(tokens, first, end) is var second and > 0)
        {
            // "[Canara Bank] and [Bank of Baroda]": two institutions the tagger read as one name.
            found.Add(sentence.Mention(EntityType.Organisation, first, second - 1));
            first = second;
        }

        if (type == EntityType.Organisation && SecondOrganisationAfterComma(tokens, first, end) is var listed and > 0)
        {
            // "[Ministry of Defence, Home Office] and Treasury": two bodies of a list the tagger read as one name.
            found.Add(sentence.Mention(EntityType.Organisation, first, listed - 1));
            first = listed;
        }

        if (type == EntityType.Place && IsSpanishPlaceStart(tokens[first].Text))
        {
            end = WithSpanishComplement(tokens, end); // "San Juan [de Lurigancho]", "San Martín [de Porres]"
        }

        if (type == EntityType.Place && NameWords.IsFacilityWord(tokens[end - 1].Text) && PossessivePlaceEnd(sentence, first, end) is var city and >= 0)
        {
            found.Add(sentence.Mention(EntityType.Place, first, city)); // "[Amsterdam]'s [Museum Square]": two places
            first = city + 1;
        }

        if (type == EntityType.Organisation && end - first >= 4 && IsBodyBeforeTitle(tokens, first, book) && _roles.FindBefore(tokens, first + 2) is { } bodysTitle
            && bodysTitle.First == first + 1 && IsCapitalised(tokens[first + 1].Text) && IsPersonsName(tokens, first + 2, end))
        {
            type = EntityType.Person; // "[Council Speaker Nomvula Khumalo]" read as one body: the body's title and a person's name
        }

        if (type == EntityType.Organisation && Legislatures.IsChamber(tokens[first].Text))
        {
            // "House Democrats": the party, whose members sit in the chamber. "the House and Senate": two chambers.
            if (end - first == 2 && PartyNames.IsCollectiveName(tokens[first + 1].Text)) first++;
            else if (end - first == 3 && tokens[first + 1].Text == "and" && Legislatures.IsChamber(tokens[first + 2].Text)) return null;
        }

        if (type == EntityType.Organisation)
        {
            var taggedFirst = first;
            first = ExtendLeft(tokens, first, tagged, maxWords: 3, word => !_gazetteer.IsPlace(word) && !IsDemonym(word), tokens[end - 1].Text);
            if (first + 2 <= taggedFirst && IsDemonym(tokens[first].Text + " " + tokens[first + 1].Text))
            {
                first += 2; // "a Sri Lankan [Interior Ministry]": a people's adjective of two words, as of one, is no word of the name
            }

            first = WithPeoplesPart(tokens, first, end); // again past the words just taken: "the People's [Liberation] Army Navy"

            if (first >= 2 && tokens[first - 1].Text == "of" && !tagged[first - 2] && GovernmentBodyHeads.Contains(tokens[first - 2].Text))
            {
                first -= 2; // "[Ministry of] Water Resources and Irrigation": the tagger read the portfolio alone
            }

            if (first >= 1 && tokens[first - 1].Text == "National" && !tagged[first - 1] && end - first >= 2 && _gazetteer.IsCountry(tokens[first].Text)
                && _gazetteer.IsOrganisationCue(tokens[end - 1].Text))
            {
                first--; // "[National] Australia Bank": "National" alone is a party's affiliation, not here
            }

            first = WithWordsBeforeAnd(tokens, first, end, tagged);
            if (end < tokens.Length && !tagged[end] && tokens[end].Text == "Executive" && (end + 1 == tokens.Length || !IsCapitalised(tokens[end + 1].Text)))
            {
                end++; // "the [Health Service] Executive met": the body's head the tagger left out, where it opens no title before a name
            }

            if (end < tokens.Length && !tagged[end] && end - first >= 2 && NameWords.IsFirmsTradeWord(tokens[end - 1].Text) && _gazetteer.IsCountry(tokens[end].Text)
                && (end + 1 == tokens.Length || !IsCapitalised(tokens[end + 1].Text)))
            {
                end++; // "[Caerwen Steel] UK's works": the country of a firm named for its goods, as TypeCorrection.IsNamedForTrade reads it
            }

            end = WithComplement(tokens, end, tagged);
            (first, end) = WithRomanceParticles(tokens, first, end, tagged);
            if (end - first >= 3 && end + 1 < tokens.Length && tokens[end - 2].Text == "of" && tokens[end - 1].Text is "King" or "Queen" && tokens[end].Text is "'s" or "’s"
                && IsCapitalised(tokens[end + 1].Text) && !tagged[end + 1] && WordChars.All(tokens[end + 1].Text, char.IsLetter))
            {
                end += 2; // "the [Court of King]'s Bench": the sovereign's possessive is inside the name
            }
            end = WithPurpose(tokens, end);
            end = WithCapitalisedPreposition(tokens, end);
            end = InstitutionNames.WithPartysDoctrine(tokens, first, end);
            end = WithWordsAfterAnd(tokens, first, end);
            if (PossessivePlaceEnd(sentence, first, end) is var owner and >= 0)
            {
                // "[Saudi Arabia]'s Civil Defense Authority": the place is a mention of its own, the organisation what follows.
                found.Add(sentence.Mention(EntityType.Place, first, owner));
                first = owner + 1;
            }
        }

        if (type != EntityType.Person)
        {
            // "[State Department] Spokesperson": a title after an organisation's name belongs to a person.
            // Not the complement of the name itself: "Department of Justice" is no "Department of" and a justice.
            end = EndBeforePersonsTitle(tokens, first, end);
            if (PlaceBeforeCitysTitle(tokens, first, end) is { } placeEnd)
            {
                (end, type) = (placeEnd, EntityType.Place); // "[Casa Grande City] Attorney Dolores Navarrete": the city's attorney
            }

            while (end - first > 1 && RoleWords.IsHead(tokens[end - 1].Text) && !_gazetteer.IsOrganisationCue(tokens[end - 1].Text)
                   && tokens[end - 2].Text is not ("of" or "for" or "and" or "&") && !IsRomanceParticle(tokens[end - 2].Text)) end--;
        }

        if (end - first == 1 && (book.NamesNothing(tokens[first].Text) || IsDemonym(tokens[first].Text) || _gazetteer.IsOrganisationCue(tokens[first].Text)))
        {
            return null;
        }

        if (type == EntityType.Person && end - first >= 3 && IsBodyBeforeTitle(tokens, first, book) && _roles.FindBefore(tokens, first + 2) is { } title
            && title.First == first + 1)
        {
            first++; // "[BBVA] Chairman Carlos Torres": the body the title is in opens the tagger's span (added with the title below)
        }

        var nameStart = NameStartAfterTitles(tokens, first, end, type);
        if (nameStart > first)
        {
            if (PlaceBeforeTitle(tokens, first, nameStart) is var (placeEnd, _) && sentence.Mention(EntityType.Place, first, placeEnd) is var place
                && !found.Any(place.Overlaps))
            {
                found.Add(place); // "[Casa Grande] City Attorney Dolores Navarrete": the place the title is of
            }

            (first, type) = (nameStart, EntityType.Person);
        }

        var before = _roles.FindBefore(tokens, first);
        if (before is not null && (IsGivenNameNotTitle(before, tokens, first, end) || (type != EntityType.Person && !IsPersonTitled(before, tokens, first, end))))
        {
            before = null;
        }

        // "Against [Kurds]", "Indigenous [Australians]": a people named by its plural is no surname for a word before it to name.
        if (before is null && type == EntityType.Person && !(end - first == 1 && _gazetteer.IsPeopleGroup(tokens[first].Text)))
        {
            // "[Syed] Asim Munir", "singer-songwriter [Carly] Simon": a name word right before the span that the tagger left out.
            first = ExtendLeft(tokens, first, tagged, maxWords: 2, word => !_gazetteer.IsPlace(word) && !IsDemonym(word) && !_gazetteer.IsOrganisationCue(word)
                && !RoleWords.IsHead(word) && !RoleWords.IsPortfolio(word) && !SportsPositions.Contains(word)); // not "[Nitrogen Minister] Christianne van der Wal", "for Petroleum [Resources]", "Blue Jays [RHP] Hideo Tanaka"
            first = AfterPlayersPosition(tokens, first, end);
            while (first > 0 && !tagged[first - 1] && IsInitials(tokens[first - 1].Text)) first--; // "[K.C.] Maurer"
            before = _roles.FindBefore(tokens, first) ?? RoleAcronymBefore(tokens, first, book);
        }

        if (type != EntityType.Person && end - first == 2 && tokens[first + 1].Text.Length >= 2 && !_gazetteer.IsPlace(tokens[first].Text)
            && WithLowerCaseGivenNamePart(tokens, first, end) > end)
        {
            type = EntityType.Person; // "Chang Jae[-hoon]": a family name and a hyphenated given name, which the tagger took for a place
        }

        if (before is not null || type == EntityType.Person)
        {
            (first, end) = PersonNameWithin(tokens, first, end);
            before ??= _roles.FindBefore(tokens, first);
            end = WithLowerCaseGivenNamePart(tokens, first, ExtendName(tokens, PersonNameEnd(tokens, first, end), tagged), isPerson: type == EntityType.Person);
            type = _types.Correct(tokens, first, end, EntityType.Person, found);
        }

        if (before is not null && found.FirstOrDefault(mention => mention.Type != EntityType.Person
                && mention.Start < tokens[before.First].Start && tokens[before.First].Start < mention.End) is { } holder)
        {
            // "[Associated Press] Chief Correspondent", "[Ohio State] President": the title starts after the name it opened
            // in; not after "[Chief Cabinet] Secretary", a title the tagger read as a body, which the title then removes.
            var titleFirst = before.First;
            while (titleFirst < first && tokens[titleFirst].Start < holder.End) titleFirst++;
            before = _roles.ParseExactly(tokens, titleFirst, first);
        }

        if (before is not null && before.First > 0 && IsBodyBeforeTitle(tokens, before.First - 1, book) && tokens[before.First - 1].Text != "Council" // a council of no name
            && sentence.Mention(EntityType.Organisation, before.First - 1, before.First) is var body && !found.Any(body.Overlaps))
        {
            found.Add(body); // "BBVA Chairman Carlos Torres", "Senate Majority Leader Aaron Cheruiyot": the body is named too
        }

        if (end - first == 1 && NameWords.IsNotName(tokens[first].Text))
        {
            return null; // "6:20 PM EST": the time zone left after a title's letters
        }

        var appositive = type == EntityType.Person ? _roles.FindAppositive(tokens, end) : null;
        var named = Named(sentence, type, first, end, before, appositive);
        // A city the context shows is a team, or a name an apposition calls a firm, wins the article's type vote for that name.
        return named with { Mention = named.Mention with { Confidence = span.Confidence, IsCertain = (isTeam || isApposedFirm) && type == EntityType.Organisation } };
    }

    // Lower-case words that describe the place named after them: "the Kenyan capital Nairobi", "the port city Mombasa".
    private static readonly FrozenSet<string> PlaceDescriptions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "capital", "city", "town", "village", "province", "state", "region", "district", "county", "port", "island", "resort",
        "suburb", "neighbourhood", "neighborhood",
    ]);

    /// <summary>Where a description inside [first, end) starts and the capitalised name after it starts, if the span holds one.</summary>
    private static (int Descriptor, int Name)? DescribedNameStart(Token[] tokens, int first, int end)
    {
        for (var index = first + 1; index < end - 1; index++)
        {
            if (!PlaceDescriptions.Contains(tokens[index].Text)) continue;
            var name = index + 1;
            while (name < end - 1 && PlaceDescriptions.Contains(tokens[name].Text)) name++; // "capital city"
            return Enumerable.Range(name, end - name).All(word => IsCapitalised(tokens[word].Text)) ? (index, name) : null;
        }

        return null;
    }

    /// <summary>
    /// "[White House] Press Secretary Dana Perino", "[Africa Department] Senior Economist Yongzheng Yang": where an
    /// organisation's span ends when a person's title starts inside it and runs on to a name just after it; not at a word
    /// of the organisation's own ("New South Wales Police Commissioner").
    /// </summary>
    private int EndBeforePersonsTitle(Token[] tokens, int first, int end)
    {
        for (var nameStart = end; nameStart < tokens.Length && nameStart <= end + 2 && IsCapitalised(tokens[nameStart].Text); nameStart++)
        {
            if (_roles.FindBefore(tokens, nameStart) is { } title && title.First > first + 1 && title.First < end
                && tokens[title.First - 1].Text is not ("of" or "for" or "and" or "&")
                && !IsOrganisationWord(tokens[title.First].Text) && !_gazetteer.IsOrganisationCue(tokens[title.First].Text)) // not "[NSW Police] Commissioner"
            {
                return title.First;
            }
        }

        return end;
    }

    /// <summary>
    /// "[Phoenix City] Attorney Mary Smithers", "[Casa Grande City] Attorney ...": a span ending in "City" after a listed place,
    /// right before a title that someone's name follows, is the place; the word opens the title ("City Attorney", as
    /// <see cref="PlaceBeforeTitle"/> reads it inside a person's span). Not "County", which names a county ("[Polk County]
    /// District Attorney"), nor a city called so ("Quezon City"). Null when the span is no such place.
    /// </summary>
    private int? PlaceBeforeCitysTitle(Token[] tokens, int first, int end)
    {
        if (end >= tokens.Length || tokens[end - 1].Text is not ("City" or "Town" or "Village") || !RoleWords.StartsTitle(tokens[end].Text)
            || PlaceBeforeTitle(tokens, first, end + 1) is not var (placeEnd, titleStart)
            || titleStart != end || placeEnd >= end)
        {
            return null;
        }

        for (var nameStart = end + 1; nameStart < tokens.Length && nameStart <= end + 3 && IsCapitalised(tokens[nameStart].Text); nameStart++)
        {
            if (_roles.FindBefore(tokens, nameStart) is { } title && title.First <= end && _gazetteer.IsFirstName(tokens[nameStart].Text)) return placeEnd;
        }

        return null;
    }

    // Two or three capitalised words, none an organisation's: "Nomvula Khumalo", not "Rules Committee".
    private bool IsPersonsName(Token[] tokens, int first, int end)
    {
        if (end - first is < 2 or > 3) return false;
        for (var index = first; index < end; index++)
        {
            if (!IsCapitalised(tokens[index].Text) || _gazetteer.IsOrganisationCue(tokens[index].Text) || NameWords.IsOrganisationWord(tokens[index].Text)) return false;
        }

        return true;
    }

    /// <summary>
    /// A chamber ("Senate", "House") or an acronym right before a title ("BBVA Chairman", "NATO Secretary General"): the body
    /// the title is in. Not a title's own acronym ("CEO", "COAS" where the article defines it so), a country or a people,
    /// an abbreviation with dots ("N.Y."), the end of a hyphenated name ("AFL-CIO") or a word that is no body's.
    /// </summary>
    private bool IsBodyBeforeTitle(Token[] tokens, int index, AcronymBook book)
    {
        var word = tokens[index].Text;
        return ((Legislatures.IsChamber(word) || word == "Council") && !(index > 0 && IsCapitalised(tokens[index - 1].Text))) // not "White House Press Secretary"; "Council Speaker Nomvula Khumalo"
            || (_gazetteer.IsClubNickname(word) && !(index > 0 && IsCapitalised(tokens[index - 1].Text))) // "Bucks GM Larry Kostecki"
            || (RoleChain.IsAcronym(word) && !word.Contains('.') && !(index > 0 && tokens[index - 1].Text == "-") && !NoBodyAcronyms.Contains(word)
                && !RoleWords.StartsTitle(word) && !RoleWords.IsHead(word) && book.Find(word) is not { IsRole: true } && !_gazetteer.IsPlaceOrNationality(word));
    }

    // Ships' prefixes ("RMS Queen Elizabeth 2") and a people's ("LGBT activist").
    private static readonly FrozenSet<string> NoBodyAcronyms = FrozenSet.Create(StringComparer.Ordinal, ["RMS", "HMS", "USS", "MV", "SS", "HMAS", "LGBT", "LGBTQ"]);

    // The words that open a government body's name before its portfolio: "Ministry of", "Directorate of".
    private static readonly FrozenSet<string> GovernmentBodyHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Ministry", "Department", "Directorate", "Secretariat", "Bureau", "Office",
    ]);

    /// <summary>
    /// "Storage Technology", "Information Technology": common words before "Technology" name a field, as CompanyNames reads
    /// them ("Amkor Technology" is a firm, "Storage Technology Corp" a longer name). "Clean Energy advocates": words of
    /// running text or company words, before the people who argue for them, name a cause.
    /// </summary>
    private static bool IsFieldOrCause(Token[] tokens, int first, int end)
    {
        if (end - first < 2 || (end < tokens.Length && IsCapitalised(tokens[end].Text))) return false;
        if (tokens[end - 1].Text == "Technology" && Enumerable.Range(first, end - first - 1).All(index => SentenceWords.IsCommonWord(tokens[index].Text))) return true;
        return end < tokens.Length && CausesPeople.Contains(tokens[end].Text)
            && tokens.Skip(first).Take(end - first).All(token => SentenceWords.IsSentenceWord(token.Text) || NameWords.IsCompanyWord(token.Text));
    }

    // People who argue for a cause, named after it: "Clean Energy advocates", "Free Trade campaigners" (not "supporters" or
    // "critics", which firms and clubs have).
    private static readonly FrozenSet<string> CausesPeople = FrozenSet.Create(StringComparer.Ordinal,
    [
        "advocates", "activists", "campaigners", "proponents",
    ]);

    /// <summary>The end of up to three capitalised words after a name, none tagged, the last one <paramref name="endsName"/> picks; else <paramref name="end"/>.</summary>
    private static int CompanyWordsAfter(Token[] tokens, int end, bool[] tagged, Func<string, bool> endsName)
    {
        // Words that open titles too, before the last: "[Leeds] General Infirmary".
        var last = end;
        while (last < tokens.Length && last - end < 3 && !tagged[last] && IsCapitalised(tokens[last].Text) && WordChars.All(tokens[last].Text, char.IsLetter)) last++;
        while (last > end && !endsName(tokens[last - 1].Text)) last--;
        return last < tokens.Length && IsCapitalised(tokens[last].Text) ? end : last;
    }

    /// <summary>"COAS Munir": an acronym the article defined for a title, used as the title.</summary>
    private static RoleChainMatch? RoleAcronymBefore(Token[] tokens, int nameStart, AcronymBook book) =>
        nameStart > 0 && book.Find(tokens[nameStart - 1].Text) is { IsRole: true } meaning
            ? new RoleChainMatch([new Role(RoleWords.Normalise(meaning.LongForm.Split(' ')), nameStart - 1, nameStart, HasComplement: false)], nameStart - 1, nameStart)
            : null;

    /// <summary>
    /// Spans the tagger cut in two with nothing between them: "[Syed] [Asim Munir]" is one person, "[United States]
    /// [National Security Council]" one organisation.
    /// </summary>
    private List<TaggedSpan> JoinAdjacent(SentenceText sentence, List<TaggedSpan> spans)
    {
        var tokens = sentence.Tokens;
        var joined = new List<TaggedSpan>();
        foreach (var span in spans)
        {
            if (joined.Count > 0 && joined[^1] is var previous && previous.LastToken + 1 == span.FirstToken
                && (JoinedType(previous.Type, span.Type) ?? (IsSecondSurname(tokens, previous, span) ? EntityType.Person : (EntityType?)null)
                    ?? (IsNamedForPerson(tokens, previous, span) || IsFirmOfPlace(tokens, previous, span) ? EntityType.Organisation : null)) is { } type)
            {
                joined[^1] = previous with { Type = type, LastToken = span.LastToken, End = span.End };
                continue;
            }

            if (joined.Count > 0 && IsPersonAfterOwnersPossessive(tokens, joined[^1], span) && !WorkTitles.SpeaksOfWorks(sentence.Slice(0, tokens.Length)))
            {
                // "[Aston Martin]'s [Lance Stroll]": one possessive phrase, which Resolve parts into the owner and the person as
                // when the tagger reads it as one person. A person's work is named so too, in a sentence about works ("Mike
                // Leigh's Vera Drake has been nominated"), which WorkTitles drops.
                joined[^1] = joined[^1] with { LastToken = span.LastToken, End = span.End };
                continue;
            }

            if (joined.Count > 0 && IsNamedForCouple(tokens, joined[^1], span))
            {
                // "[Mary] & [Leigh Block Museum of Art]": an institution named for two people, whose first given name the
                // tagger read apart.
                joined[^1] = span with { FirstToken = joined[^1].FirstToken, Start = joined[^1].Start };
                continue;
            }

            if (IsNamedForArabicName(tokens, span))
            {
                // "[Hazza] bin [Zayed Stadium]", "Hazza bin [Zayed Stadium]": the building's name reaches back over "bin" and the name before it.
                if (joined.Count > 0 && joined[^1].LastToken + 2 >= span.FirstToken) // "[Hazza bin]" is tagged too
                {
                    joined[^1] = span with { FirstToken = joined[^1].FirstToken, Start = joined[^1].Start };
                    continue;
                }

                var first = span.FirstToken - 2;
                while (first > 0 && span.FirstToken - 1 - first < MaxPatronymicWords && NameWords.IsCapitalised(tokens[first - 1].Text)
                       && !SentenceWords.IsSentenceWord(tokens[first - 1].Text) && (joined.Count == 0 || joined[^1].LastToken < first - 1)) first--;
                joined.Add(span with { FirstToken = first, Start = tokens[first].Start });
                continue;
            }

            joined.Add(span);
        }

        return joined;
    }

    // "[Mary] & [Leigh Block Museum of Art]": a given name, "&" and a name with a body's or a facility's word.
    private bool IsNamedForCouple(Token[] tokens, TaggedSpan previous, TaggedSpan span) =>
        previous.FirstToken == previous.LastToken && previous.LastToken + 2 == span.FirstToken && tokens[previous.LastToken + 1].Text == "&"
        && _gazetteer.IsFirstName(tokens[previous.FirstToken].Text) && span.LastToken - span.FirstToken >= 2
        && Enumerable.Range(span.FirstToken + 1, span.LastToken - span.FirstToken).Any(index => NameWords.NamesNoPerson(tokens[index].Text, _gazetteer));

    /// <summary>
    /// "[Aston Martin]'s [Lance Stroll]": two people the tagger read either side of a possessive, the second named by a given
    /// name and a surname. News writes a person's possessive before a title ("Trump's adviser Stephen Miller") or a work, a
    /// team's or a firm's straight before its people.
    /// </summary>
    private bool IsPersonAfterOwnersPossessive(Token[] tokens, TaggedSpan owner, TaggedSpan person) =>
        owner.Type == EntityType.Person && person.Type == EntityType.Person && owner.LastToken + 2 == person.FirstToken
        && tokens[owner.LastToken + 1].Text is "'s" or "’s" && person.LastToken > person.FirstToken && _gazetteer.IsFirstName(tokens[person.FirstToken].Text);

    /// <summary>
    /// "Cabinet Chief Andrés Pizarro [Lagos] said": a Spanish name's second surname that is also a place's name, written
    /// straight after a given name and a surname, ends the person's name; not a place that opens a clause ("told Ana Ruiz
    /// Madrid would"), which a capitalised word or a verb other than a reporting one follows.
    /// </summary>
    private bool IsSecondSurname(Token[] tokens, TaggedSpan person, TaggedSpan place) =>
        person.Type == EntityType.Person && place.Type == EntityType.Place && place.FirstToken == place.LastToken
        && person.LastToken - person.FirstToken is 1 or 2 && _gazetteer.IsFirstNameAccentsAside(tokens[person.FirstToken].Text)
        && NameLists.Default.IsSurname(tokens[place.FirstToken].Text) && !_gazetteer.IsCountry(tokens[place.FirstToken].Text)
        && (place.LastToken + 1 == tokens.Length || tokens[place.LastToken + 1].Text is "," or "." or ")" or "(" || SentenceWords.IsReportingVerb(tokens[place.LastToken + 1].Text)
            || tokens[place.LastToken + 1].Text is "has" or "had" or "was" or "is" or "and" or "of");

    // Institutions named after a person: "[Alexandru Ioan] [Cuza University]", "[Max] [Planck Institute]".
    private static readonly FrozenSet<string> InstitutionsNamedForPeople = FrozenSet.Create(StringComparer.Ordinal,
    [
        "University", "College", "Institute", "Foundation", "Academy", "School", "Museum",
    ]);

    /// <summary>
    /// "Hazza bin [Zayed Stadium]", "King Fahd bin [Abdulaziz University]": a building or an institution named after
    /// someone with an Arabic patronymic, which the tagger cut at "bin".
    /// </summary>
    private static bool IsNamedForArabicName(Token[] tokens, TaggedSpan building) =>
        building.FirstToken >= 2 && tokens[building.FirstToken - 1].Text is "bin" or "ibn" or "bint" && NameWords.IsCapitalised(tokens[building.FirstToken - 2].Text)
        && building.LastToken > building.FirstToken
        && (InstitutionsNamedForPeople.Contains(tokens[building.LastToken].Text) || NameWords.IsFacilityWord(tokens[building.LastToken].Text));

    private const int MaxPatronymicWords = 3;

    /// <summary>A person's name the tagger cut off an institution named after them, with nothing between the two.</summary>
    private static bool IsNamedForPerson(Token[] tokens, TaggedSpan person, TaggedSpan institution) =>
        person.Type == EntityType.Person && institution.Type == EntityType.Organisation && institution.LastToken > institution.FirstToken
        && InstitutionsNamedForPeople.Contains(tokens[institution.LastToken].Text) && NameWords.IsCapitalised(tokens[institution.FirstToken].Text);

    /// <summary>
    /// "[Africa] [Tea Brokers]", "[Kenya] [Tea Packers]": a place the tagger cut off the firm's name after it, which ends with
    /// a company word (whatever type the tagger gave it), as "[China] Southern Airlines" untagged (<see cref="CompanyWordsAfter"/>).
    /// </summary>
    private static bool IsFirmOfPlace(Token[] tokens, TaggedSpan place, TaggedSpan firm) =>
        place.Type == EntityType.Place && firm.LastToken > firm.FirstToken && NameWords.IsCompanyWord(tokens[firm.LastToken].Text);

    private static EntityType? JoinedType(EntityType first, EntityType second) => (first, second) switch
    {
        (EntityType.Person, EntityType.Person) => EntityType.Person,
        (EntityType.Place, EntityType.Organisation) => EntityType.Organisation,
        _ => null,
    };

    /// <summary>A person mention with the roles around it, and the token ranges those roles cover.</summary>
    private static NamedSpan Named(SentenceText sentence, EntityType type, int first, int end, RoleChainMatch? before, RoleChainMatch? appositive)
    {
        var roles = (before?.Roles ?? []).Concat(appositive?.Roles ?? []).ToList();
        var title = before?.Roles[^1];
        var mention = sentence.Mention(type, first, end) with
        {
            Roles = roles.Where(role => !role.IsHonorific).Select(role => role.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            TitledText = title is { HasComplement: false, Acronym: null } ? TitledName(sentence, title.First, first, end) : null,
        };
        var regions = new[] { before, appositive }.OfType<RoleChainMatch>().Select(chain => (chain.First, chain.End)).ToList();
        return new NamedSpan(mention, regions);
    }

    /// <summary>"General Suleiman al-Amr" for "director General Suleiman al-Amr": the title as capitalised before the name.</summary>
    private static string? TitledName(SentenceText sentence, int titleFirst, int nameFirst, int nameEnd)
    {
        var capitalised = Enumerable.Range(titleFirst, nameFirst - titleFirst).FirstOrDefault(index => IsCapitalised(sentence.Tokens[index].Text), -1);
        return capitalised < 0 ? null : sentence.Slice(capitalised, nameEnd);
    }

    /// <summary>
    /// Where the name starts when the tagger's span opens with titles, perhaps after a nationality:
    /// "[Azerbaijani President] Ilham Aliyev", "[Field Marshal] Munir".
    /// </summary>
    private int NameStartAfterTitles(Token[] tokens, int first, int end, EntityType type)
    {
        var titleFirst = SkipNationalityOrPlace(tokens, first, end - 1);

        for (var nameStart = end - 1; nameStart > titleFirst; nameStart--)
        {
            // A name starts with a capital, right after the title's last word: "Leader of the House of Commons" holds no
            // person "of Commons" nor "Commons", "Governor of the Bank" no person "Bank".
            if (!StartsName(tokens, nameStart, end) || char.IsLower(tokens[nameStart - 1].Text[0]) || ContinuesTitledName(tokens, nameStart)
                || (end - nameStart == 1 && NestedPlaces.IsPlaceHead(tokens[nameStart].Text))) // "governor of Ogun [State]"
            {
                continue;
            }

            // The titles may start inside the span or before it: "[Broadcasting Attaullah Tarar]" after "Federal Minister for Information and".
            var chain = _roles.ParseExactly(tokens, titleFirst, nameStart);
            // Not a street's word after a title's complement: "the Palace of Justice on [Talcahuano Street]" names no "Street".
            if (chain is null && _roles.FindBefore(tokens, nameStart) is { } before && before.First < first
                && !(type != EntityType.Person && end - nameStart == 1 && NameWords.IsFacilityWord(tokens[nameStart].Text)))
            {
                chain = before;
            }

            if (chain is not null && !IsGivenNameNotTitle(chain, tokens, nameStart, end)
                && (type == EntityType.Person || IsPersonTitled(chain, tokens, nameStart, end))
                && !(end - nameStart == 1 && LooksLikeGivenName(tokens[nameStart - 1].Text)))
            {
                return nameStart;
            }

            // "[Climate and] Green Growth Minister Sander de Wit": a portfolio the role words do not list still ends at its title.
            if (type == EntityType.Person && tokens[nameStart - 1].Text is "Minister" or "Secretary")
            {
                return nameStart;
            }
        }

        return first;
    }

    /// <summary>
    /// A capitalised word, or a particle before one right after a title word: "Mr. [al-Rubaie]", "Minister [van Rijn]";
    /// not "Nouri [al-Maliki]", where the particle is inside the name.
    /// </summary>
    private static bool StartsName(Token[] tokens, int position, int end)
    {
        if (IsCapitalised(tokens[position].Text))
        {
            return true;
        }

        var next = position + 1 < end && tokens[position + 1].Text == "-" ? position + 2 : position + 1;
        return IsNameParticle(tokens[position].Text) && next < end && IsCapitalised(tokens[next].Text)
            && position > 0 && (RoleWords.StartsTitle(tokens[position - 1].Text) || RoleWords.IsHead(tokens[position - 1].Text));
    }

    /// <summary>
    /// "Governor of the Reserve [Bank]", "President of the United [States]": after "the" and one capitalised word that is
    /// no title, the next word goes on naming what the title is of, unless it is a given name.
    /// </summary>
    private bool ContinuesTitledName(Token[] tokens, int nameStart) =>
        nameStart >= 2 && tokens[nameStart - 2].Text is "the" or "The" && !RoleWords.StartsTitle(tokens[nameStart - 1].Text)
        && !_gazetteer.IsFirstName(tokens[nameStart].Text);

    /// <summary>A person's name stops at "and", a comma or a preposition: "[Attaullah Tarar] and Special Assistant".</summary>
    private static int PersonNameEnd(Token[] tokens, int first, int end)
    {
        for (var position = first + 1; position < end; position++)
        {
            if (tokens[position].Text is "and" or "&" or "," or ";" or "(" or "of" or "for" or "to" or "in" or "at" or "the" or "on"
                    or "said" or "says" // "[Ryan] said [Sizzler] ...": a tagger's span over the verb
                || PostNominals.Contains(tokens[position].Text))
            {
                return position;
            }
        }

        return end;
    }

    /// <summary>"Dean Kamen", "Prince Rogers": a lone title word that is also a given name, before a lone surname, is the given name.</summary>
    private bool IsGivenNameNotTitle(RoleChainMatch chain, Token[] tokens, int nameStart, int nameEnd) =>
        chain.End - chain.First == 1 && chain.End == nameStart && nameEnd - nameStart == 1
        && IsCapitalised(tokens[chain.First].Text) && _gazetteer.IsFirstName(tokens[chain.First].Text)
        && !IsJudgesStyle(tokens, chain.First);

    /// <summary>"Mr Justice Goose", "Mrs Justice Cockerill": how English judges are styled, not a man named Justice.</summary>
    private static bool IsJudgesStyle(Token[] tokens, int titleIndex) =>
        tokens[titleIndex].Text == "Justice" && titleIndex > 0 && RoleWords.IsHonorific(tokens[titleIndex - 1].Text);

    /// <summary>The "'s" after a listed place that opens [first, end) and is followed by two words or more, the first capitalised ("Darwin's Ltd." is one company), or -1.</summary>
    private int PossessivePlaceEnd(SentenceText sentence, int first, int end) =>
        PossessiveBeforeName(sentence.Tokens, first, end) is var k and >= 0 && _gazetteer.IsPlace(sentence.Slice(first, k)) ? k : -1;

    /// <summary>
    /// The first "'s" inside [first, end), when two words or more follow it, the first capitalised; otherwise -1. A shop's
    /// one word after it ("Francesca's Café", "Zoe's Ark") leaves the name whole.
    /// </summary>
    private static int PossessiveBeforeName(Token[] tokens, int first, int end)
    {
        for (var k = first + 1; k < end - 2; k++)
        {
            if (tokens[k].Text is "'s" or "’s") return IsCapitalised(tokens[k + 1].Text) ? k : -1;
        }

        return -1;
    }

    /// <summary>
    /// Where a listed company of two or more words starts when its name (and a legal form: "Advanced Micro Devices Inc.") is
    /// [first, end) or that and the untagged word before it ("Advanced" opening a sentence); -1 otherwise, and for a name
    /// opening with a given name ("Charles Schwab").
    /// </summary>
    private int ListedCompanyStart(Token[] tokens, int first, int end, bool[] tagged)
    {
        foreach (var start in first > 0 && !tagged[first - 1] ? [first - 1, first] : new[] { first })
        {
            var listed = _gazetteer.MultiWordCompanyLengthAt(tokens, start);
            if (listed >= 2 && (listed == end - start || (listed == end - start - 1 && NameWords.IsLegalForm(tokens[end - 1].Text)))
                && !_gazetteer.IsFirstName(tokens[start].Text))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The type of [first, end) when it is a listed place, organisation, news medium or company; otherwise null.</summary>
    private EntityType? ListedOwnerType(SentenceText sentence, int first, int end)
    {
        var name = sentence.Slice(first, end);
        if (_gazetteer.IsPlace(name)) return EntityType.Place;
        return NestedOrganisations.IsListedAt(sentence.Tokens, first, end, _gazetteer) || _gazetteer.IsMultiWordCompany(name) || _gazetteer.IsOneWordCompany(name)
            ? EntityType.Organisation
            : null;
    }

    /// <summary>
    /// Where a second institution's name starts in [first, end) after "and", when the first ends with an organisation's
    /// word and the second opens with one followed by "of" or "for" ("Canara Bank and Bank of Baroda"); otherwise -1.
    /// Not "Department of Health and Human Services": its first part ends with no organisation's word. Two parts that end
    /// with the same word are two names too: "Northern Health and Interior Health".
    /// </summary>
    private int SecondOrganisationAfterAnd(Token[] tokens, int first, int end)
    {
        for (var and = first + 1; and < end - 2; and++)
        {
            if (tokens[and].Text != "and") continue;
            if ((and < end - 3 && _gazetteer.IsOrganisationCue(tokens[and - 1].Text) && _gazetteer.IsOrganisationCue(tokens[and + 1].Text)
                    && tokens[and + 2].Text is "of" or "for")
                || (tokens[and - 1].Text == tokens[end - 1].Text && and - first >= 2 && IsCapitalised(tokens[and + 1].Text)))
            {
                return and + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a second body's name starts in [first, end) after a comma, when the words before it hold an organisation's word
    /// ("Ministry of Defence") and those after it are capitalised words ending with one ("Home Office"); otherwise -1. Not
    /// a list of one name's words, which "and" closes: "Ministry of Land, Infrastructure, Transport and Tourism",
    /// "Advisory, Conciliation and Arbitration Service"; nor a firm's legal form ("Toyota Motor Co, Ltd").
    /// </summary>
    private int SecondOrganisationAfterComma(Token[] tokens, int first, int end)
    {
        var comma = Array.FindIndex(tokens, first, end - first, token => token.Text == ",");
        if (comma <= first || end - comma < 3) return -1;
        var isBodyBefore = Enumerable.Range(first, comma - first).Any(index => _gazetteer.IsOrganisationCue(tokens[index].Text));
        var isBodyAfter = Enumerable.Range(comma + 1, end - comma - 1).All(index => IsCapitalised(tokens[index].Text))
            && _gazetteer.IsOrganisationCue(tokens[end - 1].Text) && !NameWords.IsLegalForm(tokens[end - 1].Text);
        return isBodyBefore && isBodyAfter ? comma + 1 : -1;
    }

    private static readonly FrozenSet<string> SpanishPlaceStarts = FrozenSet.Create(StringComparer.Ordinal,
    [
        "San", "Santa", "Santo", "São", "Villa", "Puerto", "Ciudad", "Río", "Valle", "Cerro", "Bahía", "Isla", "Nueva", "Nuevo", "Santiago",
    ]);

    private static bool IsSpanishPlaceStart(string word) => SpanishPlaceStarts.Contains(word);

    /// <summary>The end of "de", "del" or "de la" and the capitalised words after [.., end), or end when none follow.</summary>
    private static int WithSpanishComplement(Token[] tokens, int end)
    {
        if (end + 1 >= tokens.Length || tokens[end].Text is not ("de" or "del")) return end;
        var position = end + 1;
        if (tokens[position].Text is "la" or "las" or "los" && position + 1 < tokens.Length) position++;
        var complementEnd = position;
        while (complementEnd < tokens.Length && IsCapitalised(tokens[complementEnd].Text) && WordChars.All(tokens[complementEnd].Text, char.IsLetter)) complementEnd++;
        return complementEnd > position ? complementEnd : end;
    }

    /// <summary>Past "Azerbaijani", "Pakistan's" or "U.S." at the start of [first, end).</summary>
    private int SkipNationality(Token[] tokens, int first, int end)
    {
        while (first < end && (IsDemonym(tokens[first].Text) || _gazetteer.IsCountry(tokens[first].Text) || tokens[first].Text is "'s" or "’s"))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// "[Casa Grande] City Attorney", "[Phoenix] Mayor", "[Arizona] Senator", "[Marion County] Councilman": a place of up to
    /// three words at <paramref name="first"/> (a county with its word), then a title before <paramref name="end"/>; where
    /// the place ends and the title starts, or null.
    /// </summary>
    private (int PlaceEnd, int TitleStart)? PlaceBeforeTitle(Token[] tokens, int first, int end)
    {
        for (var words = Math.Min(3, end - first - 1); words >= 1; words--)
        {
            var title = first + words + 1 < end && tokens[first + words].Text is "City" or "County" or "Town" or "Village" ? first + words + 1 : first + words;
            if (!RoleWords.StartsTitle(tokens[title].Text)) continue; // the title first: the lists' look-ups cost more
            var name = NameWords.Joined(tokens, first, first + words);
            var isCounty = title > first + words && tokens[first + words].Text == "County";
            // "[Marion County] Councilman", "[King County] Executive": a county is named with its word (and "King" there is no title).
            if (isCounty && ((words == 1 && tokens[first].Text is "King" or "Queen" or "Prince" or "Princess") || _gazetteer.IsPlace(name) || NameLists.Default.IsCityOrRegion(name)))
            {
                return (title, title);
            }

            if (_gazetteer.IsPlace(name) || _gazetteer.IsCountry(name) || NameLists.Default.IsCityOrRegion(name))
            {
                return (first + words, title);
            }
        }

        return null;
    }

    /// <summary>
    /// Past nationalities and a country or a place of up to three words before a title: "[United States] Attorney Jessie K.
    /// Liu", "[Casa Grande] City Attorney Dolores Navarrete".
    /// </summary>
    private int SkipNationalityOrPlace(Token[] tokens, int first, int end)
    {
        first = SkipNationality(tokens, first, end);
        for (var words = Math.Min(3, end - first - 1); words >= 2; words--)
        {
            if (_gazetteer.IsCountry(NameWords.Joined(tokens, first, first + words))) return SkipNationality(tokens, first + words, end);
        }

        return PlaceBeforeTitle(tokens, first, end)?.TitleStart ?? first;
    }

    /// <summary>"Andy Warhol Foundation [for the Visual Arts]": an organisation word's complement that the tagger cut off.</summary>
    private int WithComplement(Token[] tokens, int end, bool[] tagged)
    {
        if (!(_gazetteer.IsOrganisationCue(tokens[end - 1].Text) || IsOrganisationWord(tokens[end - 1].Text)) || end + 1 >= tokens.Length || tokens[end].Text is not ("of" or "for" or "on"))
        {
            return end;
        }

        // Untagged capitalised words from a position on; not "Champions League [on Wednesday]".
        int CapitalisedRunEnd(int from)
        {
            var runEnd = from;
            while (runEnd < tokens.Length && !tagged[runEnd] && IsCapitalised(tokens[runEnd].Text) && WordChars.All(tokens[runEnd].Text, char.IsLetter)
                   && !IsNotName(tokens[runEnd].Text)) runEnd++;
            return runEnd;
        }

        var position = end + 1;
        if (position < tokens.Length && tokens[position].Text == "the") position++;
        var complementEnd = CapitalisedRunEnd(position);
        if (complementEnd == position && position < tokens.Length && _gazetteer.IsPlace(tokens[position].Text))
        {
            complementEnd++; // "Muslim Council of [Britain]", "Government of [Iraq]": the tagger's place is the name's end
        }

        if (complementEnd == position) return end;
        if (complementEnd + 1 >= tokens.Length || tokens[complementEnd].Text != "of") return complementEnd;

        // "Association for the Advancement [of Science]": the complement's own complement.
        var next = tokens[complementEnd + 1].Text == "the" ? complementEnd + 2 : complementEnd + 1;
        var nextEnd = CapitalisedRunEnd(next);
        return nextEnd > next ? nextEnd : complementEnd;
    }

    /// <summary>
    /// "[La Voz] del Interior", "Virgen del [Rocío University Hospital]": a Spanish, Portuguese or Italian particle joins
    /// capitalised words to an organisation's name, which the tagger, reading English, ends or starts at the particle.
    /// Only untagged words, and at most two before the name ("Hospital Virgen del ...", not a sentence's opening word).
    /// </summary>
    private static (int First, int End) WithRomanceParticles(Token[] tokens, int first, int end, bool[] tagged)
    {
        bool IsNameWord(int index) => index >= 0 && index < tokens.Length && !tagged[index] && IsCapitalised(tokens[index].Text)
            && WordChars.All(tokens[index].Text, char.IsLetter) && !IsNotName(tokens[index].Text) && !SentenceWords.IsDateWord(tokens[index].Text);

        while (end + 1 < tokens.Length && IsRomanceParticle(tokens[end].Text))
        {
            var next = end + 1;
            if (next + 1 < tokens.Length && tokens[next].Text is "la" or "las" or "los" or "le" or "les") next++; // "de la", "de los"
            var runEnd = next;
            while (IsNameWord(runEnd) && runEnd - next < 3) runEnd++;
            if (runEnd == next) break;
            end = runEnd;
        }

        var particles = first >= 3 && tokens[first - 1].Text is "la" or "las" or "los" && IsRomanceParticle(tokens[first - 2].Text) ? 2 : 1; // "de la"
        if (first > particles && IsRomanceParticle(tokens[first - particles].Text) && IsNameWord(first - particles - 1) && first - particles - 1 > 0)
        {
            first -= particles + 1;
            if (IsNameWord(first - 1) && first - 1 > 0) first--;
        }

        return (first, end);
    }

    /// <summary>
    /// "Committee [to Protect Journalists]", "Global Fund [to Fight AIDS, Tuberculosis and Malaria]", "New Mexico Coalition [to
    /// End Homelessness]": a body named for its purpose, which the tagger ends at "to". Only before one of the verbs such
    /// names use, capitalised; the words after it are capitalised too, listed with commas and "and".
    /// </summary>
    internal static int WithPurpose(Token[] tokens, int end)
    {
        if (end + 2 >= tokens.Length || tokens[end].Text != "to" || !PurposeVerbs.Contains(tokens[end + 1].Text))
        {
            return end;
        }

        var last = end + 2;
        while (last < tokens.Length && (IsCapitalised(tokens[last].Text)
               || (tokens[last].Text is "," or "and" or "&" or "of" && last + 1 < tokens.Length && IsCapitalised(tokens[last + 1].Text)))) last++;
        return last > end + 2 && IsCapitalised(tokens[last - 1].Text) ? last : end;
    }

    /// <summary>
    /// "Centre for Research of Crimes [Against Kurds]", "Reporters [Without Borders]": a preposition that only a name writes
    /// capitalised inside a sentence, and the capitalised words after it, go on with the name the tagger ended before it.
    /// </summary>
    private static int WithCapitalisedPreposition(Token[] tokens, int end)
    {
        if (end + 1 >= tokens.Length || tokens[end].Text is not ("Against" or "Without" or "Beyond")) return end;
        var last = end + 1;
        while (last < tokens.Length && last - end <= 3 && IsCapitalised(tokens[last].Text) && WordChars.All(tokens[last].Text, char.IsLetter)) last++;
        return last > end + 1 ? last : end;
    }

    private static readonly FrozenSet<string> PurposeVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "End", "Fight", "Stop", "Protect", "Prevent", "Promote", "Save", "Defend", "Abolish", "Ban", "Free", "Eliminate", "Combat",
        "Reform", "Restore", "Preserve", "Cure", "Feed", "Halt", "Beat", "Conquer", "Eradicate", "Reduce",
    ]);

    /// <summary>
    /// "Office of Management [and Budget]", "Department for Environment[, Food and Rural Affairs]", "London School of
    /// Hygiene [& Tropical Medicine]", "Department of Social [Welfare and Development]": the tagger stops an institution's
    /// name at "and", a comma or inside its complement. Up to two capitalised common words after it, then others listed
    /// with commas, then "and" and one or two more, end the name when none is a name of its own ("Ministry of Defence and
    /// Lockheed", "and Foreign Office" stay apart). A ministry's or a department's portfolios may be any such words and
    /// joined more than once ("Ministry of Water [and Irrigation]", "Department of Immigration [and Multicultural and
    /// Indigenous Affairs]"), but not a firm's ("Department of Defense and Boeing", "and Pacific Gas and Electric Company").
    /// </summary>
    private int WithWordsAfterAnd(Token[] tokens, int first, int end)
    {
        if (!HasToken(tokens, first, end, "of") && !HasToken(tokens, first, end, "for"))
        {
            return end;
        }

        var isMinistry = IsMinistry(tokens, first, end);
        bool IsWordAfterAnd(string word) => IsCommonWordInName(word) || (isMinistry && IsPortfolioWord(word));
        var position = end;
        // Not after a place, whose own name may go on: "Christian Heritage Party for [Calgary Southwest]".
        while (position < tokens.Length && position - end < 2 && IsCommonWordInName(tokens[position].Text) && !_gazetteer.IsPlace(tokens[end - 1].Text)) position++;
        var commonWordsEnd = position;
        while (position + 1 < tokens.Length && tokens[position].Text == "," && IsWordAfterAnd(tokens[position + 1].Text)) position += 2;
        if (position + 1 >= tokens.Length || tokens[position].Text is not ("and" or "&"))
        {
            return commonWordsEnd > end && (commonWordsEnd == tokens.Length || !IsCapitalised(tokens[commonWordsEnd].Text)) ? commonWordsEnd : end;
        }

        var last = position + 1;
        while (last < tokens.Length && last - position <= 2 && IsWordAfterAnd(tokens[last].Text)) last++;
        // "and Counter[-Terrorism]": a hyphenated word is one word.
        while (last > position + 1 && last + 1 < tokens.Length && tokens[last].Text == "-" && IsJoined(tokens, last - 1, last + 1) && IsCapitalised(tokens[last + 1].Text)) last += 2;
        while (isMinistry && last > position + 1 && last + 1 < tokens.Length && tokens[last].Text == "and" && IsWordAfterAnd(tokens[last + 1].Text))
        {
            (position, last) = (last, last + 1);
            while (last < tokens.Length && last - position <= 2 && IsWordAfterAnd(tokens[last].Text)) last++;
        }

        return last > position + 1 && (last == tokens.Length || !IsCapitalised(tokens[last].Text)) ? last : end;
    }

    /// <summary>"Ministry of ...", "the Department for ...": a government's office named by its portfolios.</summary>
    private static bool IsMinistry(Token[] tokens, int first, int end)
    {
        var head = tokens[first].Text is "the" or "The" ? first + 1 : first;
        return head + 1 < end && tokens[head].Text is "Ministry" or "Department" && tokens[head + 1].Text is "of" or "for";
    }

    /// <summary>A ministry's portfolio after "and" ("Irrigation", "Workplace"): a portfolio word that names no person or firm either.</summary>
    private bool IsPortfolioWord(string word) =>
        MinistryNames.IsPortfolioWord(word, _gazetteer) && !_gazetteer.IsFirstName(word) && !_gazetteer.IsListedOrganisation(word)
        && !_gazetteer.IsOneWordCompany(word) && !NameWords.IsLegalForm(word) && word is not ("Company" or "Corporation");

    /// <summary>
    /// "the [Danish Competition and] Consumer Authority", "the [Kenya Ports and] Harbours Authority", "the [Advisory,
    /// Conciliation and] Arbitration Service", "parliament's [Planning and] Budget Committee": the tagger starts a name that
    /// ends with an organisation's word after "and". The capitalised words between "the" (or a possessive) and "and" begin
    /// it, unless one of them names something of its own: a place or a people ("the UK and European Union"), a listed
    /// organisation ("the Pentagon and Defense Department"), an acronym, a party's adjective or an organisation's word ("the
    /// Commission and Council"); nor when what follows "and" is a listed name itself ("the Pentagon and World Trade Center")
    /// or a company's or newspaper's ("Ltd", "Times").
    /// </summary>
    private int WithWordsBeforeAnd(Token[] tokens, int first, int end, bool[] tagged)
    {
        if (first < 3 || tokens[first - 1].Text != "and" || !(_gazetteer.IsOrganisationCue(tokens[end - 1].Text) || tokens[end - 1].Text == "Administration")
            || NameWords.IsLegalForm(tokens[end - 1].Text) || NewspaperWords.Contains(tokens[end - 1].Text) // "the Hang Seng and Singapore Straits Times"
            || !NamesNothingOfItsOwn(tokens, first, end)) // "the Pentagon and World Trade Center"
        {
            return first;
        }

        var start = first - 1; // the list's first token, then going back
        var itemEnd = start; // the end of the list's item that start is in
        for (var tokensTaken = 0; start > 0 && tokensTaken < 5; tokensTaken++)
        {
            var word = tokens[start - 1].Text;
            if (word == "," && start < itemEnd && start >= 2)
            {
                if (!NamesNothingOfItsOwn(tokens, start, itemEnd)) return first;
                itemEnd = --start;
                continue;
            }

            // A title's portfolio is the name's here ("the [Finance and] National Planning Committee"), not its head ("the President and Congress").
            if (!(IsCapitalised(word) && WordChars.All(word, char.IsLetter)) || RoleWords.IsHead(word) || RoleWords.IsHonorific(word) || word == "The"
                || RoleChain.IsAcronym(word) || _gazetteer.IsOrganisationCue(word) || SentenceWords.IsAffiliation(word)
                || word == "House") break; // "the House and Senate Ethics Committee", "the Democratic and Republican Party primaries"
            start--;
        }

        // One word the tagger saw as a name of its own is one ("the Pentagon and Defense Intelligence Agency"), unless a
        // given name: "the Bill and Melinda Gates Foundation".
        var isOneName = start + 1 == first - 1 && tagged[start] && !_gazetteer.IsFirstName(tokens[start].Text);
        return start < itemEnd && start > 0 && tokens[start - 1].Text is "the" or "The" or "a" or "an" or "'s" or "\u2019s" && !isOneName && NamesNothingOfItsOwn(tokens, start, itemEnd)
            ? start
            : first;
    }

    private static readonly FrozenSet<string> NewspaperWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Times", "Post", "Herald", "Journal", "Tribune", "Telegraph", "Gazette", "Chronicle", "Observer", "News", "Press", "Media", "Network",
    ]);

    private bool NamesNothingOfItsOwn(Token[] tokens, int first, int end)
    {
        var words = NameWords.Joined(tokens, first, end);
        return !_gazetteer.IsPlaceOrNationality(words) && !_gazetteer.IsListedOrganisation(words) && !_gazetteer.IsOneWordCompany(words);
    }

    /// <summary>A capitalised common word inside an institution's name ("Food", "Rural", "Affairs"): no place, given name or organisation word.</summary>
    private bool IsCommonWordInName(string word) =>
        IsCapitalised(word) && (SentenceWords.IsCommonWord(word) || IsFieldOfStudy(word))
        && !_gazetteer.IsPlace(word) && !_gazetteer.IsFirstName(word) && !_gazetteer.IsOrganisationCue(word);

    /// <summary>"Seismology", "Economics": a field of study, which institutes' names list and news rarely writes.</summary>
    private static bool IsFieldOfStudy(string word) =>
        word.Length > 6 && WordChars.All(word, char.IsLetter)
        && (word.EndsWith("ology", StringComparison.Ordinal) || word.EndsWith("ics", StringComparison.Ordinal));

    /// <summary>"Masjid Al[-Haram]", "[Al-]Maeena": hyphenated parts of a name that the tagger cut off.</summary>
    private static (int First, int End) WithHyphenatedParts(Token[] tokens, int first, int end)
    {
        while (first >= 2 && tokens[first - 1].Text == "-" && IsJoined(tokens, first - 2, first) && char.IsLetter(tokens[first - 2].Text[0])
               && !AdjectivePrefixes.Contains(tokens[first - 2].Text)) first -= 2; // "al-[Assad]", not "anti-[Islam]"
        while (end + 1 < tokens.Length && tokens[end].Text == "-" && IsJoined(tokens, end - 1, end + 1) && IsCapitalised(tokens[end + 1].Text)) end += 2;
        return (first, end);
    }

    // Prefixes that make an adjective of a name ("anti-Israel protesters", "pro-Moscow rebels"): the name is the rest.
    private static readonly FrozenSet<string> AdjectivePrefixes = FrozenSet.Create(StringComparer.Ordinal,
    [
        "anti", "pro", "non", "post", "pre", "neo", "pan", "mid", "ex", "quasi", "semi", "ultra", "trans", "inter",
    ]);

    /// <summary>
    /// "[Procter &] Gamble", "Hartley[ & Sons]", "Marks[ & Spencer]": names joined by an ampersand, which only firms are.
    /// Not from a span with a lower-case word ("Alan Hudson of Ernst[ & Young]", "Society at Harvard"), nor two given
    /// names ("Wyatt & Zach", two brothers).
    /// </summary>
    private (int First, int End) WithAmpersandParts(Token[] tokens, int first, int end)
    {
        for (var index = first; index < end; index++)
        {
            if (!IsCapitalised(tokens[index].Text)) return (first, end);
        }

        while (first >= 2 && tokens[first - 1].Text == "&" && IsCapitalised(tokens[first - 2].Text)
               && !(end - first == 1 && AreGivenNames(tokens[first - 2].Text, tokens[first].Text) && !IsPossessive(tokens, end))) first -= 2;
        if (end - first == 1 && end + 2 < tokens.Length && tokens[end + 1].Text == "&" && IsNameWord(tokens[end].Text) && IsCapitalised(tokens[end + 2].Text))
        {
            end++; // "Davis [Polk] & Wardwell": the tagger kept the first name of a firm of partners
        }

        while (end + 1 < tokens.Length && tokens[end].Text == "&" && IsCapitalised(tokens[end + 1].Text)
               && !(end - first == 1 && AreGivenNames(tokens[first].Text, tokens[end + 1].Text) && !IsPossessive(tokens, end + 2))) end += 2;
        if (end > 1 && tokens[end - 2].Text == "&") // "Korea Hydro & Nuclear[ Power Co.]": the firm's trade and legal form after the joined word
        {
            while (end < tokens.Length && char.IsUpper(tokens[end].Text[0])
                   && (NameWords.IsCompanyWord(tokens[end].Text) || NameWords.IsTradeWord(tokens[end].Text) || NameWords.IsCompanySuffix(tokens[end].Text))) end++;
        }

        return (first, end);
    }

    /// <summary>"Ben & Jerry's": two given names and a possessive make a brand, not two people.</summary>
    private static bool IsPossessive(Token[] tokens, int index) => index < tokens.Length && tokens[index].Text is "'s" or "’s";

    private bool AreGivenNames(string a, string b) => a != b && _gazetteer.IsFirstName(a) && _gazetteer.IsFirstName(b); // not "Johnson & Johnson"

    private static bool HasToken(Token[] tokens, int first, int end, string text)
    {
        for (var index = first; index < end; index++)
        {
            if (tokens[index].Text == text) return true;
        }

        return false;
    }

    /// <summary>
    /// "Leeds Magistrates[' Court]", "Department of Veterans[' Affairs]": an organisation's name with a plural possessive
    /// inside, cut off at its apostrophe. Only two words or more before it and an organisation's word after it: "Wikinews'
    /// Nick Moreau", "Paris' Eiffel Tower" and "United States' National Science Foundation" are possessives of names.
    /// </summary>
    private int WithPluralPossessiveParts(Token[] tokens, int first, int end)
    {
        var isPossessive = end - first >= 2 && end + 1 < tokens.Length && tokens[end].Text is "'" or "’" && tokens[end - 1].Text.EndsWith('s')
            && tokens[end - 1].End == tokens[end].Start;
        return isPossessive && (_gazetteer.IsOrganisationCue(tokens[end + 1].Text) || IsOrganisationWord(tokens[end + 1].Text))
            && !_gazetteer.IsPlace(NameWords.Joined(tokens, first, end))
            ? end + 2
            : end;
    }

    /// <summary>
    /// "Swiss People's [Party]", "People's [Party for Freedom and Democracy]", "Chinese People's [Liberation Army]": the
    /// singular possessive many parties and bodies open with, which the tagger leaves out, with the words before it.
    /// </summary>
    private int WithPeoplesPart(Token[] tokens, int first, int end)
    {
        var opensBody = first >= 2 && first < end && tokens[first - 1].Text is "'s" or "’s" && NameWords.IsCollectivePossessor(tokens[first - 2].Text);
        if (!opensBody || !(_gazetteer.IsOrganisationCue(tokens[first].Text) || IsOrganisationWord(tokens[first].Text) || tokens[first].Text is "Liberation" or "Republic"
                            || _gazetteer.IsOrganisationCue(tokens[end - 1].Text))) // "Women's [Royal Air Force]", "Christian People's [Democratic Party]"
        {
            return first;
        }

        first -= 2;
        while (first > 0 && IsCapitalised(tokens[first - 1].Text) && !SentenceWords.IsSentenceWord(tokens[first - 1].Text)) first--;
        return first;
    }

    /// <summary>
    /// "Ban Ki[-moon]", "Kim Jong[-il]", "Roh Moo[-hyun]": a hyphenated given name whose second part is written in lower
    /// case, cut off by the tagger. Only a short syllable after a short one, never a modifier ("Bush-era", "Obama-led"),
    /// but for "in" after a person's family name and one syllable ("Moon Jae[-in]"; not "Sunset Drive-in").
    /// </summary>
    private static int WithLowerCaseGivenNamePart(Token[] tokens, int first, int end, bool isPerson = false)
    {
        if (end - first < 2 || end + 1 >= tokens.Length || tokens[end].Text != "-" || !IsJoined(tokens, end - 1, end + 1)) return end;
        var (before, after) = (tokens[end - 1].Text, tokens[end + 1].Text);
        var isSyllable = before.Length <= 5 && IsCapitalised(before) && after.Length is >= 2 and <= 5 && WordChars.All(after, char.IsLower)
            && (!CompoundModifiers.Contains(after) || (isPerson && after == "in" && end - first == 2 && before.Length <= 4))
            && (end + 2 >= tokens.Length || tokens[end + 2].Text != "-");
        return isSyllable ? end + 2 : end;
    }

    /// <summary>A year, a count or a measure ("2008", "189", "36-year", "7-member") before a name; not "3" of "3 News".</summary>
    private static bool IsLeadingNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        return (digits >= 2 && digits == word.Length)
            || (digits >= 1 && digits + 1 < word.Length && word[digits] == '-' && WordChars.All(word.AsSpan(digits + 1), char.IsLower));
    }

    private static readonly FrozenSet<string> CompoundModifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "led", "era", "style", "based", "born", "like", "owned", "run", "type", "free", "wide", "elect", "bred", "made", "held",
        "sized", "proof", "only", "ish", "esque", "ite", "ites", "ist", "ists", "ism", "ian", "ians", "day", "year", "years",
        "backed", "linked", "tied", "plus", "less", "ness", "ward", "wards", "class", "level", "brand", "in", "out", "on", "off",
        "up", "down", "over", "by", "to", "and", "or", "the", "a", "an", "of", "for", "with", "at", "as",
    ]);

    private static bool IsJoined(Token[] tokens, int before, int after) =>
        tokens[before].End == tokens[before + 1].Start && tokens[after - 1].End == tokens[after].Start;

    /// <summary>
    /// Capitalised words right before a span that the tagger left out of it (never the sentence's first word unless a first
    /// name). Before an organisation's last word (<paramref name="organisationEnd"/>) the words of a body's domain count too
    /// ("[National] Center for Science Education", "[State] Department"), though they open titles too, and before a party's
    /// word its affiliation does ("his [Socialist] Movement Party").
    /// </summary>
    private int ExtendLeft(Token[] tokens, int first, bool[] tagged, int maxWords, Func<string, bool> fits, string? organisationEnd = null)
    {
        var isBody = organisationEnd is not null && !Legislatures.IsChamber(organisationEnd); // not "[Republican] Senate"
        var isParty = organisationEnd is not null && PartyEnds.Contains(organisationEnd);
        bool IsWordOfName(string word) =>
            (IsNameWord(word) || (isBody && BodyDomainWords.Contains(word)))
            && (!SentenceWords.IsAffiliation(word) || (isParty && AffiliationsOfParties.Contains(word)));

        first = ParticlesBefore(tokens, first, tagged);
        var limit = Math.Max(0, first - maxWords);
        while (first > limit && !tagged[first - 1] && IsWordOfName(tokens[first - 1].Text) && fits(tokens[first - 1].Text)
               && !SentenceWords.IsDateWord(tokens[first - 1].Text)
               && !(StartsSentence(tokens, first - 1) && SentenceWords.IsSentenceWord(tokens[first - 1].Text) && !_gazetteer.IsFirstName(tokens[first - 1].Text)
                    && !NameWords.IsSurnameParticle(tokens[first - 1].Text))
               && (first - 1 > 0 || _gazetteer.IsFirstName(tokens[first - 1].Text) || NameWords.IsSurnameParticle(tokens[first - 1].Text)
                   || (organisationEnd is null && IsUnlistedNameWord(tokens[first - 1].Text))))
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// "[Umaru] Yar'Adua, the President of Nigeria": a sentence's first word that no lexicon of English holds, nor a list of
    /// places, titles or peoples, is a given name the lists lack, not a word that opens the sentence.
    /// </summary>
    private bool IsUnlistedNameWord(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && !SentenceWords.IsSentenceWord(word) && !SentenceWords.IsCommonWord(word)
        && !_gazetteer.IsPlaceOrNationality(word) && !_gazetteer.IsPeopleGroup(word) && !RoleWords.StartsTitle(word) && !SentenceWords.IsDateWord(word)
        && !EnglishWordEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)) && !UnlistedSentenceOpeners.Contains(word);

    // Endings of English words the lexicon lacks, which open sentences before names: "Announcer", "Immunologist",
    // "Moderator", "Paraphrasing", "Californian", "Obituaries".
    private static readonly string[] EnglishWordEndings = ["er", "ers", "ist", "ists", "or", "ors", "ing", "ian", "ians", "ies", "ed", "ly"];

    private static readonly FrozenSet<string> UnlistedSentenceOpeners = FrozenSet.Create(StringComparer.Ordinal, ["Whereas", "Whilst", "Twelve", "Eleven"]);

    // A player's position as box scores and previews write it before the name ("Dodgers LHP Chris Dunleavy (11-6, 3.41 ERA)"),
    // and the "Famer" of "Hall of Famer": no given name.
    private static readonly FrozenSet<string> SportsPositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "LHP", "RHP", "SP", "RP", "SS", "LF", "CF", "RF", "DH", "OF", "INF", "1B", "2B", "3B", "QB", "RB", "WR", "TE", "LB", "CB", "DE", "DT",
        "PG", "SG", "SF", "PF", "GK", "Famer",
    ]);

    /// <summary>
    /// Where a person's name starts after a team and a player's position inside [first, end): "[Twins RHP] Kenji Morita",
    /// "[Flames F] Liam Kowalski". A one-letter position (forward, defence, goalie, centre) only after a team's plural, or it
    /// is an initial ("G P Koirala").
    /// </summary>
    private static int AfterPlayersPosition(Token[] tokens, int first, int end)
    {
        for (var index = first; index < end - 2; index++)
        {
            var word = tokens[index].Text;
            var isLetterPosition = word is "F" or "D" or "G" or "C" && index > first && tokens[index - 1].Text is { Length: > 3 } team
                && IsCapitalised(team) && team[^1] == 's' && WordChars.All(team, char.IsLetter);
            if (SportsPositions.Contains(word) || isLetterPosition) first = index + 1;
        }

        return first;
    }

    // Words that open titles ("National Security Adviser", "Health Minister") and bodies' names alike: the body's domain.
    private static readonly FrozenSet<string> BodyDomainWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "National", "Federal", "State", "Provincial", "Regional", "Naval", "Military", "Police", "Press", "Presidential",
        "Information", "Trade", "Health", "Education", "Economic", "Energy", "Environment", "Security", "Intelligence",
        "Financial", "Medical", "Commercial", "Investment", "Technical",
    ]);

    // The last words of parties' and movements' names, and the affiliations that open them.
    private static readonly FrozenSet<string> PartyEnds = FrozenSet.Create(StringComparer.Ordinal, ["Party", "Movement", "Front", "Alliance", "League", "Union"]);

    private static readonly FrozenSet<string> AffiliationsOfParties = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Democratic", "Republican", "Labour", "Conservative", "Liberal", "Socialist", "Communist", "Independent",
    ]);

    // Words that end places' names, not people's: "General Santos City", "Queen Victoria Building".
    private static readonly FrozenSet<string> PlaceEnds = FrozenSet.Create(StringComparer.Ordinal,
    [
        "City", "Town", "Village", "County", "Province", "State", "District", "Building", "Market", "Station", "Port",
    ]);

    /// <summary>Whether titles make the name after them a person's even though the tagger said otherwise.</summary>
    private bool IsPersonTitled(RoleChainMatch chain, Token[] tokens, int nameStart, int nameEnd)
    {
        var titleWords = tokens.Skip(chain.Roles[^1].First).Take(chain.Roles[^1].End - chain.Roles[^1].First).Select(token => token.Text).ToList();
        if (titleWords is [var courtesy] && RoleWords.IsHonorific(courtesy) && courtesy != "Miss" && !_gazetteer.IsOrganisationCue(tokens[nameEnd - 1].Text))
        {
            return true; // "Mrs [Bello]": only a person is called so, whatever place has the name (Bello is a Colombian city); not "Miss World"
        }

        if (titleWords is ["Sir" or "Dame"] && !_gazetteer.IsOrganisationCue(tokens[nameEnd - 1].Text))
        {
            return true; // "[Sir Digby Jones]", read as a body: a knight, whatever town the given name is (Digby, Nova Scotia)
        }

        // A given name may be a place's ("Minister [Carolina] Echeverría": Carolina is a city in Puerto Rico) when the rest of
        // the name is a person's.
        // "City Attorney [Mary] Smithers": a given name whose surname the tagger left out is no place either.
        var surnameAfter = nameEnd - nameStart == 1 && nameEnd < tokens.Length && IsNameWord(tokens[nameEnd].Text) && !_gazetteer.IsPlace(tokens[nameEnd].Text)
            && !SentenceWords.IsSentenceWord(tokens[nameEnd].Text) && _gazetteer.IsFirstName(tokens[nameStart].Text);
        // "Deputy Interior Minister [Valdivia]," (a Chilean city): a town's name alone after a person's title, the clause going on
        // in lower case or punctuation, is a surname; not a province or a country ("Chief Minister Punjab said").
        var townAsSurname = nameEnd - nameStart == 1 && RoleWords.ArePersonTitles(titleWords) && !_gazetteer.IsCountry(tokens[nameStart].Text)
            && !NameLists.Default.IsRegion(tokens[nameStart].Text) && !_gazetteer.IsOrganisationCue(tokens[nameStart].Text)
            && (nameEnd == tokens.Length || !IsNameWord(tokens[nameEnd].Text));
        var opensAsPlace = _gazetteer.IsPlace(tokens[nameStart].Text) && !surnameAfter && !townAsSurname
            && (nameEnd - nameStart == 1 || _gazetteer.IsPlace(NameWords.Joined(tokens, nameStart, nameEnd))
                || Enumerable.Range(nameStart + 1, nameEnd - nameStart - 1).Any(index => !IsNameWord(tokens[index].Text)
                    || (_gazetteer.IsPlace(tokens[index].Text) && !(_gazetteer.IsFirstName(tokens[nameStart].Text) && NameLists.Default.IsSurname(tokens[index].Text)))
                    || NameWords.NamesNoPerson(tokens[index].Text, _gazetteer) || PlaceEnds.Contains(tokens[index].Text)));
        var nameLooksPersonal = !opensAsPlace && !_gazetteer.IsOrganisationCue(tokens[nameEnd - 1].Text)
            && !(nameEnd - nameStart >= 2 && _gazetteer.IsPlace(NameWords.Joined(tokens, nameStart, nameEnd))); // "secretary of Unions [New South Wales]"
        if (titleWords is ["Chief" or "Alhaji"] && nameEnd - nameStart < 2 && !_gazetteer.IsFirstName(tokens[nameStart].Text))
        {
            return false; // "Chief Ayibakuro Ebikeme", not "Chief [Quality] Officer"
        }

        if (titleWords is ["King" or "Queen"] && !_gazetteer.IsFirstName(tokens[nameStart].Text)
            && Enumerable.Range(nameStart, nameEnd - nameStart).Any(index => _gazetteer.IsPlace(tokens[index].Text) || SentenceWords.IsCommonWord(tokens[index].Text.ToLowerInvariant())))
        {
            return false; // "King Bhumibol Adulyadej", not "Peace Queen [Cup Korea]", a tournament
        }

        return nameLooksPersonal && (RoleWords.ArePersonTitles(titleWords) || _gazetteer.IsFirstName(tokens[nameStart].Text));
    }

    /// <summary>"Hasanov [Zakir Asgar Oglu]": capitalised words right after a person's name that the tagger left out.</summary>
    private int ExtendName(Token[] tokens, int end, bool[] tagged)
    {
        while (end < tokens.Length)
        {
            if (!tagged[end] && IsNameWord(tokens[end].Text) && !_gazetteer.IsPlace(tokens[end].Text) && !_gazetteer.IsOrganisationCue(tokens[end].Text)
                && !PostNominals.Contains(tokens[end].Text) && !SentenceWords.IsSentenceWord(tokens[end].Text) && !SentenceWords.IsDateWord(tokens[end].Text)
                && !(end + 1 < tokens.Length && tokens[end + 1].Text == ":"))
            {
                end++;
            }
            else if (tokens[end].Text == "-" && end + 1 < tokens.Length && IsJoined(tokens, end - 1, end + 1) && IsNameWord(tokens[end + 1].Text)
                     && IsCapitalised(tokens[end - 1].Text))
            {
                end += 2; // "Jane Naana [Opoku-Agyemang]": the hyphenated surname after given names the tagger saw
            }
            else if (!tagged[end] && IsCapitalised(tokens[end].Text) && SentenceWords.IsMonth(tokens[end].Text) && end > 0 && _gazetteer.IsFirstName(tokens[end - 1].Text)
                     && !(end + 1 < tokens.Length && char.IsDigit(tokens[end + 1].Text[0])))
            {
                end++; // "Prime Minister Theresa [May]'s deal": a month right after a given name is a surname, unless a day follows
            }
            else if (!tagged[end] && IsInitials(tokens[end].Text) && end + 1 < tokens.Length && IsNameWord(tokens[end + 1].Text)
                     && !_gazetteer.IsPlace(tokens[end + 1].Text) && !SentenceWords.IsSentenceWord(tokens[end + 1].Text))
            {
                end += 2; // "Jessie [K. Liu]": a middle initial and the surname the tagger left out
            }
            else if (IsNameParticle(tokens[end].Text) && ParticleNameEnd(tokens, end) is var particleEnd and > 0)
            {
                // "Suleiman [al-Amr]", "Vincent [van Gogh]"; also when the tagger made "von der Leyen" a span of its own
                // after "Ursula": a lower-case particle never starts a name, so the two are one.
                end = particleEnd;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// "Ursula [von der] Leyen", "[Von der] Leyen said": lower-case particles before a surname the tagger found alone belong
    /// to it when a given name or a capitalised particle comes before them.
    /// </summary>
    private int ParticlesBefore(Token[] tokens, int first, bool[] tagged)
    {
        var start = first;
        while (start > 0 && start > first - 2 && !tagged[start - 1] && IsNameParticle(tokens[start - 1].Text))
        {
            start--;
        }

        if (start == first || start == 0 || tagged[start - 1])
        {
            return first;
        }

        // "Shaiful Anuar [bin Osman]": before a patronymic particle comes a given name, listed or not.
        var before = tokens[start - 1].Text;
        var isPatronymic = tokens[start].Text is "bin" or "binti" or "bint" or "ibn" && IsNameWord(before) && !_gazetteer.IsPlace(before);
        return (IsCapitalised(before) && (_gazetteer.IsFirstName(before) || NameWords.IsSurnameParticle(before) || isPatronymic)) ? start - 1 : first;
    }

    /// <summary>Where "al-Amr", "van Gogh" or "von der Leyen" ends when lower-case particles from <paramref name="particle"/> lead into a capitalised word; else 0.</summary>
    private static int ParticleNameEnd(Token[] tokens, int particle)
    {
        var next = particle + 1;
        while (next < tokens.Length && next < particle + 3 && IsNameParticle(tokens[next].Text))
        {
            next++;
        }

        next = next < tokens.Length && tokens[next].Text == "-" ? next + 1 : next;
        return next < tokens.Length && IsCapitalised(tokens[next].Text) && WordChars.All(tokens[next].Text, char.IsLetter) ? next + 1 : 0;
    }

    /// <summary>"Colonel General Hasanov Zakir Asgar Oglu": a capitalised name right after a title, which the tagger missed.</summary>
    private void AddNamesAfterTitles(SentenceText sentence, List<NameMention> found, List<(int First, int End)> roleRegions)
    {
        var tokens = sentence.Tokens;
        var covered = new bool[tokens.Length];
        for (var index = 0; index < tokens.Length; index++)
        {
            covered[index] = MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End);
        }

        for (var first = 0; first < tokens.Length; first++)
        {
            var word = tokens[first].Text;
            if (covered[first] || !(RoleWords.StartsTitle(word) || RoleWords.IsPortfolio(word)) || RoleWords.IsAmbiguousInLowerCase(word))
            {
                continue;
            }

            var runEnd = first;
            while (runEnd < tokens.Length && !covered[runEnd] && IsTitleRunToken(tokens, runEnd)) runEnd++;
            if (BestNameAfterTitles(tokens, first, runEnd) is not var (split, nameEnd))
            {
                continue;
            }

            if (nameEnd - split == 1 && (IsBodyHead(tokens[split].Text) || NameWords.IsFacilityWord(tokens[split].Text)))
            {
                continue; // "the General Administration of Customs", "the General Staff", "the General Cemetery": named by its head word
            }

            var chain = _roles.ParseExactly(tokens, first, split)!;
            nameEnd = WithLowerCaseGivenNamePart(tokens, split, nameEnd);
            if (nameEnd - split == 1 && TownRightAfter(sentence, found, nameEnd) is { } town)
            {
                found.Remove(town); // "Opposition leader Yoshihiko [Noda]": a surname that is also a town's name
                nameEnd++;
            }

            if (IsGivenNameNotTitle(chain, tokens, split, nameEnd))
            {
                found.Add(sentence.Mention(EntityType.Person, first, nameEnd)); // "Dean Kamen"
                first = nameEnd;
                continue;
            }

            // "author Truman Capote": after a title in lower case, a name of two words or more that names no place or thing.
            var lowerCaseTitle = !IsCapitalised(tokens[first].Text);
            var plainName = tokens.Skip(split).Take(nameEnd - split).All(token => !_gazetteer.IsPlace(token.Text)
                && !_gazetteer.IsOrganisationCue(token.Text) && !IsOrganisationWord(token.Text) && !IsFacilityWord(token.Text));
            if ((lowerCaseTitle ? !plainName || nameEnd - split < 2 : !IsPersonTitled(chain, tokens, split, nameEnd)))
            {
                continue;
            }

            var named = Named(sentence, EntityType.Person, split, nameEnd, chain, _roles.FindAppositive(tokens, nameEnd));
            found.Add(named.Mention);
            roleRegions.AddRange(named.RoleRegions);
            first = nameEnd;
        }
    }

    private static bool IsBodyHead(string word) => IsOrganisationWord(word) || word is "Administration" or "Directorate" or "Secretariat" or "Staff";

    /// <summary>A one-word place found at token <paramref name="index"/>, a town's name rather than a country's; not in a headline.</summary>
    private NameMention? TownRightAfter(SentenceText sentence, List<NameMention> found, int index) =>
        sentence.Field == TextField.Headline || index >= sentence.Tokens.Length
            ? null
            : found.Find(mention => mention is { Type: EntityType.Place, IsCertain: false } && mention.Start == sentence.Tokens[index].Start
                && mention.End == sentence.Tokens[index].End && !_gazetteer.IsCountry(mention.Text));

    /// <summary>
    /// Where titles starting at <paramref name="first"/> end and a name of up to five capitalised words follows,
    /// preferring a name that starts with a known first name, then a name of two words or more.
    /// </summary>
    private (int Split, int NameEnd)? BestNameAfterTitles(Token[] tokens, int first, int runEnd)
    {
        var candidates = new List<(int Split, int NameEnd)>();
        for (var split = first + 1; split < runEnd; split++)
        {
            var nameEnd = split;
            while (nameEnd < runEnd && nameEnd - split < MaxNameTokens && IsNameWord(tokens[nameEnd].Text))
            {
                nameEnd++;
                // "President Kassym-Jomart Tokayev": a hyphenated given name of two capitalised parts.
                if (nameEnd + 1 < runEnd && tokens[nameEnd].Text == "-" && IsJoined(tokens, nameEnd - 1, nameEnd + 1) && IsNameWord(tokens[nameEnd + 1].Text)) nameEnd++;
            }

            // "Governor Mervyn King - no relation - said": a title's word after a given name, the clause going on in lower
            // case or punctuation, is the surname; so is one right after a courtesy title where it is a surname too ("Mr King
            // has said", "Mr Major"; not "Mr President"). Not a portfolio's words before its head ("Chief [Quality] Officer").
            var afterCourtesy = nameEnd == split && split == first + 1 && RoleWords.IsHonorific(tokens[first].Text)
                && (NameLists.Default.IsSurname(tokens[split].Text) || TitlesThatAreSurnames.Contains(tokens[split].Text));
            if ((nameEnd > split || afterCourtesy) && nameEnd < runEnd && RoleWords.IsHead(tokens[nameEnd].Text) && IsCapitalised(tokens[nameEnd].Text)
                && WordChars.All(tokens[nameEnd].Text, char.IsLetter) && (nameEnd + 1 == tokens.Length || !IsCapitalised(tokens[nameEnd + 1].Text))
                && Enumerable.Range(split, nameEnd - split).All(index => !SentenceWords.IsCommonWord(tokens[index].Text.ToLowerInvariant())
                    && !SentenceWords.IsSentenceWord(tokens[index].Text))) nameEnd++;

            if (nameEnd > split && !(nameEnd - split == 1 && NameWords.IsNotName(tokens[split].Text)) // "6:20 PM EST"
                && !(nameEnd - split == 1 && nameEnd < runEnd && tokens[nameEnd].Text is "and" or "&" && !_gazetteer.IsFirstName(tokens[split].Text)) // "Secretary of State for East [Asian] and Pacific Affairs"
                && _roles.ParseExactly(tokens, first, split) is not null)
            {
                candidates.Add((split, nameEnd));
            }
        }

        return candidates.Count == 0 ? null
            : candidates.Where(candidate => _gazetteer.IsFirstName(tokens[candidate.Split].Text)).Select(candidate => ((int, int)?)candidate).FirstOrDefault()
              ?? candidates.Where(candidate => candidate.NameEnd - candidate.Split >= 2).Select(candidate => ((int, int)?)candidate).LastOrDefault()
              ?? candidates[^1];
    }

    // Titles' words British and American news also writes as surnames ("Mr Major", "Mr Dean"); the surname list has "King".
    private static readonly FrozenSet<string> TitlesThatAreSurnames = FrozenSet.Create(StringComparer.Ordinal,
        ["Major", "Bishop", "Dean", "Marshal", "Judge", "Chancellor", "Sheriff", "Prince", "Pope"]);

    private static bool IsTitleRunToken(Token[] tokens, int index)
    {
        var text = tokens[index].Text;
        return IsCapitalised(text) || RoleWords.IsConnector(text) || RoleWords.StartsTitle(text) || text is "-" or "(" or ")";
    }

    /// <summary>
    /// "Nat Finkelstein, Christopher Makos and [Felice Quinto]": a name of two or three capitalised words listed with
    /// people is a person too.
    /// </summary>
    private static void AddListedPeople(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var added = true; added;)
        {
            added = false;
            foreach (var person in found.Where(mention => mention.Type == EntityType.Person).ToList())
            {
                var last = LastTokenOf(tokens, person);
                var first = last + 1;
                while (first < tokens.Length && tokens[first].Text is "," or "and") first++;
                var end = first;
                while (end < tokens.Length && end - first < 3 && IsNameWord(tokens[end].Text)) end++;
                var closed = end == tokens.Length || tokens[end].Text is "," or "and" or ";" or "." or "(" or ")";
                if (first > last + 1 && end - first >= 2 && closed && sentence.Mention(EntityType.Person, first, end) is var listed && !found.Any(listed.Overlaps))
                {
                    found.Add(listed);
                    added = true;
                }
            }
        }
    }

    private static int LastTokenOf(Token[] tokens, NameMention mention)
    {
        var last = 0;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < mention.End) last++;
        return last;
    }

    private bool IsDemonym(string word) => _gazetteer.CountryForDemonym(word) is not null && !_gazetteer.IsPlace(word);

    /// <summary>Both halves of an acronym definition, and every later use of an acronym the book knows.</summary>
    private void AddAcronyms(SentenceText sentence, AcronymBook book, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var position = 0; position < tokens.Length; position++)
        {
            if (!char.IsUpper(tokens[position].Text[0]) || book.ShortForm(tokens[position].Text) is not { NamesEntity: true } meaning)
            {
                continue;
            }

            found.Add(sentence.Mention(meaning.Type, position, position + 1) with { IsCertain = true });
            var longEnd = Acronyms.NameEndBefore(tokens, position);
            var longFirst = longEnd > 0 ? LongFormBefore(tokens, longEnd, meaning.LongForm) : -1;
            if (longFirst >= 0 && !StartsMention(found, sentence.Field, tokens[longFirst].Start))
            {
                found.Add(sentence.Mention(meaning.Type, longFirst, longEnd) with { IsCertain = true });
                if (OwnerBefore(sentence, longFirst) is { } owner && !found.Any(owner.Overlaps)) found.Add(owner);
            }
        }
    }

    private const int MaxOwnerTokens = 12;

    /// <summary>
    /// "the [World Health Organization]'s International Agency for Research on Cancer (IARC)", "the [UN] Office for the
    /// Coordination of Humanitarian Affairs (OCHA)": the listed owner before a defined long form, which the definition's
    /// mention would otherwise leave out of any name. The longest listed owner wins: "the Organization for Security and
    /// Co-operation in Europe's Office for ... (ODIHR)" is owned by the OSCE (nine words), not by Europe.
    /// </summary>
    private NameMention? OwnerBefore(SentenceText sentence, int longFirst)
    {
        var tokens = sentence.Tokens;
        var isPossessive = longFirst >= 2 && tokens[longFirst - 1].Text is "'s" or "’s";
        var ownerEnd = isPossessive ? longFirst - 1 : longFirst;
        for (var first = Math.Max(0, ownerEnd - MaxOwnerTokens); first < ownerEnd; first++)
        {
            if (!IsCapitalised(tokens[first].Text)) continue;
            if (isPossessive && ListedOwnerType(sentence, first, ownerEnd) is { } type) return sentence.Mention(type, first, ownerEnd);
            if (!isPossessive && NestedOrganisations.IsListedAt(tokens, first, ownerEnd, _gazetteer)) return sentence.Mention(EntityType.Organisation, first, ownerEnd);
        }

        return null;
    }

    // A loop, not a lambda: the lambda's closure was allocated for every token of every sentence.
    private static bool StartsMention(List<NameMention> found, TextField field, int start)
    {
        foreach (var mention in found)
        {
            if (mention.Field == field && mention.Start == start) return true;
        }

        return false;
    }

    /// <summary>Where the long form ending right before token <paramref name="end"/> ("(ACRONYM)", ", known as") starts, or -1.</summary>
    private static int LongFormBefore(Token[] tokens, int end, string longForm)
    {
        // The words themselves, not only their length: "Gerhard Schröder (SPD)" is no second "Social Democrats (SPD)".
        for (var first = end - 1; first >= 0 && tokens[end - 1].End - tokens[first].Start <= longForm.Length; first--)
        {
            if (tokens[end - 1].End - tokens[first].Start == longForm.Length && Acronyms.LongForm(tokens, first, end) == longForm)
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>A mention and the token ranges of the titles around it.</summary>
    private sealed record NamedSpan(NameMention Mention, IReadOnlyList<(int First, int End)> RoleRegions);
}
