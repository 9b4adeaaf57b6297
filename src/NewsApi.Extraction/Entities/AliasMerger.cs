using System.Text;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Resolution;
using NewsApi.Extraction.Rules;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// Merges the name mentions of one document into entities: same name (any case, possessive or not), a defined acronym,
/// a person's last or first name or other part of the full name ("Munir", "Shehbaz"), a shorter organisation name
/// inside a longer one. A short name that fits two entities (two people named Sharif) is left alone, not guessed.
/// </summary>
internal sealed class AliasMerger(Gazetteer gazetteer)
{
    private const int CertainVoteWeight = 3;
    private const int MinMisspeltLength = 5;

    /// <summary>A misspelling is a slip made once or twice; two forms that both come back this often are two names.</summary>
    private const int MinRecurringMentions = 3;

    public IReadOnlyList<ExtractedEntity> Merge(IReadOnlyList<NameMention> mentions, AcronymBook book, ExtractionContext? context = null)
    {
        var groups = GroupByKey(WithTitlesCut(mentions), book);
        RetypePeopleKnownBySurname(groups);
        // The words of the article's people named in full: none of them is a town's or a firm's short name.
        var personWords = groups.Where(group => group.Type == EntityType.Person && group.Words.Length >= 2).SelectMany(group => group.Words).ToHashSet(StringComparer.Ordinal);
        RetypeTownsTakenForPeople(groups, personWords);
        RetypeOrganisationsKnownByFirstWord(groups, personWords);
        KeepCountriesPlaces(groups);
        var parents = Enumerable.Range(0, groups.Count).ToArray();
        MergeMisspellings(groups, parents);
        MergeAccentSpellings(groups, parents);
        MergeBodiesWrittenTwoWays(groups, parents);
        MergeUniversityForms(groups, parents);
        MergeGivenNameForms(groups, parents);
        MergeArabicArticleSpellings(groups, parents);
        MergeTeamNicknames(groups, parents);
        foreach (var (shortIndex, shortGroup) in groups.Index())
        {
            var hosts = groups.Index()
                .Where(host => Root(parents, host.Index) != Root(parents, shortIndex) && CanAbsorb(host.Item, shortGroup))
                .ToList();
            var maximal = hosts.Where(host => !hosts.Any(other => other.Index != host.Index && NameKey.ContainsRun(other.Item.Words, host.Item.Words)))
                .DistinctBy(host => Root(parents, host.Index))
                .ToList();
            if (ChooseHost(shortGroup, maximal.Select(host => host.Item).ToList()) is { } chosen)
            {
                parents[Root(parents, shortIndex)] = Root(parents, maximal.Single(host => host.Item == chosen).Index);
            }
        }

        MergeStatedNames(groups, parents, book);
        var entities = groups.Index()
            .GroupBy(group => Root(parents, group.Index), group => group.Item)
            .Select(merged => ToEntity(groups[merged.Key], merged.ToList()))
            .OrderBy(entity => entity.Mentions[0].Field).ThenBy(entity => entity.Mentions[0].Start)
            .ToList();
        return context is null ? entities : entities.Select(entity => WithKnownFullName(entity, entities, context)).ToList();
    }

    /// <summary>
    /// Learns the people's full names, and names a person known here only by surname after the one the corpus knows,
    /// unless the surname was left alone here because two people of the article share it.
    /// </summary>
    private static ExtractedEntity WithKnownFullName(ExtractedEntity entity, List<ExtractedEntity> entities, ExtractionContext context)
    {
        if (entity.Type != EntityType.Person)
        {
            return entity;
        }

        if (entity.Name.Contains(' ', StringComparison.Ordinal))
        {
            context.LearnPersonName(entity.Name);
            return entity;
        }

        var sharedHere = entities.Any(other => other.Type == EntityType.Person && other.Name.EndsWith(" " + entity.Name, StringComparison.Ordinal));
        return !sharedHere && context.FullNameFor(entity.Name) is { } fullName
            ? entity with { Name = fullName, Aliases = [entity.Name, .. entity.Aliases] }
            : entity;
    }

    private List<NameGroup> GroupByKey(IReadOnlyList<NameMention> mentions, AcronymBook book)
    {
        var groups = new Dictionary<(string Key, bool IsTeam, bool IsNamesakePlace, char Sex), NameGroup>();
        var longForms = mentions.Select(mention => book.ShortForm(mention.Text)?.LongForm).ToList();
        var keys = mentions.Select((mention, index) => KeyOf(longForms[index] ?? mention.NormalText ?? mention.Text, mention.Type)).ToList(); // "HOUMA, La." is Louisiana
        var twoSexes = SurnamesOfTwoSexes(mentions, keys);
        for (var index = 0; index < mentions.Count; index++)
        {
            var (mention, key, longForm) = (mentions[index], keys[index], longForms[index]);

            // A city's team and the city itself ("JACKSONVILLE, Fla. (AP) - ... Jacksonville's defense") are two entities;
            // "Mr Obiora" and "Mrs Obiora" in one article are two people.
            var sex = twoSexes.Contains(key) ? CourtesySex(mention) ?? '\0' : '\0';
            if (!groups.TryGetValue((key, mention.IsTeam, mention.IsNamesakePlace, sex), out var group))
            {
                groups[(key, mention.IsTeam, mention.IsNamesakePlace, sex)] = group = new NameGroup(key, NameKey.Words(key)) { Sex = sex };
            }

            group.Mentions.Add(mention);
            group.LongForm ??= longForm;
        }

        return groups.Values.ToList();
    }

    /// <summary>
    /// "Tony Blair" tagged as a place once, in an article that otherwise calls him "Blair" as a person: a given name and
    /// a surname the article uses for a person make a person, whatever the tagger said of that one mention.
    /// </summary>
    private void RetypePeopleKnownBySurname(List<NameGroup> groups)
    {
        // "Kilroy-Silk" tagged as a place beside "Robert Kilroy-Silk" the person: the surname of a person of the article.
        var fullNameSurnames = groups.Where(group => group.Type == EntityType.Person && group.Words.Length >= 2).Select(group => group.Words[^1]).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Where(group => group.Type != EntityType.Person && group.Words.Length == 1 && fullNameSurnames.Contains(group.Key)))
        {
            if (!IsListedPlace(group) && !group.Mentions.Any(mention => mention.IsCertain || RoleChain.IsAcronym(mention.Text)))
            {
                group.TypeOverride = EntityType.Person;
            }
        }

