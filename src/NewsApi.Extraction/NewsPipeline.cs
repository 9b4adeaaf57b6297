using System.Globalization;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Resolution;
using NewsApi.Extraction.Rules;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction;

/// <summary>
/// The whole extraction: raw document text in, the document's parts and its entities out. Thread-safe; load once.
/// </summary>
/// <remarks>
/// Steps: read the document's parts; tokenize headline, caption and body; tag names with the trained tagger (one call
/// for the whole document, so earlier labels inform later ones); apply the rules (titles to roles, acronyms, place
/// compounds, dateline, photo credit); merge the names of one entity.
/// </remarks>
public sealed class NewsPipeline
{
    private static readonly FrozenSet<string> NonNameCredits = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "File", "File Photo", "Photo", "Courtesy", "Online", "Screengrab", "Screenshot", "Reuters/File", "Social Media",
    ]);

    private readonly Func<IReadOnlyList<Sentence>, IReadOnlyList<TaggedSpan>> _tag;
    private readonly Gazetteer _gazetteer;
    private readonly NameRules _rules;
    private readonly AliasMerger _merger;
    private readonly NamePropagation _propagation;
    private readonly PeopleGroups _peopleGroups;

    private NewsPipeline(Func<IReadOnlyList<Sentence>, IReadOnlyList<TaggedSpan>> tag, Gazetteer gazetteer)
    {
        _tag = tag;
        _gazetteer = gazetteer;
        _rules = new NameRules(gazetteer);
        _merger = new AliasMerger(gazetteer);
        _propagation = new NamePropagation(gazetteer);
        _peopleGroups = new PeopleGroups(gazetteer);
    }

    /// <summary>Loads the bundled model and word lists.</summary>
    public static NewsPipeline CreateDefault() => Create(NerTagger.LoadDefault());

    /// <summary>A pipeline around another tagger model (say, one just trained) and the bundled word lists.</summary>
    public static NewsPipeline Create(NerTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return new(tagger.Tag, Gazetteer.Default);
    }

    /// <summary>Reads <paramref name="content"/> (already decoded text) and extracts its entities.</summary>
    /// <exception cref="DocumentFormatException">The text is not a readable news document (empty, no article text...).</exception>
    public DocumentExtraction Process(string sourceFile, string content) => Process(sourceFile, content, context: null);

    /// <summary>
    /// Like <see cref="Process(string, string)"/>, sharing acronym definitions with the other documents processed
    /// with the same <paramref name="context"/>.
    /// </summary>
    public DocumentExtraction Process(string sourceFile, string content, ExtractionContext? context) =>
        Extract(DocumentReader.ReadOne(sourceFile, content), context);

    /// <summary>Extracts the entities of a document already read (from text, HTML or a JSON record; see <see cref="DocumentReader"/>).</summary>
    public DocumentExtraction Extract(NewsDocument document, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dateline = Dateline.Find(document.Body);
        var tokenized = RunningTextOf(document).Select(field => (field.Field, field.Text, Sentences: Sentences(field.Text, field.Field == TextField.Body ? dateline : null))).ToList();
        if (WithinNameBudget(tokenized) is { } cut)
        {
            document = document with { Warnings = [.. document.Warnings, cut] };
        }

        var fields = tokenized.Select(field => new TokenizedField(field.Field, field.Text, field.Sentences)).ToList();
        var sentences = fields.SelectMany(field => field.Sentences).ToList();
        var spans = MatchScores.SplitAt(_tag(sentences), sentences);

        var book = new AcronymBook(context);
        var sentenceOffset = 0;
        foreach (var field in fields)
        {
            field.Spans = spans.Where(span => span.Sentence >= sentenceOffset && span.Sentence < sentenceOffset + field.Sentences.Count)
                .Select(span => span with { Sentence = span.Sentence - sentenceOffset })
                .Where(span => !field.IsSubheading(span.Sentence, document.Subheadings))
                .ToList();
            sentenceOffset += field.Sentences.Count;
            _rules.LearnAcronyms(field.Sentences, field.Spans, book);
        }

        var mentions = fields.SelectMany(field => _rules.Apply(field.Field, field.Text, field.Sentences, field.LowerCaseWords, field.Spans, book)).ToList();
        // "the Korean peninsula" tagged as a place and cut at its lower-case word, "Lebanese-Israeli" talks: a nationality
        // adjective names no place.
        mentions.RemoveAll(mention => mention.Type == EntityType.Place && !mention.IsCertain
            && (IsNationalityAdjective(mention.Text) || Gazetteer.IsNationalityNoun(mention.Text) // "Briton Lewis Hamilton"
                || IsDemonymBeforeNoun(mention, document)));
        JoinedNames.Split(mentions, _gazetteer);
        var texts = fields.ToDictionary(field => field.Field, field => field.Text);
        RetypeListedOrganisations(mentions, [.. texts.Values]);
        mentions.AddRange(fields.SelectMany(field => UnfoundCompanies.Find(field.Field, field.Text, field.Sentences, field.LowerCaseWords, mentions, _gazetteer, IsGivenName)).ToList());
        mentions.AddRange(fields.SelectMany(field => NamesBeforeOrganisationNouns.Find(field.Field, field.Text, field.Sentences, field.LowerCaseWords, mentions, _gazetteer)).ToList());
        ListNeighbours.Retype(mentions, texts, _gazetteer);
        LocativeNames.Retype(mentions, texts);
        LocativeNames.RetypeBases(mentions, texts, _gazetteer);
        PlaceCues.RetypeLandforms(mentions, _gazetteer); // after the rules: a landform's name may be joined or typed by them
        _peopleGroups.Retype(mentions);
        VenueNames.Retype(mentions, texts);
        SeatsOfGovernment.Retype(mentions, _gazetteer);
        AddDateline(document, dateline, fields[^1], mentions);
        fields.ForEach(field => PartyStateLabels.Add(field.Field, field.Text, field.SentenceAt, mentions));
        StateAbbreviations.KeepPeriods(mentions, texts);
        StateAbbreviations.TownsBeforeStates(mentions, texts);
        mentions.AddRange(StateAbbreviations.AfterPlaces(mentions, texts));
        AddCredit(fields.FirstOrDefault(field => field.Field == TextField.Caption), book, mentions);
        ParticleNames.ExtendSurnames(mentions, texts);
        var repeated = fields.SelectMany(field => _propagation.Find(field.Field, field.Text, field.Sentences, field.LowerCaseWords, mentions)).ToList();
        mentions.AddRange(repeated);
        NamesSharedWithPlaces.Retype(mentions, texts, _gazetteer);
        mentions.AddRange(fields.SelectMany(field => PartyNames.Find(field.Field, field.Text, field.Sentences, mentions)).ToList());
        ShipNames.Remove(document, mentions);
        ShipNames.RemoveOperations(document, mentions);
        mentions.AddRange(NestedPlaces.Find(mentions, _gazetteer).ToList());
        mentions.AddRange(NestedOrganisations.Find(mentions, _gazetteer).ToList());
        mentions.AddRange(NestedPeople.Find(mentions, _gazetteer).ToList());
        WorkTitles.Remove(document, mentions);
        EventNames.Remove(mentions, book, _gazetteer);
        Storms.Remove(document, mentions);
        StockIndices.Remove(document, mentions);
        MarketMovers.Retype(document, mentions);
        ProductNames.Remove(document, mentions, _gazetteer);
        Currencies.Remove(mentions, texts, _gazetteer);
        LeaderGovernments.Retype(mentions);
        GenericNames.Remove(mentions);
        PartyAdjectives.StripAffiliations(mentions, _gazetteer);
        PartyAdjectives.Retype(document, mentions);
        TeamContext.RetypeClubCities(mentions, texts);
        mentions.AddRange(NamesInTitleLines(document, mentions));
        IReadOnlyList<(TextField, IReadOnlyList<Sentence>)> sentencesOfFields = [.. fields.Select(field => (field.Field, field.Sentences))];
        IReadOnlyList<(TextField, string, IReadOnlyList<Sentence>)> textsOfFields = [.. fields.Select(field => (field.Field, field.Text, field.Sentences))];
        var isSportsReport = TeamContext.IsSportsReport(sentencesOfFields);
        TeamContext.RetypeTeamCities(sentencesOfFields, isSportsReport, mentions, _gazetteer);
        TeamContext.RetypeClubTowns(mentions, _gazetteer, texts);
        TeamContext.AddResultTeams(textsOfFields, isSportsReport, mentions, texts, _gazetteer);
        TeamContext.RetypeCollegeTeams(isSportsReport, mentions);
        // Venues and nicknames need less: an article that names a club or a league is about sport ("the Bulls" in a story on
        // a player's transfer, with few results in it).
        var isAboutSport = isSportsReport || TeamContext.NamesListedClub(mentions, _gazetteer);
        TeamContext.RetypeVenues(sentencesOfFields, isAboutSport, mentions);
        FacilityCentres.Retype(mentions);
        MilitaryBases.Retype(mentions);
        SchoolDistricts.Retype(mentions);
        TeamContext.KeepCountriesPlaces(mentions, _gazetteer);
        RacingTeams.Apply(textsOfFields, mentions);
        TeamContext.AddNicknames(textsOfFields, isAboutSport, mentions, _gazetteer);
        NewspaperShortNames.Add(textsOfFields, mentions, _gazetteer);
        DivisionNames.Add(mentions, texts, _gazetteer);
        SharedSurnames.Apply(mentions, texts, _gazetteer);
        UnbalancedBrackets.Mend(mentions, texts);
        return new DocumentExtraction(document, _merger.Merge(mentions, book, context));
    }

    /// <summary>
    /// Names are read from at most this many tokens of a document, some 40,000 words: twice the longest article of the
    /// Wikinews archive (an interview of 19,856 words), and enough to bound what a hostile text costs (2 MiB of "Smith.
    /// Smith. ..." had taken half an hour, as rules compare mentions with mentions; 15 s now). The text is stored and
    /// searchable whole.
    /// </summary>
    public const int MaxNameTokens = 50_000;

    /// <summary>Cuts the fields' sentences after <see cref="MaxNameTokens"/> tokens; returns the warning saying so, or null.</summary>
    private static string? WithinNameBudget(List<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields)
    {
        var total = fields.Sum(field => field.Sentences.Sum(sentence => sentence.Tokens.Length));
        if (total <= MaxNameTokens)
        {
            return null;
        }

        var left = MaxNameTokens;
        for (var index = 0; index < fields.Count; index++)
        {
            var sentences = fields[index].Sentences;
            var kept = 0;
            while (kept < sentences.Count && sentences[kept].Tokens.Length <= left) left -= sentences[kept++].Tokens.Length;
            if (kept < sentences.Count)
            {
                // The text too, so that rules which look a name up in the text (repeats, parties) stop where the sentences do.
                left = 0;
                fields[index] = fields[index] with { Text = fields[index].Text[..(kept > 0 ? sentences[kept - 1].End : 0)], Sentences = [.. sentences.Take(kept)] };
            }
        }

        // Invariant: the same warning on every machine ("50,000", not "50.000" or "50 000").
        return string.Create(CultureInfo.InvariantCulture, $"names read from the first {MaxNameTokens:N0} of {total:N0} tokens (words and punctuation) only: far longer than news");
    }

    /// <summary>
    /// The field's sentences, the body's dateline apart from the sentence it opens: the tagger read "TOKYO, Feb 2 (Reuters) -
    /// Toyota Motor Corp said" as a place "Toyota", and "Toyota Motor Corp said" right.
    /// </summary>
    private static IReadOnlyList<Sentence> Sentences(string text, Dateline? dateline)
    {
        var sentences = Tokenizer.Tokenize(text);
        if (dateline is null)
        {
            return sentences;
        }

        for (var index = 0; index < sentences.Count; index++)
        {
            var (sentence, tokens) = (sentences[index], sentences[index].Tokens);
            if (sentence.Start >= dateline.TextStart || dateline.TextStart >= sentence.End)
            {
                continue;
            }

            var split = 0;
            while (split < tokens.Length && tokens[split].Start < dateline.TextStart) split++;
            if (split == 0 || split == tokens.Length)
            {
                break;
            }

            var apart = sentences.ToArray();
            return [.. apart[..index],
                new Sentence(sentence.Start, tokens[split - 1].End, tokens.Take(split).ToArray()),
                new Sentence(tokens[split].Start, sentence.End, tokens.Skip(split).ToArray()),
                .. apart[(index + 1)..]];
        }

        return sentences;
    }

    /// <summary>The caption and body: the text the tagger reads. Headlines and subheadings are looked up afterwards.</summary>
    private static IEnumerable<(TextField Field, string Text)> RunningTextOf(NewsDocument document)
    {
        if (document.Caption is not null) yield return (TextField.Caption, document.Caption);
        yield return (TextField.Body, document.Body);
    }

    /// <summary>The running text's names where the headline (unless derived from the caption) and subheadings use them.</summary>
    private List<NameMention> NamesInTitleLines(NewsDocument document, List<NameMention> known)
    {
        var found = new List<NameMention>();
        if (!document.HeadlineDerived)
        {
            found.AddRange(TitleLines.FindKnownNames(TextField.Headline, document.Headline, 0, document.Headline.Length, known, IsGivenName));
        }

        foreach (var subheading in document.Subheadings)
        {
            var start = document.Body.IndexOf("\n\n" + subheading + "\n\n", StringComparison.Ordinal) + 2;
            if (start >= 2)
            {
                found.AddRange(TitleLines.FindKnownNames(TextField.Body, document.Body, start, start + subheading.Length, known, IsGivenName));
            }
        }

        return found;
    }

    private static readonly FrozenSet<string> ListedOrganisationForms = NameVariants.Default.WrittenOrganisationForms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "al Qaeda" tagged as a place, "Hezbollah" as a person: a name the variant list knows as an organisation is one.
    /// So is a listed company of several words the tagger took for a person ("Lockheed Martin", "Kimberly-Clark"), unless
    /// it is a given name and another word ("Morgan Stanley", "Charles Schwab": people too), and then its first word taken
    /// alone for a person ("Northrop said"), which the alias merger joins to it; likewise the first word of an organisation
    /// named as a company ("Velda Systems", see <see cref="NameWords.NamesCompany"/>), a given name too ("Marlowe Therapeutics",
    /// then "Marlowe's shares"), and a listed club's last word
    /// ("Villa" after "Aston Villa"). A listed company of one word taken for a person ("Nvidia") is the company when the
    /// text around it somewhere speaks of companies ("shares of Nvidia") and nothing in the article makes it a person: no
    /// role, no given name, not the surname of someone named in full ("Fox said" after "Michael J. Fox"). An organisation
    /// beside it is no such evidence: "Fox, a member of Christian Peacemaker Teams" is the hostage Tom Fox. A place is a
    /// company so only when no list knows it as a place ("a sales manager at Barclays"): "Southern Missouri", "Red River",
    /// "Donegal" and "Hanover" are listed companies too.
    /// </summary>
    private void RetypeListedOrganisations(List<NameMention> mentions, string[] texts)
    {
        HashSet<string>? surnames = null;
        bool IsOneWordCompany(NameMention named) => named.Roles.Count == 0 && _gazetteer.IsOneWordCompany(named.Text) && !IsGivenName(named.Text)
            && !_gazetteer.IsPlace(named.Text) && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(named.Text)
            && texts.Any(text => NameWords.IsNamedAsCompany(text, named.Text));
        // "Shares of Novo Nordisk fell": whatever the tagger made of it, a name whose shares trade is a company. Most
        // articles never speak of shares, and then no mention is looked for in them.
        var sharesTexts = texts.Where(NameWords.SpeaksOfShares).ToList();
        bool IsTraded(NameMention named) => sharesTexts.Count > 0 && named.Roles.Count == 0 && !IsGivenName(named.Text.Split(' ')[0])
            && sharesTexts.Any(text => NameWords.IsNamedAsTraded(text, named.Text));
        // "Kpler, which tracks ships", "Sarvana's chief executive": a word nobody is called by that the text speaks of as a firm.
        bool IsSpokenOfAsFirm(NameMention named) => named.Type == EntityType.Person && named.Roles.Count == 0 && !named.Text.Contains(' ', StringComparison.Ordinal)
            && !IsGivenName(named.Text) && !_gazetteer.IsPlace(named.Text) && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(named.Text)
            && texts.Any(text => NameWords.IsSpokenOfAsFirm(text, named.Text));
        var shortForms = new HashSet<string>(StringComparer.Ordinal);
        var companyShortNames = new HashSet<string>(StringComparer.Ordinal); // given names too: "Marlowe Therapeutics", then "Marlowe's shares"
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Organisation } named && NameWords.CompanyFirstWord(named.Text) is { } firstWord)
            {
                companyShortNames.Add(firstWord); // "Siebel Systems", then "Siebel said"
            }

            if (mentions[index] is { Type: EntityType.Organisation, IsCertain: true } listed && listed.Text.LastIndexOf(' ') is > 0 and var space
                && _gazetteer.IsListedOrganisation(listed.Text))
            {
                shortForms.Add(listed.Text[(space + 1)..]); // "Aston Villa", then "Villa travel to Rotterdam"
            }

            if (mentions[index] is not { Type: EntityType.Place or EntityType.Person, IsCertain: false } mention) continue;
            // "Lufthansa Cargo" or "[Volkswagen Martin Winterkorn]" read as a person: a listed organisation opens the name.
            var bodyLength = mention.Type == EntityType.Person && !IsGivenName(mention.Text.Split(' ')[0]) ? ListedOrganisationPrefix(mention.Text) : 0;
            var afterBody = bodyLength > 0 ? mention.Text[(bodyLength + 1)..].Split(' ') : [];
            if (bodyLength > 0 && afterBody.Length >= 2 && IsGivenName(afterBody[0]))
            {
                // The body a person works for, before the person, read as one name.
                mentions[index] = mention with { Type = EntityType.Organisation, End = mention.Start + bodyLength, Text = mention.Text[..bodyLength], TitledText = null };
                mentions.Insert(index + 1, mention with { Start = mention.Start + bodyLength + 1, Text = mention.Text[(bodyLength + 1)..], TitledText = null });
                continue;
            }

            // A listed organisation's name and more capitalised words is a unit of it ("Lufthansa Cargo"), not a person, whose
            // given name no list of organisations holds.
            var isListedBodysUnit = bodyLength > 0 && mention.Roles.Count == 0 && !IsGivenName(afterBody[0]);
            var isCompany = (mention.Type == EntityType.Person || !_gazetteer.IsPlace(mention.Text))
                && (IsCompanyName(mention.Text) || IsOneWordCompany(mention) || IsTraded(mention) || IsSpokenOfAsFirm(mention) || isListedBodysUnit);
            if (isCompany || ListedOrganisationForms.Contains(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }

            if (isCompany) shortForms.Add(mention.Text.Split(' ', '-')[0]);
        }

        if (shortForms.Count == 0 && companyShortNames.Count == 0) return;
        var surnamesNamedInFull = NameWords.SurnamesNamedInFull(mentions);
        shortForms.ExceptWith(surnamesNamedInFull); // "Ford" beside "William Clay Ford Jr." and "Ford Motor Company"
        companyShortNames.ExceptWith(surnamesNamedInFull);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Person, IsCertain: false } mention
                && ((shortForms.Contains(mention.Text) && !IsGivenName(mention.Text)) || companyShortNames.Contains(mention.Text) || NameWords.IsCompanyWord(mention.Text)))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }
    }

    /// <summary>The length of the longest listed organisation's name that opens <paramref name="text"/> and leaves words after it, or 0.</summary>
    private int ListedOrganisationPrefix(string text)
    {
        var longest = 0;
        for (var space = text.IndexOf(' ', StringComparison.Ordinal); space > 0; space = text.IndexOf(' ', space + 1))
        {
            if (_gazetteer.IsListedOrganisation(text[..space])) longest = space;
        }

        return longest;
    }

    private bool IsCompanyName(string text) =>
        _gazetteer.IsMultiWordCompany(text)
        && !(text.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && IsGivenName(text[..space]));

    /// <summary>"Korean", or nationalities and places joined by hyphens with at least one nationality ("Lebanese-Israeli").</summary>
    private bool IsNationalityAdjective(string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
        {
            return (_gazetteer.CountryForDemonym(text) is not null || IsPlaceAdjective(text)) && !_gazetteer.IsPlace(text);
        }

        var parts = text.Split('-');
        return parts.Any(part => _gazetteer.CountryForDemonym(part) is not null && !_gazetteer.IsPlace(part))
            && parts.All(part => _gazetteer.CountryForDemonym(part) is not null || _gazetteer.IsPlace(part));
    }

    /// <summary>
    /// "Somali pirates", "Somali waters": a people's adjective before a noun, though a region has the name too (Somali
    /// Region); also where the country lists have the adjective as the country's other name ("Saudi giants", "Thai
    /// officials"). Not "US troops", which names the country, nor "Vatican officials".
    /// </summary>
    private bool IsDemonymBeforeNoun(NameMention mention, NewsDocument document) =>
        !mention.Text.Contains(' ', StringComparison.Ordinal) && _gazetteer.CountryForDemonym(mention.Text) is not null
        && (_gazetteer.CountryNamed(mention.Text) is not { } country || (country != mention.Text && !RoleChain.IsAcronym(mention.Text))) && mention.Text != "Vatican"
        && WordChars.NextWord(document.TextOf(mention.Field), mention.End) is { Length: > 0 } next && char.IsLower(next[0]);

    /// <summary>
    /// "Korean", "Victorian", "Bavarian", "Texan", "Balkan": a place's name with "n" for its adjective, which no country's
    /// demonym list holds (about 20 such "places" in the Wikinews archive).
    /// </summary>
    private bool IsPlaceAdjective(string text) =>
        text.Length > 4 && text.EndsWith("an", StringComparison.Ordinal) && !_gazetteer.IsCountry(text)
        && (_gazetteer.IsPlace(text[..^1]) || _gazetteer.IsCountry(text[..^1]) || _gazetteer.IsPlace(text[..^1] + "s")
            || (_gazetteer.IsCountry(text[..^2]) && !_gazetteer.IsPlace(text))); // "the Djiboutian side", "Malawian", "Haitian"

    /// <summary>A listed given name that is no title or nationality ("Kevin", not "General", "Imam" or "German", which the list also holds).</summary>
    private bool IsGivenName(string word) =>
        _gazetteer.IsFirstName(word) && !RoleWords.StartsTitle(word) && _gazetteer.CountryForDemonym(word) is null && !_gazetteer.IsPlace(word);

    /// <summary>"RAWALPINDI:" names the place the story was filed from, whatever the tagger made of the capitals.</summary>
    private static void AddDateline(NewsDocument document, Dateline? dateline, TokenizedField body, List<NameMention> mentions)
    {
        if (dateline is null)
        {
            return;
        }

        var place = new NameMention(EntityType.Place, TextField.Body, dateline.Start, dateline.Start + dateline.Length,
            document.Body.Substring(dateline.Start, dateline.Length), body.SentenceAt(dateline.Start))
        {
            IsCertain = true,
            NormalText = dateline.Place,
        };
        // "PARIS - Marine Le Pen accused ...": a name the tagger ran on from the dateline over the dash keeps its own words.
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention.Field == TextField.Body && mention.Start < dateline.TextStart && mention.End > dateline.TextStart
                && char.IsUpper(document.Body[dateline.TextStart]))
            {
                mentions[index] = mention with { Start = dateline.TextStart, Text = document.Body[dateline.TextStart..mention.End], TitledText = null };
            }
        }

        mentions.RemoveAll(place.Overlaps);
        mentions.Add(place);
        foreach (var also in new[] { dateline.State, dateline.SecondPlace }.OfType<DatelineName>())
        {
            // "JACKSONVILLE, Fla.", "BENGALURU/NEW DELHI": the state written out, the second place in normal case.
            var other = place with { Start = also.Start, End = also.Start + also.Length, Text = document.Body.Substring(also.Start, also.Length), NormalText = also.Name };
            mentions.RemoveAll(other.Overlaps);
            mentions.Add(other);
        }

        // "JACKSONVILLE, Fla. (AP) -": the wire service credited in the dateline is named in the article, as readers and
        // the gold sets count it; whatever the tagger made of the brackets gives way to it.
        if (dateline.Credit is { } credit)
        {
            mentions.RemoveAll(mention => mention.Field == TextField.Body && mention.Start >= credit.Start && mention.End <= credit.End);
            mentions.AddRange(credit.WireServices.Select(service => new NameMention(
                EntityType.Organisation, TextField.Body, service.Start, service.End, document.Body[service.Start..service.End], body.SentenceAt(service.Start))
            {
                IsCertain = true,
            }));
        }
    }

    /// <summary>"... on May 28, 2025. —ISPR": the photo credit names an organisation (or a photographer).</summary>
    private void AddCredit(TokenizedField? caption, AcronymBook book, List<NameMention> mentions)
    {
        if (caption is null || Credit.Find(caption.Text) is not { } credit || NonNameCredits.Contains(credit.Name))
        {
            return;
        }

        var type = book.Find(credit.Name)?.Type
            ?? (_gazetteer.IsFirstName(credit.Name.Split(' ')[0]) && credit.Name.Contains(' ', StringComparison.Ordinal)
                ? EntityType.Person
                : EntityType.Organisation);
        var mention = new NameMention(type, TextField.Caption, credit.NameStart, credit.NameStart + credit.Name.Length,
            credit.Name, caption.SentenceAt(credit.NameStart)) { IsCertain = true };
        mentions.RemoveAll(mention.Overlaps);
        mentions.Add(mention);
    }

    private sealed record TokenizedField(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)
    {
        public IReadOnlyList<TaggedSpan> Spans { get; set; } = [];

        /// <summary>The words this field writes in lower case, which the name rules and name propagation both consult.</summary>
        public HashSet<string> LowerCaseWords { get; } = SentenceWords.LowerCaseIn(Sentences);

        public bool IsSubheading(int sentence, IReadOnlyList<string> subheadings)
        {
            if (Field != TextField.Body || subheadings.Count == 0) return false;
            var text = Text.AsSpan(Sentences[sentence].Start, Sentences[sentence].End - Sentences[sentence].Start);
            foreach (var subheading in subheadings)
            {
                if (text.SequenceEqual(subheading)) return true;
            }

            return false;
        }

        public string SentenceAt(int offset) =>
            Sentences.FirstOrDefault(sentence => sentence.Start <= offset && offset < sentence.End) is { } sentence
                ? Text[sentence.Start..sentence.End]
                : Text;
    }
}

/// <summary>A document that cannot be read as news; the message says why, for the seeder's report.</summary>
public sealed class DocumentFormatException(string message) : Exception(message);
