using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Supreme People's Procuracy", "the Nigeria Governors' Forum", "the Kisutu Resident Magistrate's Court": an
/// organisation whose name holds a common noun's possessive. The tagger reads such names in pieces ("Nigeria Governors")
/// or not at all, as its training text has few of them. The owner must be a common noun ("People", "Magistrate"), never a
/// name ("Trump's Justice Department" is Trump's and the department's), and the words after it must end the way
/// organisations' names end ("Court", "Forum"), or follow a collective owner ("People's Power", "Citizens' Movement").
/// The places inside come back as nested places (<see cref="NestedPlaces"/>: Ho Chi Minh City in "Ho Chi Minh City
/// People's Court").
/// </summary>
internal static class PossessiveNames
{
    private const int MaxWordsBefore = 4;
    private const int MaxWordsAfter = 4;

    // Owners that name a body of people: what follows them is a body too, whatever its last word.
    private static readonly FrozenSet<string> Collectives = FrozenSet.Create(StringComparer.Ordinal,
    [
        "People", "Peoples", "Citizens", "Workers", "Farmers", "Governors", "Supporters", "Teachers", "Nurses", "Doctors",
        "Employers", "Journalists", "Students", "Women", "Veterans", "Miners", "Taxpayers", "Ratepayers", "Consumers",
        "Traders", "Fishermen", "Pensioners", "Lawyers", "Judges", "Officers", "Mothers", "Parents", "Writers", "Seafarers",
    ]);

    // Diseases named after a doctor: a charity named with one is a body whatever follows ("Alzheimer's Research UK",
    // "Parkinson's UK"), but never the disease itself ("Alzheimer's Disease", "Crohn's Disease Drug").
    private static readonly FrozenSet<string> DiseaseEponyms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Alzheimer", "Parkinson", "Huntington", "Crohn", "Tourette", "Hodgkin", "Asperger", "Duchenne", "Addison", "Raynaud", "Graves",
    ]);

    private static readonly FrozenSet<string> DiseaseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Disease", "Diseases", "Syndrome", "Drug", "Drugs", "Treatment", "Treatments", "Patients", "Care", "Test", "Tests", "Risk", "Dementia",
        "Research", "Breakthrough", "Vaccine", "Therapy", "Symptoms", "Cure", "Trial", "Trials",
    ]);

    /// <summary>"early Alzheimer's disease": a disease's eponym alone, the tagger's person or body, is no name.</summary>
    public static bool IsDiseaseEponym(Token[] tokens, int index) =>
        DiseaseEponyms.Contains(tokens[index].Text) && index + 2 < tokens.Length && tokens[index + 1].Text is "'s" or "’s"
            && DiseaseWords.Contains(tokens[index + 2].Text);

    // Last words beside the organisation cues that end such bodies' names.
    private static readonly FrozenSet<string> BodyEndings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Forum", "Procuracy", "Power", "Daily", "Voice", "Platform", "Guild", "Collective", "Caucus", "Syndicate", "Cooperative",
    ]);

    // Last words of days, events and fields, which never end such bodies' names ("International Women's Day").
    private static readonly FrozenSet<string> NotBodies = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Day", "Week", "Month", "Year", "Cup", "Championship", "Championships", "Open", "Final", "Finals", "Game", "Games",
        "March", "Strike", "Summit", "Celebration", "Prize", "Award", "Awards", "Republic", "Eve", "History", "Rights",
        "Health", "Tennis", "Football",
    ]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 1; index + 1 < tokens.Length; index++)
        {
            if (Owner(tokens, index) is not { } ownerIndex) continue;
            var owner = tokens[ownerIndex].Text.TrimEnd('\'', '’');
            var isEponym = DiseaseEponyms.Contains(owner);
            if (!NameWords.IsCapitalised(owner) || !(IsCommonNoun(owner) || isEponym) || IsBodyItself(owner, gazetteer)) continue;

            var afterOwner = index + 1;
            var end = afterOwner;
            while (end < tokens.Length && end - afterOwner < MaxWordsAfter && NameWords.IsNameWord(tokens[end].Text)) end++;
            // "People's Alliance for Democracy": a longer name than this rule reads, left to the tagger.
            if (end == afterOwner || NameGoesOn(tokens, end)) continue;
            var last = tokens[end - 1].Text;
            var isBody = !NotBodies.Contains(last) && !(isEponym && DiseaseWords.Contains(last))
                && (NameWords.EndsOrganisationName(last, gazetteer) || BodyEndings.Contains(last) || Collectives.Contains(owner) || isEponym);
            if (!isBody) continue;

            var first = ownerIndex;
            while (first > 0 && ownerIndex - first < MaxWordsBefore && IsWordBefore(tokens[first - 1].Text)) first--;
            if (first == 0 && first < ownerIndex && SentenceWords.IsSentenceWord(tokens[0].Text)) first++; // "Angry Citizens' ...": the sentence's word
            if (first == ownerIndex && !Collectives.Contains(owner) && !isEponym) continue; // "the Magistrate's Court" alone is any town's

            if (MentionSpans.AnyCovering(spans, first, end - 1) || MentionSpans.AnyReachingPast(spans, first, end)
                || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, first, end));
            index = end - 1;
        }
    }

    /// <summary>
    /// The owner's token when token <paramref name="index"/> ends a possessive: "People" + "'s", "Governors" + "'", or
    /// "Governors'" as one token.
    /// </summary>
    internal static int? Owner(Token[] tokens, int index) => tokens[index].Text switch
    {
        "'s" or "’s" => index - 1,
        "'" or "’" when tokens[index - 1].Text.EndsWith('s') && tokens[index].Start == tokens[index - 1].End => index - 1,
        [.., 's', '\'' or '’'] => index,
        _ => null,
    };

    // A capitalised common word ("Magistrate", "Attorney", "People"): no one's own name.
    private static bool IsCommonNoun(string word) =>
        Collectives.Contains(word) || SentenceWords.IsCommonWord(word) || SentenceWords.IsSentenceWord(word);

    // "the Republican Party's Senate candidate", "Rhode Island's Department of Health": a body's or a place's possessive.
    private static bool IsBodyItself(string owner, Gazetteer gazetteer) =>
        NameWords.EndsOrganisationName(owner, gazetteer) || NestedPlaces.IsPlaceHead(owner) || owner is "Government" or "Island";

    private static bool NameGoesOn(Token[] tokens, int end) =>
        end < tokens.Length && (NameWords.IsCapitalised(tokens[end].Text) || tokens[end].Text.StartsWith('-') // "Women's Co-Operative Guild"
            || (tokens[end].Text is "of" or "for" or "and" or "&" && end + 1 < tokens.Length && NameWords.IsCapitalised(tokens[end + 1].Text)));

    private static bool IsWordBefore(string word) =>
        (word.Length > 1 && NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !SentenceWords.IsDateWord(word)) || RoleChain.IsAcronym(word);
}