        // The given name must be a listed one, unless the surname had a courtesy title: "Mouwafak al-Rubaie" tagged as a
        // place beside "Mr. al-Rubaie".
        var surnames = groups.Where(group => group.Type == EntityType.Person && group.Words.Length == 1)
            .GroupBy(group => group.Key, StringComparer.Ordinal) // "Mr Obiora" and "Mrs Obiora" are two groups of one key
            .ToDictionary(sameKey => sameKey.Key, sameKey => sameKey.Any(group => group.Mentions.Any(IsCourtesyTitled)), StringComparer.Ordinal);
        foreach (var group in groups.Where(group => group.Type != EntityType.Person && group.Words.Length is 2 or 3 && surnames.ContainsKey(group.Words[^1])))
        {
            var first = group.Written[0];
            var isGivenName = gazetteer.IsFirstName(first)
                || (surnames[group.Words[^1]] && !gazetteer.IsPlace(first) && !gazetteer.IsOrganisationCue(first) && !RoleWords.StartsTitle(first));
            if (isGivenName && !IsListedPlace(group) && !group.Mentions.Any(mention => mention.IsCertain))
            {
                group.TypeOverride = EntityType.Person;
            }
        }
    }

    /// <summary>
    /// "towns such as Lappeenranta" and "Lappeenranta mayor Tiina Saarela": one word typed a place once and a person
    /// otherwise, which the lists know as a town and never as a given name or surname, is the town, when nothing in the
    /// article makes it a person: no title, role or courtesy title, no certain mention, no person of the article named
    /// with it. (Without a place mention, not: "the Harper government" is Stephen Harper's, though Harper is a town.)
    /// </summary>
    private void RetypeTownsTakenForPeople(List<NameGroup> groups, HashSet<string> personWords)
    {
        foreach (var group in groups.Where(group => group.Type == EntityType.Person && group.Words.Length == 1 && !personWords.Contains(group.Key)))
        {
            var text = group.Written[0];
            if (group.Mentions.Exists(mention => mention.Type == EntityType.Place) && gazetteer.IsTownNamingNoOne(text) && !Gazetteer.IsUninflectedPeople(text)
                && !group.Mentions.Any(mention => mention.IsCertain || mention.TitledText is not null || mention.Roles.Count > 0 || IsCourtesyTitled(mention)))
            {
                group.TypeOverride = EntityType.Place;
            }
        }
    }

    /// <summary>
    /// "US airlines", "America's banks": a country the tagger also read as a place is the place, however many of its
    /// mentions it took for an organisation (a country is a place even when it acts, and "US" as an organisation would
    /// be an entity apart from the country). Not a country's team, which is a group of its own. Mentions alone are retyped
    /// earlier (<see cref="Rules.TeamContext.KeepCountriesPlaces"/>), but only a nation's usual name and only where no rule
    /// made them certain; retyping every country's name there, certain or not, also turned the airline "Emirates" into a
    /// place, so the group's own place vote decides here.
    /// </summary>
    private void KeepCountriesPlaces(List<NameGroup> groups)
    {
        foreach (var group in groups.Where(group => group.Type == EntityType.Organisation && group.TypeOverride is null && !group.Mentions[0].IsTeam))
        {
            if (group.Mentions.Exists(mention => mention.Type == EntityType.Place) && gazetteer.CountryNamed(group.Mentions[0].Text) is not null)
            {
                group.TypeOverride = EntityType.Place;
            }
        }
    }

    /// <summary>
    /// "Keio" ("Keio researchers") in an article about "Keio University", "Bhumjaithai" beside the "Bhumjaithai Party": a
    /// word the tagger took for a person that opens the name of an organisation of the article is that organisation's
    /// short name, when nothing makes it a person: no title or role, no listed given name, no person of the article
    /// named with it, no certain mention. The merger then joins it to the organisation by its usual rules.
    /// </summary>
    private void RetypeOrganisationsKnownByFirstWord(List<NameGroup> groups, HashSet<string> personWords)
    {
        var organisations = groups.Where(group => group.Type == EntityType.Organisation).ToList();
        var afterArticle = organisations.Select(WordAfterArabicArticle).OfType<string>().ToHashSet(StringComparer.Ordinal); // "Hilal" of "Al Hilal", though a given name too
        var firstWords = organisations.Where(group => group.Words.Length >= 2).Select(group => group.Words[0]).Concat(afterArticle).ToHashSet(StringComparer.Ordinal);
        if (firstWords.Count == 0) return;
        foreach (var group in groups.Where(group => group.Type == EntityType.Person && group.Words.Length == 1 && firstWords.Contains(group.Key) && !personWords.Contains(group.Key)))
        {
            if (!group.Mentions.Any(mention => mention.IsCertain || mention.TitledText is not null || mention.Roles.Count > 0 || (gazetteer.IsFirstName(mention.Text) && !afterArticle.Contains(group.Key))))
            {
                group.TypeOverride = EntityType.Organisation;
            }
        }
    }

    /// <summary>"hilal" of "Al Hilal" and "Al-Hilal": a one-word name after the Arabic article, which news also drops; or null.</summary>
    private static string? WordAfterArabicArticle(NameGroup group) => group.Words switch
    {
        ["al" or "el", var word] => word,
        [var word] => NameWords.ArabicArticleDropped(word),
        _ => null,
    };

    /// <summary>
    /// "Justice Mirza" in an article that wrote "Justice Kamran Hayat Mirza": a word the article uses as a person's title,
    /// left on a two-word name because it is a given name too ("Justice", "Major", "Judge"), is that title again, and the
    /// name is the surname.
    /// </summary>
    private static IReadOnlyList<NameMention> WithTitlesCut(IReadOnlyList<NameMention> mentions)
    {
        var titles = mentions
            .Where(mention => mention.Type == EntityType.Person && mention.TitledText is { } titled && titled.EndsWith(mention.Text, StringComparison.Ordinal)
                && titled.Length > mention.Text.Length && mention.Text.Contains(' ', StringComparison.Ordinal))
            .Select(mention => (Title: Rules.NameWords.LastWord(mention.TitledText![..^mention.Text.Length].Trim()), Surname: Rules.NameWords.LastWord(mention.Text)))
            .ToHashSet();
        if (titles.Count == 0) return mentions;

        return mentions.Select(mention =>
            mention.Type == EntityType.Person && mention.TitledText is null && mention.Text.Split(' ') is [var title, var surname]
            && titles.Contains((title, surname))
                ? mention with { Start = mention.End - surname.Length, Text = surname, TitledText = mention.Text }
                : mention).ToList();
    }

    /// <summary>
    /// The one entity a short name belongs to. A single word names a person by surname first, then by given name: "Warhol"
    /// is Andy Warhol's even when a "Warhol Polaroid" exists; two people with the same surname leave it unmerged, but for
    /// the one the article introduced first.
    /// </summary>
    private NameGroup? ChooseHost(NameGroup shortGroup, List<NameGroup> hosts)
    {
        if (shortGroup.Words.Length != 1 || hosts.Any(host => host.Type != EntityType.Person))
        {
            // "Toyota Motor Corp said ... Toyota Industries ... Toyota said": a company's first word is the company the
            // article introduced first, as a surname is the person's.
            // So "Supreme Court" beside the "Wisconsin Supreme Court" and the "U.S. Supreme Court": the one introduced first.
            if (hosts.Count <= 1) return hosts.Count == 1 ? hosts[0] : null;
            return hosts.All(host => host.Type == EntityType.Organisation
                && (host.Words[0] == shortGroup.Words[0] || host.Words.AsSpan().EndsWith(shortGroup.Words)))
                ? FirstIntroduced(hosts, shortGroup)
                : null;
        }

        var word = shortGroup.Words[0];
        var bySurname = hosts.Where(host => host.Words[^1] == word).ToList();
        if (shortGroup.Mentions.Any(IsCourtesyTitled))
        {
            // "Mr Phillips" is Jordan Phillips, not Denise Phillips; "Mrs. Bush" is not George W. Bush, though a wife is often
            // named only so. A name's sex differs between countries ("Mari Alkatiri" is a man): alone, a "Mr" is not refused,
            // but beside a "Mrs" of that surname it is ("Janet Irving ... Mr Irving said ... Mrs Irving said": her husband).
            if (TitledSex(shortGroup) is { } sex && (bySurname.Count > 1 || sex == 'f' || shortGroup.Sex != '\0'))
            {
                hosts = hosts.Where(host => host.Written[0] is var first
                    && (gazetteer.MayBeGivenTo(first, sex) || Rules.EastAsianNames.IsFamilyName(first))).ToList(); // "Chen Yanmei": no given name first
                bySurname = hosts.Where(host => host.Words[^1] == word).ToList();
            }

            // "Mr Howard" is a surname, never Howard Pryce's given name; "Mr. Wong" is Wong Kan Seng (family name first).
            // "Ms Chen" is Chen Yanmei: a Chinese or Korean family name, which comes first, is no given name here.
            var byOtherWord = gazetteer.IsFirstName(shortGroup.Mentions[0].Text) && !Rules.EastAsianNames.IsFamilyName(shortGroup.Mentions[0].Text)
                ? [] : hosts.Where(host => host.Words.Contains(word)).ToList();
            // "For Jenna Marlowe, a fall ..." beside her mother Lynn Marlowe: "Ms. Marlowe" is the one the headline names.
            return bySurname.Count == 1 ? bySurname[0] : bySurname.Count == 0 && byOtherWord.Count == 1 ? byOtherWord[0]
                : bySurname.Where(NamedInHeadline).ToList() is [var headlined] ? headlined : LastIntroducedBefore(bySurname, shortGroup);
        }

        if (hosts.Count <= 1)
        {
            return hosts.Count == 1 ? hosts[0] : null;
        }

        // "Benavides" beside "Javier Benavides Zúñiga" and "Jorge Luis Cáceres Benavides": a Spanish bare surname is the
        // father's, or the surname of a name that has one only; of several, the one introduced first. Else as before:
        // "Bhutto" beside "Bilawal Bhutto Zardari" and his mother "Benazir Bhutto", introduced in one sentence.
        if (hosts.Where(host => PaternalSurname(host) == word).ToList() is { Count: > 0 } byPaternalSurname
            && byPaternalSurname.Concat(bySurname.Where(host => PaternalSurname(host) is null)).ToList() is var bySpanishUse
            && (bySpanishUse.Count == 1 ? bySpanishUse[0] : FirstIntroduced(bySpanishUse, shortGroup)) is { } paternal)
        {
            return paternal;
        }

        var byGivenName = hosts.Where(host => host.Words[0] == word).ToList();
        // Not for a surname with a role the subject lacks: "President Johnson" in a story on Lady Bird Johnson is Lyndon.
        if (bySurname.Count > 1 && bySurname.Where(NamedInHeadline).ToList() is [var subject]
            && shortGroup.Mentions.SelectMany(mention => mention.Roles).All(role => role is "Dr" or "Professor" || subject.Mentions.Any(mention => mention.Roles.Contains(role))))
        {
            return subject; // "Margaret Okafor, surgeon, dies at 84" ... her son Chukwuemeka Okafor ... "Dr. Okafor trained in Ibadan"
        }

        // "Shreyas Iyer was signed ... the club kept Venkatesh Iyer ... Iyer said": news names the second one in full. So with
        // family names first ("Kwon Jae-hyun ... his brother Kwon Yong-su ... Kwon said"), when the word is no given name.
        var byFamilyName = bySurname.Count == 0 && !gazetteer.IsFirstName(shortGroup.Mentions[0].Text) ? byGivenName : [];
        if ((bySurname.Count > 1 ? bySurname : byFamilyName) is { Count: > 1 } namesakes && FirstIntroduced(namesakes, shortGroup) is { } introduced)
        {
            return introduced;
        }

        return bySurname.Count == 1 ? bySurname[0] : bySurname.Count == 0 && byGivenName.Count == 1 ? byGivenName[0] : null;
    }

    private string? PaternalSurname(NameGroup host) =>
        host.Type == EntityType.Person && host.Words.Length >= 3 && Rules.SpanishNames.PaternalSurname(host.Mentions[0].Text, gazetteer) is { } paternal
            ? host.Words[^2] // the key's word, as written in every mention of the group
            : null;

    /// <summary>
    /// Of people sharing a surname (or companies a first word), the one named in full first, in a sentence of its own and
    /// before the bare surname's first use outside the headline: news keeps the bare surname for the person it introduced
    /// first and names the others in full. Not when the two are introduced together ("Nawaz Sharif and Shehbaz Sharif
    /// met"), nor when the bare surname has a role that person lacks.
    /// </summary>
    private static NameGroup? FirstIntroduced(List<NameGroup> namesakes, NameGroup shortGroup)
    {
        var first = namesakes.MinBy(group => Introduction(group).Position)!;
        var introduction = Introduction(first);
        var introducedAlone = namesakes.Where(other => other != first).All(other => Introduction(other).Sentence != introduction.Sentence);
        return introducedAlone && introduction.Position.CompareTo(FirstUseOutsideHeadline(shortGroup)) < 0
            && shortGroup.Mentions.SelectMany(mention => mention.Roles).All(role => role is "Dr" or "Professor" || first.Mentions.Any(mention => mention.Roles.Contains(role)))
            ? first
            : null;
    }

    /// <summary>
    /// "Her husband, Chidi Okafor, said ... 'We asked questions,' Mr Okafor said" after their son Freddie Okafor: a courtesy
    /// title and surname is the namesake introduced last before its first use, in a sentence of its own; the others come
    /// later or were named before him. Not when it has a role that person lacks.
    /// </summary>
    private static NameGroup? LastIntroducedBefore(List<NameGroup> namesakes, NameGroup shortGroup)
    {
        var firstUse = FirstUseOutsideHeadline(shortGroup);
        var before = namesakes.Where(group => Introduction(group).Position.CompareTo(firstUse) < 0).ToList();
        if (before.Count == 0) return null;
        var last = before.MaxBy(group => Introduction(group).Position)!;
        var introduction = Introduction(last);
        var introducedAlone = namesakes.Where(other => other != last).All(other => Introduction(other).Sentence != introduction.Sentence);
        return introducedAlone && shortGroup.Mentions.SelectMany(mention => mention.Roles).All(role => role is "Dr" or "Professor" || last.Mentions.Any(mention => mention.Roles.Contains(role)))
            ? last
            : null;
    }

    /// <summary>Where the text first uses the short name; a headline ("Toyota recalls ...") names before anyone is introduced.</summary>
    private static (TextField Field, int Start) FirstUseOutsideHeadline(NameGroup group) =>
        group.Mentions.Where(mention => mention.Field != TextField.Headline).Select(mention => (mention.Field, mention.Start))
            .DefaultIfEmpty(Introduction(group).Position).Min();

    /// <summary>Where the group is first named, and that sentence.</summary>
    private static ((TextField Field, int Start) Position, string Sentence) Introduction(NameGroup group) =>
        group.Mentions.Select(mention => ((mention.Field, mention.Start), mention.Sentence)).MinBy(first => first.Item1);

    /// <summary>The headline names the article's subject, whom a bare surname means when the people sharing it are named otherwise.</summary>
    private static bool NamedInHeadline(NameGroup group) => group.Mentions.Any(mention => mention.Field == TextField.Headline);

    /// <summary>'m' when the short name's courtesy titles are all "Mr", 'f' when all are "Mrs", "Ms" or "Miss"; else null.</summary>
    private static char? TitledSex(NameGroup shortGroup)
    {
        var sexes = shortGroup.Mentions.Where(IsCourtesyTitled).Select(mention => CourtesySex(mention) ?? '?').Distinct().ToList();
        return sexes is [var sex] && sex != '?' ? sex : null;
    }

    private static char? CourtesySex(NameMention mention) => Rules.NameWords.CourtesySex(mention.TitledText);

    /// <summary>The one-word person keys the article gives both "Mr" and "Mrs" (or "Ms", "Miss"): two people.</summary>
    private static HashSet<string> SurnamesOfTwoSexes(IReadOnlyList<NameMention> mentions, List<string> keys)
    {
        var sexes = new Dictionary<string, char>(StringComparer.Ordinal);
        var both = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index].Type != EntityType.Person || CourtesySex(mentions[index]) is not { } sex) continue;
            if (sexes.TryGetValue(keys[index], out var seen) && seen != sex) both.Add(keys[index]);
            sexes.TryAdd(keys[index], sex);
        }

        return both;
    }

    /// <summary>"Mr Howard", "Mrs. Bush": a courtesy title goes before a surname ("PM Shehbaz" may name a given name).</summary>
    private static bool IsCourtesyTitled(NameMention mention) => Rules.NameWords.CourtesyTitle(mention.TitledText) is not null;

    /// <summary>"Al-Hilal" and "Al Hilal", "Shabab Al-Ahli" and "Shabab Al Ahli": one organisation, the Arabic article written either way.</summary>
    private static void MergeArabicArticleSpellings(List<NameGroup> groups, int[] parents)
    {
        var spaced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, group) in groups.Index())
        {
            if (group.Type != EntityType.Organisation || !Array.Exists(group.Words, IsArabicArticle)) continue;
            var key = string.Join(' ', group.Words.Select(word => NameWords.ArabicArticleDropped(word) is { } without ? word[..2] + " " + without : word));
            if (spaced.TryGetValue(key, out var other))
            {
                parents[Root(parents, index)] = Root(parents, other);
            }
            else
            {
                spaced[key] = index;
            }
        }
    }

    private static bool IsArabicArticle(string word) => word is "al" or "el" || NameWords.ArabicArticleDropped(word) is not null;

    /// <summary>
    /// "Jeff Gannon, whose real name is James Guckert": the two people are one, under the name the article uses (after each
    /// took its own surname mentions: "Guckert" joins James Guckert first).
    /// </summary>
    private void MergeStatedNames(List<NameGroup> groups, int[] parents, AcronymBook book)
    {
        foreach (var (realName, usedName) in book.PeopleLinks)
        {
            var (realKey, usedKey) = (KeyOf(realName, EntityType.Person), KeyOf(usedName, EntityType.Person));
            var real = groups.FindIndex(group => group.Type == EntityType.Person && group.Key == realKey);
            var used = groups.FindIndex(group => group.Type == EntityType.Person && group.Key == usedKey);
            if (real >= 0 && used >= 0 && Root(parents, real) != Root(parents, used))
            {
                parents[Root(parents, real)] = Root(parents, used);
            }
        }
    }

    /// <summary>
    /// "lost to Tennessee ... the Titans ran for 212 yards": a city's team and its nickname, which together make a listed club
    /// the article never writes in full, are one team. Where it does ("Tennessee Titans"), both join that name anyway.
    /// </summary>
    private void MergeTeamNicknames(List<NameGroup> groups, int[] parents)
    {
        var teams = groups.Index().Where(team => team.Item is { Type: EntityType.Organisation, Words.Length: 1 }).ToList();
        foreach (var (cityIndex, city) in teams)
        {
            foreach (var (nicknameIndex, nickname) in teams)
            {
                var club = city.Mentions[0].Text + " " + nickname.Mentions[0].Text;
                if (cityIndex != nicknameIndex && gazetteer.IsSportsClub(club) && !groups.Any(group => group.Key == NameKey.Loose(club)))
                {
                    parents[Root(parents, nicknameIndex)] = Root(parents, cityIndex);
                }
            }
        }
    }

    /// <summary>
    /// "Iceland" and "Ireland", "Tainan" and "Taiwan": two places the lists hold, two countries or a country and a city,
    /// are no slip of one another ("Macao" and "Macau", both listed, are).
    /// </summary>
    private bool AreTwoListedPlaces(NameGroup a, NameGroup b)
    {
        var (first, second) = (a.Mentions[0].Text, b.Mentions[0].Text);
        if (a.Type != EntityType.Place || !gazetteer.IsPlace(first) || !gazetteer.IsPlace(second)) return false;
        var (firstCountry, secondCountry) = (gazetteer.IsCountry(first), gazetteer.IsCountry(second));
        return firstCountry != secondCountry || (firstCountry && gazetteer.CountryNamed(first) != gazetteer.CountryNamed(second));
    }

    /// <summary>
    /// "Kristin Wilkins" and "Kristen Wilkins", "Untied Nations": one letter apart in one article is one name misspelt,
    /// unless both forms recur (two real names, John and Joan Smith, each used again) or the first letters differ,
    /// or they are two different listed places (<see cref="AreTwoListedPlaces"/>).
    /// </summary>
    private void MergeMisspellings(List<NameGroup> groups, int[] parents)
    {
        for (var first = 0; first < groups.Count; first++)
        {
            for (var second = first + 1; second < groups.Count; second++)
            {
                var (a, b) = (groups[first], groups[second]);
                if (a.Type == b.Type && Root(parents, first) != Root(parents, second) && AreMisspellings(a, b) && !AreTwoListedPlaces(a, b))
                {
                    var (keep, merge) = a.Mentions.Count >= b.Mentions.Count ? (first, second) : (second, first);
                    parents[Root(parents, merge)] = Root(parents, keep);
                }
            }
        }
    }

    /// <summary>
    /// "Élan" and "Elan", "Côte d'Ivoire" and "Cote d'Ivoire": one name written with and without its accents. Typed two
    /// ways, they are one only where a rule is sure of one reading (the firm an apposition names), whose type then wins.
    /// </summary>
    private static void MergeAccentSpellings(List<NameGroup> groups, int[] parents)
    {
        // Most articles write no accent: only a group whose key has one can have a spelling without it.
        for (var first = 0; first < groups.Count; first++)
        {
            if (Ascii.IsValid(groups[first].Key)) continue;
            var plain = NameKey.WithoutAccents(groups[first].Key);
            for (var second = 0; second < groups.Count; second++)
            {
                var (a, b) = (groups[first], groups[second]);
                if (second == first || Root(parents, first) == Root(parents, second) || a.Sex != b.Sex
                    || a.Mentions[0].IsTeam != b.Mentions[0].IsTeam || a.Mentions[0].IsNamesakePlace != b.Mentions[0].IsNamesakePlace
                    || NameKey.WithoutAccents(b.Key) != plain)
                {
                    continue;
                }

                var (votesA, votesB) = (TypeVotes(a), TypeVotes(b));
                if (a.Type != b.Type && !a.Mentions.Concat(b.Mentions).Any(mention => mention.IsCertain)) continue;
                var (keep, merge) = votesA > votesB || (votesA == votesB && first < second) ? (first, second) : (second, first);
                parents[Root(parents, merge)] = Root(parents, keep);
            }
        }

        // "Ernst Zündel ... Zundel, 66,": a surname written without the accents of the one person of the article it ends.
        var accentedSurnames = groups.Index()
            .Where(group => group.Item.Type == EntityType.Person && group.Item.Words.Length >= 2 && !Ascii.IsValid(group.Item.Words[^1]))
            .Select(group => (group.Index, Plain: NameKey.WithoutAccents(group.Item.Words[^1])))
            .ToList();
        if (accentedSurnames.Count == 0) return;
        foreach (var (index, surname) in groups.Index().Where(group => group.Item.Type == EntityType.Person && group.Item.Words.Length == 1 && Ascii.IsValid(group.Item.Key)))
        {
            if (accentedSurnames.Where(person => person.Plain == surname.Key).ToList() is [var person]
                && !groups.Any(group => group.Type == EntityType.Person && group.Words.Length >= 2 && group.Words[^1] == surname.Key))
            {
                parents[Root(parents, index)] = Root(parents, person.Index);
            }
        }
    }

    private static int TypeVotes(NameGroup group) => group.Mentions.Sum(mention => mention.IsCertain ? CertainVoteWeight : 1);

    /// <summary>
    /// "Ray Ochoa" and "Raymond Ochoa", "Bill Clinton" and "William Clinton": a person's given name and its short form, the
    /// rest of the name the same, are one person, where only one person of the article fits ("Chris Smith" beside both
    /// Christopher and Christine Smith stays apart).
    /// </summary>
    private static void MergeGivenNameForms(List<NameGroup> groups, int[] parents)
    {
        var people = groups.Index().Where(group => group.Item.Type == EntityType.Person && group.Item.Words.Length >= 2).ToList();
        foreach (var (index, group) in people)
        {
            var others = people.Where(other => other.Index != index && IsGivenNameForm(group, other.Item)).ToList();
            if (others.Count == 1 && people.Count(other => other.Index != others[0].Index && IsGivenNameForm(others[0].Item, other.Item)) == 1
                && Root(parents, index) != Root(parents, others[0].Index))
            {
                var (keep, merge) = group.Mentions.Count >= others[0].Item.Mentions.Count ? (index, others[0].Index) : (others[0].Index, index);
                parents[Root(parents, merge)] = Root(parents, keep);
            }
        }
    }

    private static bool IsGivenNameForm(NameGroup a, NameGroup b) =>
        a.Words.Length == b.Words.Length && a.Words.AsSpan(1).SequenceEqual(b.Words.AsSpan(1)) && GivenNameForms.AreOneName(a.Words[0], b.Words[0]);

    /// <summary>Same type and word count, one long word one edit apart; or a surname one edit from a full name's ("Mauer", "K.C. Maurer").</summary>
    private static bool AreMisspellings(NameGroup a, NameGroup b)
    {
        var bothRecur = a.Mentions.Count >= MinRecurringMentions && b.Mentions.Count >= MinRecurringMentions;
        if ((bothRecur && !IsPlural(a.Key, b.Key)) || a.Key[0] != b.Key[0])
        {
            return false;
        }

        if (a.Words.Length == b.Words.Length)
        {
            // The one word that differs must be long: "Kristin"/"Kristen" is a slip, "John"/"Joan" two people.
            var differing = a.Words.Zip(b.Words).Where(pair => pair.First != pair.Second).ToList();
            // Not a letter or number that tells two apart: "JD(S)" and "JD(U)", "F-16" and "F-15".
            return differing.Count == 1 && Math.Min(differing[0].First.Length, differing[0].Second.Length) >= MinMisspeltLength
                && IsOneEditApart(differing[0].First, differing[0].Second) && !IsMarked(differing[0].First) && !IsMarked(differing[0].Second);
        }

        var (single, full) = a.Words.Length == 1 ? (a, b) : (b, a);
        return single.Words.Length == 1 && single.Type == EntityType.Person && single.Key.Length >= MinMisspeltLength
            && IsOneEditApart(single.Key, full.Words[^1]);
    }

    private static bool IsMarked(string word) => word.Any(character => character is '(' or ')' || char.IsDigit(character));

    /// <summary>"Warhol Polaroids" for "Warhol Polaroid": one name in the singular and the plural, however often each is used.</summary>
    private static bool IsPlural(string a, string b) => a == b + "s" || b == a + "s";

    /// <summary>One letter inserted, deleted, changed, or two neighbours swapped.</summary>
    private static bool IsOneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < Math.Min(a.Length, b.Length) && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < Math.Min(a.Length, b.Length) - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var (restA, restB) = (a.Length - prefix - suffix, b.Length - prefix - suffix);
        var swapped = restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix];
        return (restA <= 1 && restB <= 1) || swapped;
    }

    /// <summary>Country names compare by the country they name: "U.S." and "United States" are one place.</summary>
    // "Tories" and "Conservatives" in one article are one party (Data/name-variants.tsv), as "U.S." and "America" are one country
    // and "Calif." and "California" one state, "Joburg" and "Johannesburg" one city.
    private string KeyOf(string text, EntityType type)
    {
        if (type == EntityType.Place && gazetteer.CountryNamed(text) is { } country) return NameKey.Loose(country);
        if (type == EntityType.Place && Documents.UsStates.Abbreviations.TryGetValue(text, out var state)) return NameKey.Loose(state);
        var key = NameKey.Loose(text);
        if (type is not (EntityType.Place or EntityType.Organisation) || NameVariants.Default.ListedCanonicalKey(key) is not { } canonical) return key;
        // "Joburg" is Johannesburg; a country's other names are the gazetteer's.
        return type == EntityType.Organisation
            || (NameVariants.Default.Listed(canonical) is { Type: EntityType.Place, Name: var city } && gazetteer.CountryNamed(city) is null)
            ? canonical
            : key;
    }

    /// <summary>
    /// "U.S. Navy", "US Navy" and "United States Navy", "British" and "UK Ministry of Defence": one body, its country
    /// written two ways; "IBM Corp." and "IBM": one firm, its legal form written or not. Organisations only: "Dell Inc."
    /// is not Michael Dell.
    /// </summary>
    private void MergeBodiesWrittenTwoWays(List<NameGroup> groups, int[] parents)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, group) in groups.Index())
        {
            if (group.Type != EntityType.Organisation || group.LongForm is not null) continue;
            var text = Rules.NameWords.WithoutLegalForm(group.Mentions[0].Text) ?? group.Mentions[0].Text; // "IBM Corp." is IBM
            var key = CountryVariantOpening(text) is var (opening, country) ? NameKey.Loose(country + text[opening..]) : NameKey.Loose(text);
            if (!byName.TryAdd(key, index) && Root(parents, byName[key]) != Root(parents, index))
            {
                var other = byName[key];
                var (keep, merge) = groups[other].Mentions.Count >= group.Mentions.Count ? (other, index) : (index, other);
                parents[Root(parents, merge)] = Root(parents, keep);
            }
        }
    }

    /// <summary>"Melbourne University" and "the University of Melbourne": one university, its place before or after its word.</summary>
    private static void MergeUniversityForms(List<NameGroup> groups, int[] parents)
    {
        foreach (var (index, group) in groups.Index())
        {
            if (group.Type != EntityType.Organisation || group.Words is not [.. var place, "university"] || place.Length == 0) continue;
            foreach (var (otherIndex, other) in groups.Index())
            {
                if (other.Type == EntityType.Organisation && other.Words.Length == place.Length + 2 && other.Words[0] == "university"
                    && other.Words[1] == "of" && other.Words.AsSpan(2).SequenceEqual(place) && Root(parents, index) != Root(parents, otherIndex))
                {
                    parents[Root(parents, index)] = Root(parents, otherIndex); // the formal "University of" names the entity
                }
            }
        }
    }

    /// <summary>
    /// The length of an organisation's opening words that are another name of a country or its people's adjective, and
    /// that country's usual name: "U.S. Navy", "US Navy" and "United States Navy" are one key.
    /// </summary>
    private (int Length, string Country)? CountryVariantOpening(string text)
    {
        var space = -1;
        for (var words = 1; words <= 3; words++)
        {
            space = text.IndexOf(' ', space + 1);
            if (space < 0) return null;
            if (gazetteer.CountryNamed(text[..space]) is { } country && country != text[..space]) return (space, country);
            if (words == 1 && gazetteer.CountryForDemonym(text[..space]) is { } nation) return (space, nation); // "British Ministry of Defence"
        }

        return null;
    }

    /// <summary>Whether the short group's name is another way of writing the host's.</summary>
    private bool CanAbsorb(NameGroup host, NameGroup shortGroup)
    {
        if (IsInitialledName(host, shortGroup) || (host.Type is EntityType.Organisation or EntityType.Person && shortGroup.Type == host.Type && host.Words.Length == 1
            && WordAfterArabicArticle(host) == shortGroup.Key))
        {
            return true; // "Nassr" beside "Al-Nassr", "Sudani" beside "al-Sudani"
        }

        if (host.Type == EntityType.Organisation && shortGroup.Type == EntityType.Organisation && host.Words.Length == 1 && shortGroup.Words.Length == 1
            && RoleChain.IsAcronym(shortGroup.Mentions[0].Text) && shortGroup.Mentions[0].Text.Length >= 3 && CapitalsOf(host.Mentions[0].Text) == shortGroup.Mentions[0].Text)
        {
            return true; // "KMG" beside "KazMunayGas": one word each
        }

        if (host.Words.Length <= shortGroup.Words.Length)
        {
            return false;
        }

        return host.Type switch
        {
            EntityType.Person => (IsSubsequence(shortGroup.Words, host.Words) || IsGivenNameShortForm(shortGroup, host)) && !HasOtherInitials(host.Words, shortGroup.Words) && !IsListedPlace(shortGroup) && shortGroup.LongForm is null
                && !(shortGroup.Type == EntityType.Organisation && shortGroup.Mentions.Any(mention => mention.IsCertain && gazetteer.IsListedOrganisation(mention.Text))) // "Lufthansa" is nobody's name
                && !(shortGroup.Words.Length == 1 && gazetteer.IsPeopleGroup(shortGroup.Mentions[0].Text)), // "Australians" is no surname of "Indigenous Australians"
            EntityType.Organisation => shortGroup.Type != EntityType.Person && (!IsListedPlace(shortGroup) || IsInitialsNoPlaceIsWritten(shortGroup, host)) && !IsCounty(shortGroup)
                && ((shortGroup.Words.Length >= 2 && NameKey.ContainsRun(host.Words, shortGroup.Words) && !IsBodyOfIt(host, shortGroup) && !IsOwnerInIt(host, shortGroup)
                        && (!IsListed(shortGroup) || IsNationOf(host, shortGroup) || IsWithCompanySuffixes(host, shortGroup)))
                    || SpellsInitials(shortGroup, host) || IsClubOfCity(host, shortGroup) || NameKey.WithOfficeFirst(shortGroup.Key) == host.Key // "Agriculture Ministry"
                    || IsCompanyFirstWord(host, shortGroup) || IsFoundersName(host, shortGroup) || IsPartyAdjective(host, shortGroup) || IsPartysOwnWord(host, shortGroup) || IsRegionalParty(host, shortGroup) || IsTeamShortForm(host, shortGroup)
                    || IsListedClubsLastWord(host, shortGroup) || IsListedClubsTown(host, shortGroup) || IsInstitutesOwnName(host, shortGroup)),
            _ => (shortGroup.Type == EntityType.Place && (SpellsInitials(shortGroup, host) || IsWithoutDivisionWord(host, shortGroup) || IsCityWithoutCity(host, shortGroup)))
                || IsWithoutFeatureWord(host, shortGroup),
        };
    }

    /// <summary>
    /// "Ray" ("Ray has spent his career ...") in an article about Raymond Ochoa: the short form of a person's given name. Not
    /// the full given name beside someone called by the short one ("her son Steven" is not Steve Ellis).
    /// </summary>
    private static bool IsGivenNameShortForm(NameGroup shortGroup, NameGroup host) =>
        shortGroup.Type == EntityType.Person && shortGroup.Words is [var given] && host.Words.Length >= 2 && GivenNameForms.IsShortFormOf(given, host.Words[0]);

    /// <summary>
    /// "C. Ndiaye" in a line-up beside "Cheikh Ndiaye": a person's given name cut to its initial, the rest as written. Of
    /// two namesakes with that initial, neither (<see cref="ChooseHost"/>).
    /// </summary>
    private static bool IsInitialledName(NameGroup host, NameGroup shortGroup) =>
        host.Type == EntityType.Person && shortGroup.Type == EntityType.Person && host.Words.Length == shortGroup.Words.Length && host.Words.Length >= 2
        && shortGroup.Words[0].TrimEnd('.') is { Length: 1 } initial && host.Words[0].Length > 2 && host.Words[0][0] == initial[0]
        && host.Words.AsSpan(1).SequenceEqual(shortGroup.Words.AsSpan(1));

    /// <summary>
    /// "Gaza" beside "Gaza Strip", "Kericho" beside "Kericho County", "Verde" beside "Verde River" in one article: the place
    /// named without its division word. Not a country ("Panama" is no short form of "Panama Canal"), a listed place beside
    /// the county, state, district or river named after it ("San Diego County", "Lagos State", the province of Cagayan and
    /// the Cagayan River), nor a name the article writes with
    /// another division ("the Bicol region" beside the "Bicol River"; "Helmand province" is "Helmand Province").
    /// </summary>
    private bool IsWithoutDivisionWord(NameGroup host, NameGroup shortGroup) =>
        host.Words.Length == shortGroup.Words.Length + 1 && Rules.NameWords.IsDivisionWord(host.Words[^1])
        && host.Words.AsSpan(0, shortGroup.Words.Length).SequenceEqual(shortGroup.Words) && !gazetteer.IsCountry(shortGroup.Mentions[0].Text)
        && !(host.Words[^1] is "county" or "state" or "district" or "river" && gazetteer.IsPlace(shortGroup.Mentions[0].Text))
        && !shortGroup.Mentions.Any(mention => mention.TitledText is { } titled && !titled.EndsWith(host.Words[^1], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "the River Eden ... levels on the Eden", "Mount Etna ... Etna erupted": a river, loch or mountain named after its word,
    /// later without it, whatever the tagger typed the short name ("the Foyle" an organisation). Not a person's name, a
    /// country or a listed place ("River Jordan" and Jordan, "Mount Kenya" and Kenya).
    /// </summary>
    private bool IsWithoutFeatureWord(NameGroup host, NameGroup shortGroup) =>
        host.Type == EntityType.Place && shortGroup.Type != EntityType.Person && host.Words.Length == shortGroup.Words.Length + 1
        && host.Written[0] is "River" or "Loch" or "Mount" && host.Words.AsSpan(1).SequenceEqual(shortGroup.Words)
        && shortGroup.Mentions[0].Text is var name && !gazetteer.IsCountry(name) && !gazetteer.IsPlace(name) && gazetteer.CountryNamed(name) is null;

    /// <summary>
    /// "Legazpi City" and "Legazpi", "Naga City" and "Naga": a city named with and without "City" is one place; not where the
    /// shorter name is a country's, a state's or a larger division's ("Mexico City", "Kansas City", "Québec City", "Gaza City").
    /// </summary>
    private bool IsCityWithoutCity(NameGroup host, NameGroup shortGroup) =>
        host.Type == EntityType.Place && host.Words.Length == shortGroup.Words.Length + 1 && host.Words[^1] == "city"
        && host.Words.AsSpan(0, shortGroup.Words.Length).SequenceEqual(shortGroup.Words) && shortGroup.Mentions[0].Text is var name
        && !gazetteer.IsCountry(name) && gazetteer.CountryNamed(name) is null && !NameLists.Default.IsRegion(name) && !NameLists.Default.IsRegion(NameKey.WithoutAccents(name))
        && !DivisionsNamed.Any(division => gazetteer.IsPlace(name + division)); // "Gaza City", not the Gaza Strip

    private static readonly string[] DivisionsNamed = [" Strip", " Province", " State", " Region", " Prefecture", " Governorate"];

    /// <summary>
    /// "Supreme Court Bar Association", "African Union Commission": a body whose name opens with another whole institution's
    /// name ("Supreme Court", "African Union") and goes on to a body of its own is another organisation; so is a
    /// university's unit ("Chapman University School of Law").
    /// </summary>
    private bool IsBodyOfIt(NameGroup host, NameGroup shortGroup)
    {
        if (!host.Words.AsSpan(0, shortGroup.Words.Length).SequenceEqual(shortGroup.Words) || !InstitutionEnds.Contains(shortGroup.Written[^1]))
        {
            return false;
        }

        var hostWords = host.Written;
        return Rules.NameWords.EndsOrganisationName(hostWords[^1], gazetteer)
            || (hostWords.Length > shortGroup.Words.Length && Rules.NestedOrganisations.IsUniversityUnit(hostWords[shortGroup.Words.Length..]));
    }

    /// <summary>
    /// "Court of Justice of the European Union" beside "European Union" (or "EU"): a name after "of" in a longer one is what
    /// the longer one belongs to, another organisation.
    /// </summary>
    private static bool IsOwnerInIt(NameGroup host, NameGroup shortGroup)
    {
        for (var start = 1; start + shortGroup.Words.Length <= host.Words.Length; start++)
        {
            if (!host.Words.AsSpan(start, shortGroup.Words.Length).SequenceEqual(shortGroup.Words)) continue;
            var before = host.Words[start - 1] == "the" && start >= 2 ? host.Words[start - 2] : host.Words[start - 1];
            if (before != "of") return false;
        }

        return !host.Words.AsSpan(0, shortGroup.Words.Length).SequenceEqual(shortGroup.Words);
    }

    /// <summary>A listed organisation's own name ("Premier League"), which no longer name ("Scottish Premier League") abbreviates.</summary>
    private bool IsListed(NameGroup group) => group.Mentions.Any(mention => gazetteer.IsListedOrganisation(mention.Text));

    /// <summary>
    /// "US Federal Reserve", "British Ministry of Defence", "Arizona Supreme Court": a listed organisation's name after its
    /// country's or its place's. A league is
    /// no nation's ("Scottish Premier League" is not the Premier League).
    /// </summary>
    private bool IsNationOf(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Words[^1] is not ("league" or "cup") && host.Words.Length > shortGroup.Words.Length
        && host.Words.AsSpan(host.Words.Length - shortGroup.Words.Length).SequenceEqual(shortGroup.Words)
        && host.Mentions.Any(mention => mention.Text.Split(' ') is { Length: > 1 } words
            && (gazetteer.IsCountryOrNationality(words[0]) || gazetteer.IsPlace(string.Join(' ', words[..^shortGroup.Words.Length]))));

    /// <summary>"Ifo" ("Ifo's president") in an article about the "Ifo Institute", "Brookings" for the "Brookings Institution".</summary>
    private static bool IsInstitutesOwnName(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Type == EntityType.Organisation && shortGroup.Words.Length == 1 && host.Words.Length == 2 && host.Words[0] == shortGroup.Words[0]
        && host.Words[1] is "institute" or "institution" or "university" or "college";

    /// <summary>
    /// "Villa" in an article about "Aston Villa", "Mets" in one about the "New York Mets", "the Tribune" in one that names the
    /// "Chicago Tribune": a listed club's or newspaper's last word.
    /// </summary>
    private bool IsListedClubsLastWord(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Words.Length == 1 && host.Words.Length >= 2 && host.Words[^1] == shortGroup.Words[0]
        && host.Mentions.Any(mention => gazetteer.IsListedOrganisation(mention.Text) || gazetteer.IsNewsMedia(mention.Text));

    /// <summary>"Tottenham" in an article about "Tottenham Hotspur", the club's town read as the club (see <see cref="TeamContext.RetypeClubTowns"/>).</summary>
    private bool IsListedClubsTown(NameGroup host, NameGroup shortGroup) =>
        host.Words.AsSpan().StartsWith(shortGroup.Words) && shortGroup.Mentions.All(mention => mention.Type == EntityType.Organisation)
        && host.Mentions.Any(mention => TeamContext.IsNamedClub(mention.Text, gazetteer) && TeamContext.ClubTown(mention.Text.Split(' '), gazetteer) == shortGroup.Mentions[0].Text);

    // Last words of institutions that have bodies of their own ("Supreme Court Bar Association"); not "Coalition" or
    // "News", which a longer name often just completes ("Family Coalition Party", "Xinhua News Agency").
    private static readonly FrozenSet<string> InstitutionEnds = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Court", "Union", "University", "College", "Police", "Council", "Commission", "Nations", "Parliament", "Assembly",
        "Senate", "Congress", "Church", "Hospital", "School", "Institute",
    ]);

    /// <summary>
    /// "Madrid" in an article about "Real Madrid" (see <see cref="TeamContext.RetypeClubCities"/>), and "Real" ("Real
    /// coach Carlo Ancelotti") too.
    /// </summary>
    private static bool IsClubOfCity(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Type == EntityType.Organisation && TeamContext.IsClubPrefix(host.Written[0])
        && (host.Words.AsSpan(1).SequenceEqual(shortGroup.Words) || (shortGroup.Words.Length == 1 && shortGroup.Words[0] == host.Words[0]));

    /// <summary>
    /// "Bills" in an article about the "Buffalo Bills" (a place and a plural: a team's, or a paper's, "the Times"), and
    /// "Buffalo" where the article uses the city's name for the team (<see cref="TeamContext"/>).
    /// </summary>
    private bool IsTeamShortForm(NameGroup host, NameGroup shortGroup)
    {
        if (shortGroup.Type != EntityType.Organisation || shortGroup.Words.Length != 1 || host.Words.Length < 2) return false;
        var written = host.Mentions[0].Text;
        var lastSpace = written.LastIndexOf(' ');
        var isPlaceAndPlural = lastSpace > 0 && gazetteer.IsPlace(written[..lastSpace]) && written.EndsWith('s') && !gazetteer.IsOrganisationCue(written[(lastSpace + 1)..]);
        return isPlaceAndPlural && (host.Words[^1] == shortGroup.Words[0] || (host.Words[0] == shortGroup.Words[0] && shortGroup.Mentions.Any(mention => mention.IsTeam)));
    }

    /// <summary>
    /// "Northrop" in an article about "Northrop Grumman", a listed company (not "Ford" for "Ford Foundation"), and
    /// "Velda" or "Systems" in one about "Velda Systems", named as a company (<see cref="Rules.NameWords.NamesCompany"/>) or by
    /// a company suffix ("Kaveri" for "Kaveri Infraprojects Ltd");
    /// not a parent's name in a subsidiary's: the "BBC" of "BBC Resources", the "Sony" of "Sony Computer Entertainment".
    /// </summary>
    private bool IsCompanyFirstWord(NameGroup host, NameGroup shortGroup) =>
        (shortGroup.Type == EntityType.Organisation && Rules.NameWords.IsBankWord(host.Words[0]) && Rules.NameWords.BankOwnName(host.Mentions[0].Text) is { } own
            && KeyOf(own, EntityType.Organisation) == shortGroup.Key) // "Sabadell" for "Banco Sabadell"
        || shortGroup.Words.Length == 1
        && ((host.Words[0] == shortGroup.Words[0] && host.Mentions.Any(mention => gazetteer.IsMultiWordCompany(mention.Text) || IsListedBodysFirstWord(host, mention, shortGroup)))
            || (shortGroup.Mentions[0].Text.Any(char.IsLower)
                && (Rules.NameWords.OwnFirstWord(host.Words) == shortGroup.Words[0] || host.Words[^1] == shortGroup.Words[0])
                && (((Rules.NameWords.NamesCompany(host.Words) || (Rules.NameWords.IsCompanySuffix(host.Words[^1]) && !NamesSubsidiaryPlace(host)))
                        && !(IsListed(shortGroup) && Rules.NameWords.IsDescribedCompany(host.Words))) // "Sony Computer Entertainment" is Sony's unit
                    || (!IsListed(shortGroup) && Rules.NameWords.NamesCompanyOfCountry(host.Written, gazetteer.IsCountry))))); // "Qinfeng" for "Qinfeng Copper Mining Zambia Ltd"

    /// <summary>
    /// "BAE" for "BAE Systems", "Amnesty" for "Amnesty International": the first word of a listed body's name (the host's
    /// <paramref name="written"/>). Not a body listed of its own ("Sony" beside "Sony Ericsson"), a club's town (the
    /// clubs' rules': "Dundee" beside "Dundee United" is another club), nor an acronym spelt out otherwise or before a word
    /// no firm's name ends in ("APEC" beside the "APEC Secretariat").
    /// </summary>
    private bool IsListedBodysFirstWord(NameGroup host, NameMention written, NameGroup shortGroup) =>
        shortGroup.Type == EntityType.Organisation && gazetteer.IsListedOrganisation(written.Text) && !gazetteer.IsSportsClub(written.Text)
        && written.Text.Contains(' ', StringComparison.Ordinal) && !IsListed(shortGroup) && shortGroup.LongForm is null
        && (!RoleChain.IsAcronym(shortGroup.Mentions[0].Text) || host.Written.Skip(1).All(word => Rules.NameWords.IsCompanyWord(word) || Rules.NameWords.IsCompanySuffix(word)));

    /// <summary>
    /// "Bosch" in an article about "Robert Bosch GmbH", "Disney" for the "Walt Disney Company": a founder's surname after his
    /// given name, in a name with a legal form. Not a word of running text.
    /// </summary>
    private bool IsFoundersName(NameGroup host, NameGroup shortGroup)
    {
        if (shortGroup.Type != EntityType.Organisation || shortGroup.Words.Length != 1 || host.Words.Length < 3 || host.Words[1] != shortGroup.Words[0]) return false;
        return Rules.NameWords.LengthWithoutCompanySuffixes(host.Words) == 2 && !Rules.SentenceWords.IsCommonWord(shortGroup.Mentions[0].Text) && gazetteer.IsFirstName(host.Written[0]);
    }

    /// <summary>"Google [Ireland] Ltd", "Novartis [India] Ltd": a place inside a company's name makes it a subsidiary.</summary>
    private bool NamesSubsidiaryPlace(NameGroup host) => host.Written.Skip(1).Any(gazetteer.IsPlace);

    /// <summary>"Ethiopian Airlines Group", "Emirates NBD PJSC": a listed name with only company suffixes after it is that company.</summary>
    private static bool IsWithCompanySuffixes(NameGroup host, NameGroup shortGroup) =>
        host.Words.AsSpan().StartsWith(shortGroup.Words) && host.Words.Skip(shortGroup.Words.Length) is var rest
        && rest.All(word => Rules.NameWords.IsCompanySuffix(word) || word is "and" or "&") && Rules.NameWords.IsCompanySuffix(host.Words[^1]); // "Eli Lilly and Co"

    /// <summary>"Liberal" ("a Liberal MP") in an article about the "Liberal Party of Canada" (see <see cref="Rules.PartyAdjectives"/>).</summary>
    private static bool IsPartyAdjective(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Words.Length == 1 && Rules.PartyAdjectives.IsOnlyAdjective(shortGroup.Mentions[0].Text)
        && host.Words.Contains(shortGroup.Words[0]) && host.Words.Contains("party");

    /// <summary>
    /// "Labor" in an article about the "Labor Party" or the "Australian Labor Party", "Likud" beside "Likud Party": the word
    /// before "Party", after nothing but a nation ("Iowa Democratic Party" is a state's party). Not an acronym ("PC" is
    /// spelled out elsewhere) nor a paper ("The Independent").
    /// </summary>
    private bool IsPartysOwnWord(NameGroup host, NameGroup shortGroup) =>
        shortGroup.Type == EntityType.Organisation && shortGroup.Words.Length == 1
        && shortGroup.Mentions.All(mention => mention.Text.Any(char.IsLower) && !mention.Text.StartsWith("The ", StringComparison.Ordinal))
        && host.Mentions.Any(mention => mention.Text.Split(' ') is var words
            && Array.FindIndex(words, word => word.Equals(shortGroup.Words[0], StringComparison.OrdinalIgnoreCase)) is var at and >= 0
            && at + 1 < words.Length && words[at + 1] == "Party"
            && words.Take(at).All(word => word == "Federal" || gazetteer.IsCountryOrNationality(word)));

    /// <summary>
    /// "Greens" for "Tasmanian Greens" (a party's collective name after one word of where it sits), and for "Green Party of
    /// Canada"; "Christian Democrats" for "Christian Democratic Union".
    /// </summary>
    private static bool IsRegionalParty(NameGroup host, NameGroup shortGroup)
    {
        if (!shortGroup.Mentions.Any(mention => Rules.PartyNames.IsCollectiveName(mention.Text))) return false;
        if (host.Words.Length == shortGroup.Words.Length + 1 && host.Words.AsSpan(1).SequenceEqual(shortGroup.Words)) return true;
        var adjective = Rules.PartyNames.AdjectiveOf(shortGroup.Mentions[0].Text);
        return adjective is not null && host.Mentions.Any(mention =>
            mention.Text.Contains(adjective + " Party", StringComparison.Ordinal) || mention.Text.Contains(adjective + " Union", StringComparison.Ordinal));
    }

    /// <summary>"Cook County" beside "Cook County Board of Commissioners": a county is no body's short form (see <see cref="Rules.NestedPlaces"/>).</summary>
    private static bool IsCounty(NameGroup group) => group.Type == EntityType.Place && group.Words.Length > 1 && group.Words[^1] == "county";

    /// <summary>
    /// "The ABA" beside "the American Bar Association": the place list is read without regard to case (datelines write
    /// "LAGOS"), so the body's initials matched the Nigerian city Aba. Not a country's ("UK", "UAE").
    /// </summary>
    private bool IsInitialsNoPlaceIsWritten(NameGroup acronym, NameGroup host) =>
        acronym.Words.Length == 1 && acronym.Mentions[0].Text is { Length: >= 2 } text && text.All(char.IsUpper)
        && gazetteer.CountryNamed(text) is null && SpellsInitials(acronym, host);

    private bool IsListedPlace(NameGroup group) => group.Type == EntityType.Place && group.Mentions.Any(mention => gazetteer.IsPlace(mention.Text));

    /// <summary>
    /// "UNC" for "University of North Carolina", or for "University of North Carolina at Chapel Hill" (the campus after
    /// "at" is often left out of the acronym): an acronym the text uses without defining it.
    /// </summary>
    private static bool SpellsInitials(NameGroup acronym, NameGroup host)
    {
        var text = RoleChain.WithoutBrackets(acronym.Mentions[0].Text); // "JD(S)" for "Janata Dal (Secular)"
        if (acronym.Words.Length != 1 || !RoleChain.IsAcronym(text) || Documents.UsStates.Abbreviations.ContainsKey(text))
        {
            return false; // "Morrisville, N.C." is North Carolina, not "Nvidia Corp."
        }

        var letters = new string(text.Where(char.IsLetter).ToArray());
        var hostWords = host.Words.Select(word => word.Trim('(', ')')).Where(word => word.Length > 0).ToArray();
        var campusAt = Array.IndexOf(hostWords, "at");
        var hyphenated = hostWords.SelectMany(word => word.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return Initials(hostWords) == letters || (campusAt > 0 && Initials(hostWords[..campusAt]) == letters)
            || (hyphenated.Length > hostWords.Length && Initials(hyphenated.Where(word => !Rules.NameWords.IsCompanySuffix(word))) == letters) // "HP": Hewlett-Packard Co.
            || (Rules.NameWords.IsCompanySuffix(hostWords[^1]) && Initials(hostWords[..Rules.NameWords.LengthWithoutCompanySuffixes(hostWords)]) == letters) // "GE": General Electric Co.
            || string.Equals(InitialsWithOf(hostWords), letters, StringComparison.OrdinalIgnoreCase) // "BOJ", "DoJ", "MoD": the "of" of "Bank of Japan" counts
            || (letters.Length >= 4 && SpellsWordStarts(letters.ToLowerInvariant(), [.. hostWords.Where(word => !IsSmallWord(word))]))
            || (hostWords.Length > 2 && NationalPrefixes.Contains(hostWords[0]) && Initials(hostWords[1..]) == letters) // "FTC": U.S. Federal Trade Commission
            || (Array.LastIndexOf(hostWords, "and") is var lastAnd && lastAnd >= 2 && Initials(hostWords[..lastAnd]) == letters); // "CDC": Centers for Disease Control and Prevention
    }

    /// <summary>
    /// "KMG" for "KazMunayGas", "GSK" for "GlaxoSmithKline": the capitals of a name whose words run together, each word's
    /// first letter and every capital after a small letter; null for a name without such a capital inside a word.
    /// </summary>
    private static string? CapitalsOf(string name)
    {
        var capitals = new StringBuilder();
        var inside = false;
        for (var index = 0; index < name.Length; index++)
        {
            var letter = name[index];
            var opensWord = index == 0 || name[index - 1] == ' ';
            if (opensWord && char.IsLetter(letter))
            {
                capitals.Append(char.ToUpperInvariant(letter));
            }
            else if (char.IsUpper(letter) && char.IsLower(name[index - 1]))
            {
                capitals.Append(letter);
                inside = true;
            }
        }

        return inside ? capitals.ToString() : null;
    }

    // Whose body it is, written before its name and left out of its acronym.
    private static readonly FrozenSet<string> NationalPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["u.s.", "us", "uk", "u.k.", "un", "u.n.", "eu"]);

    /// <summary>
    /// "UNHCR" for "UN High Commission for Refugees", "BCTF" for "BC Teachers Federation": each word in turn gives the
    /// acronym its first one to three letters, and every word gives some.
    /// </summary>
    private static bool SpellsWordStarts(ReadOnlySpan<char> letters, ReadOnlySpan<string> words)
    {
        if (words.IsEmpty || letters.IsEmpty) return words.IsEmpty && letters.IsEmpty;
        for (var taken = 1; taken <= Math.Min(3, Math.Min(words[0].Length, letters.Length)); taken++)
        {
            if (words[0][taken - 1] != letters[taken - 1]) return false;
            if (SpellsWordStarts(letters[taken..], words[1..])) return true;
        }

        return false;
    }

    private static bool IsSmallWord(string word) => word is "of" or "and" or "the" or "for" or "&" or "at" or "on" or "in";

    private static string InitialsWithOf(IEnumerable<string> words) => string.Concat(words
        .Where(word => word == "of" || !IsSmallWord(word))
        .Select(word => char.ToUpperInvariant(word[0])));

    private static string Initials(IEnumerable<string> words) => string.Concat(words
        .Where(word => !IsSmallWord(word))
        .Select(word => char.ToUpperInvariant(word[0])));

    private ExtractedEntity ToEntity(NameGroup root, List<NameGroup> merged)
    {
        var mentions = merged.SelectMany(group => group.Mentions).OrderBy(mention => mention.Field).ThenBy(mention => mention.Start).ToList();
        var name = ChooseName(root);
        var nameKey = NameKey.Loose(name);
        var surfaces = mentions.SelectMany(mention => new[] { mention.Text, mention.TitledText })
            .Append(root.LongForm)
            .OfType<string>()
            .Select(StripPossessive)
            .Where(surface => NameKey.Loose(surface) != nameKey)
            .DistinctBy(NameKey.Loose)
            .ToList();
        var roles = root.Type == EntityType.Person
            ? mentions.SelectMany(mention => mention.Roles).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];
        return new ExtractedEntity(root.Type, name, surfaces, roles,
            mentions.Select(mention => new Mention(mention.Field, mention.Start, mention.End, mention.Text, mention.Sentence)).ToList())
        {
            TitledNames = mentions.Select(mention => mention.TitledText).OfType<string>().Where(titled => NameKey.Loose(titled) != nameKey).Distinct().ToList(),
            Confidence = mentions.Max(mention => mention.Confidence),
        };
    }

    /// <summary>The host's name as running text writes it: not in capitals, not the short form (EU, BoE, Copom) when the long form is known.</summary>
    private string ChooseName(NameGroup root)
    {
        // "Federal Reserve" over the "Fed" of most mentions: the variant list's name for an organisation, when written.
        var listedName = root.Type == EntityType.Organisation ? NameVariants.Default.Listed(root.Key)?.Name : null;
        var best = root.Mentions
            .Where(mention => root.LongForm is null || mention.Text.Contains(' ', StringComparison.Ordinal)) // a short form is one word
            .Select(mention => StripPossessive(mention.NormalText ?? mention.Text))
            .GroupBy(text => text, StringComparer.Ordinal)
            .OrderBy(texts => texts.Key == listedName ? 0 : 1)
            .ThenBy(texts => Documents.UsStates.Abbreviations.ContainsKey(texts.Key) ? 1 : 0) // "California" over "Calif.", wherever each stands
            .ThenBy(texts => texts.Key.Any(char.IsLower) ? 0 : 1)
            .ThenByDescending(texts => texts.Count())
            .Select(texts => texts.Key)
            .FirstOrDefault();
        return best ?? root.LongForm ?? root.Mentions[0].Text;
    }

    /// <summary>"Blair" for "Blair's"; not "Moody's" or "Sainsbury's", listed with it.</summary>
    private string StripPossessive(string text) =>
        (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) && !gazetteer.IsListedOrganisation(text) ? text[..^2] : text;

    /// <summary>
    /// "George W. Bush" beside "George H. W. Bush": a name that gives its middle initials is another person than a name
    /// with other initials between the same given name and surname.
    /// </summary>
    private static bool HasOtherInitials(string[] host, string[] name)
    {
        var middle = name.AsSpan(1, Math.Max(0, name.Length - 2));
        var given = Array.IndexOf(host, name[0]);
        if (given < 0 || given + 2 > host.Length || host[^1] != name[^1] || !middle.ToArray().Any(word => word.TrimEnd('.').Length == 1)) return false;
        return !host.AsSpan(given + 1, host.Length - given - 2).SequenceEqual(middle);
    }

    /// <summary>Whether <paramref name="part"/>'s words come in <paramref name="whole"/> in order; "sisi" is "al-sisi" there.</summary>
    private static bool IsSubsequence(string[] part, string[] whole)
    {
        var position = 0;
        foreach (var word in whole)
        {
            if (position < part.Length && (part[position] == word || part[position] == Rules.NameWords.WithoutArabicArticle(word))) position++;
        }

        return position == part.Length;
    }

    private static int Root(int[] parents, int index)
    {
        while (parents[index] != index) index = parents[index];
        return index;
    }

    /// <summary>The mentions that share one name key, and the type most of them were given.</summary>
    private sealed class NameGroup(string key, string[] words)
    {
        public string Key => key;

        public string[] Words => words;

        private EntityType? _type;

        public List<NameMention> Mentions { get; } = [];

        /// <summary>What the acronym stands for, when the group is an acronym whose long form the text may not spell out.</summary>
        public string? LongForm { get; set; }

        /// <summary>A type decided from the rest of the article, over the tagger's votes.</summary>
        public EntityType? TypeOverride { get; set; }

        /// <summary>'m' or 'f' for a surname the article gives both "Mr" and "Mrs" (two people, one group each); else '\0'.</summary>
        public char Sex { get; init; }

        /// <summary>The first mention's words as written ("Robert", "Bosch", "GmbH"), where <see cref="Words"/> are the key's; read once all mentions are in.</summary>
        public string[] Written => _written ??= Mentions[0].Text.Split(' ');

        private string[]? _written;

        /// <summary>Decided once all mentions are in (groups are compared pairwise, so this is read often).</summary>
        public EntityType Type => TypeOverride ?? (_type ??= Mentions
            .GroupBy(mention => mention.Type)
            .OrderByDescending(votes => votes.Sum(mention => mention.IsCertain ? CertainVoteWeight : 1))
            .ThenBy(votes => votes.Key)
            .First().Key);
    }
}
