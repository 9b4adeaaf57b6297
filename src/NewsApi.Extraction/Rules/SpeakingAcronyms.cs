using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "SENAPRED said six people had died", "first reported by TMZ", "according to the CSN", "the CBOS institute", "leader
/// of the CGT": an acronym that speaks, reports, is cited or is called a body is a body (an organisation), though the
/// tagger never saw it and the article never spells it out. Only capitals (three to eight, "&amp;" allowed), next to no
/// other word in capitals (a headline's "MARKETS SLAM"), not a regnal number ("Charles III said"), a listed place or
/// country ("the UAE said"), a title ("the CEO said"), a legal form, a word running text writes in lower case, or the
/// end of a longer name ("Aer Lingus Group PLC said", "US-CERT said").
/// </summary>
internal static class SpeakingAcronyms
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "said", "says", "told", "confirmed", "reported", "reports", "announced", "published", "issued", "estimated", "warned",
        "stated", "added", "urged", "ordered", "fined", "ruled",
    ]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 0; index < tokens.Length; index++)
        {
            var word = tokens[index].Text;
            var before = index > 0 ? tokens[index - 1].Text : "";
            if (!IsCapitals(word) || IsCapitals(before) || IsCapitals(index + 1 < tokens.Length ? tokens[index + 1].Text : "")
                || before == "-" || (before.Length > 0 && char.IsUpper(before[0]) && before is not ("The" or "A")) // "US-CERT", "Aer Lingus Group PLC"
                || RoleWords.StartsTitle(word) || RoleWords.IsHead(word) || NameWords.IsCompanySuffix(word) // "the CEO said"
                || !(SpeaksAfter(tokens, index) || IsCitedBefore(tokens, index) || IsNamedAsBody(tokens, index))
                || MentionSpans.AnyTagged(spans, index, index) || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End)
                || SpeakerNames.IsRegnalNumber(word) || gazetteer.IsPlaceOrNationality(word) || SentenceWords.IsSentenceWord(word) || SentenceWords.IsCommonWord(word))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, index, index + 1));
        }

        AddCitiesInCapitals(sentence, spans, gazetteer, found);
    }

    /// <summary>
    /// "NICE will take comments", "rejected by NICE": a city's name written in capitals inside a sentence of running text
    /// is an acronym that happens to spell it (Nice, Bath, Reading), whatever it does; a dateline ("NICE, France -") opens
    /// its sentence, and a country's or a region's acronym ("UAE") is listed as written.
    /// </summary>
    private static void AddCitiesInCapitals(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 1; index < tokens.Length; index++)
        {
            var word = tokens[index].Text;
            if (!gazetteer.IsCityInCapitals(word) || IsCapitals(tokens[index - 1].Text) || (index + 1 < tokens.Length && IsCapitals(tokens[index + 1].Text))
                || spans.Any(span => span.FirstToken <= index && span.LastToken >= index && (span.FirstToken != index || span.LastToken != index))
                || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, index, index + 1));
        }
    }

    /// <summary>"TMZ published": a verb right after.</summary>
    private static bool SpeaksAfter(Token[] tokens, int index) => index + 1 < tokens.Length && Verbs.Contains(tokens[index + 1].Text);

    /// <summary>"according to the CSN", "reported by TMZ".</summary>
    private static bool IsCitedBefore(Token[] tokens, int index)
    {
        var before = index > 0 && tokens[index - 1].Text == "the" ? index - 1 : index;
        return (before >= 2 && tokens[before - 2].Text == "according" && tokens[before - 1].Text == "to")
            || (before >= 2 && tokens[before - 2].Text is "reported" or "published" or "confirmed" && tokens[before - 1].Text == "by");
    }

    /// <summary>
    /// "the CBOS institute", "the CGT labour federation": a body's noun after, with at most one word between; "leader of the
    /// CGT", "the metalworkers of the UOM", "a spokesman for the LTTE": someone's place in a body before.
    /// </summary>
    private static bool IsNamedAsBody(Token[] tokens, int index)
    {
        if (index == 0 || tokens[index - 1].Text is not ("the" or "The") || NotBodies.Contains(tokens[index].Text)) return false;
        for (var after = index + 1; after < tokens.Length && after <= index + 2; after++)
        {
            if (BodyNouns.Contains(tokens[after].Text)) return true;
            if (!WordChars.All(tokens[after].Text, char.IsLower)) break;
        }

        return index >= 3 && tokens[index - 2].Text is "of" or "for" && (PlacesInBodies.Contains(tokens[index - 3].Text) || tokens[index - 3].Text.EndsWith("workers", StringComparison.Ordinal));
    }

    // Narrower than NameWords.IsOrganisationNoun, whose "radio", "television" and "website" follow acronyms of things ("the DAB radio").
    private static readonly FrozenSet<string> BodyNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "institute", "agency", "party", "union", "federation", "confederation", "group", "company", "bank", "council",
        "commission", "committee", "alliance", "coalition", "movement", "network", "organisation", "organization",
        "association", "ministry", "authority", "board", "broadcaster", "newspaper", "channel", "fund", "foundation", "militia",
        "rebels", "guerrillas", "insurgents", "faction", "regulator", "watchdog", "pollster", "bloc",
    ]);

    // Places in a body: "leader of the CGT", "members of the KKE", "a spokesman for the LTTE".
    private static readonly FrozenSet<string> PlacesInBodies = FrozenSet.Create(StringComparer.Ordinal,
    [
        "leader", "leaders", "co-leader", "head", "chief", "chairman", "chairwoman", "chair", "president", "spokesman",
        "spokeswoman", "spokesperson", "member", "members", "secretary-general", "director", "founder", "founders", "official",
        "officials", "representative", "representatives", "delegates", "supporters", "militants", "fighters", "activists",
    ]);

    // Acronyms of things, not bodies, that news writes with "the" and a body's noun near ("the GDP growth"), and three
    // countries the name lists lack.
    private static readonly FrozenSet<string> NotBodies = FrozenSet.Create(StringComparer.Ordinal,
    [
        "GDP", "GNP", "CPI", "IPO", "AGM", "HIV", "AIDS", "COVID", "SARS", "NGO", "PRC", "ROC", "DPRK",
    ]);

    private static bool IsCapitals(string word) =>
        word.Length is >= 3 and <= 8 && char.IsUpper(word[0]) && WordChars.All(word, c => char.IsUpper(c) || c == '&') && WordChars.Count(word, char.IsUpper) >= 3;
}
