using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the takeover of Meridia Therapeutics", "First Quantum Minerals said": one to three capitalised words and then company
/// words ("Therapeutics", "Minerals", "Holdings"; <see cref="NameWords.IsCompanyWord"/>) or a legal form ("Ltd", "GmbH")
/// name a firm (and a club's last word a club: "Morecambe Wanderers"), though the tagger, which never saw the name, left
/// it out. Only where no tagged span or earlier rule touches the words, and only when one of the firm's own words is no
/// word of running text ("Natural Resources", "Clean Energy" and "Sales Partners" name no firm).
/// </summary>
internal static class CompanyNames
{
    private const int MaxOwnWords = 3;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var last = 1; last < tokens.Length; last++)
        {
            var isAndCo = IsAndCo(tokens, last);
            var isShortForm = IsShortFormAfterOwnName(tokens, last, gazetteer);
            var endsName = IsCompanyEnding(tokens[last].Text) || IsFormAfterCompanyWord(tokens, last) || isShortForm || isAndCo;
            if (!endsName || (last + 1 < tokens.Length && char.IsUpper(tokens[last + 1].Text[0]))) continue;
            if (IsTrade(tokens[last].Text) && last + 1 < tokens.Length && tokens[last + 1].Text is "field" or "fields") continue; // "the Corrib Gas field"

            var ownEnd = isAndCo ? last - 1 : last;
            while (ownEnd > 0 && IsCompanyEnding(tokens[ownEnd - 1].Text)) ownEnd--;
            var first = ownEnd;
            while (first > 0 && ownEnd - first < MaxOwnWords && IsOwnWord(tokens[first - 1].Text)) first--;
            if (first > 0 && IsOwnWord(tokens[first - 1].Text)) continue; // a longer name than this rule reads
            if ((isAndCo || isShortForm) && first > 1 && tokens[first - 1].Text is "de" or "del" or "of" or "and" or "&" or ","
                && NameWords.IsCapitalised(tokens[first - 2].Text) && !NameWords.IsCompanySuffix(tokens[first - 2].Text))
            {
                continue; // "Iberia Lineas Aereas de Espana SA", "Sears, Roebuck & Co": longer still (but "Eisai Co Ltd and Eli Lilly and Co")
            }
            // "Rohde & Schwarz Technology" is a longer name; "Database and Middleware Technology" a field, as "Technology" often is.
            var isJoinedToName = !isAndCo && first > 1 && NameWords.IsCapitalised(tokens[first - 2].Text)
                && (tokens[first - 1].Text == "&" || (tokens[first - 1].Text == "and" && tokens[last].Text == "Technology"));
            if (isJoinedToName) continue;
            if (first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)) first++; // "Rival Meridia Therapeutics ...": the sentence's word

            // "the Federation of Korean Industries", "the Confederation of British Industry": a body of the firms is named whole.
            var hasOwnName = first >= 2 && tokens[first - 1].Text == "of" && BodiesOfFirms.Contains(tokens[first - 2].Text);
            if (hasOwnName) first -= 2;

            // "Thai Airways" and "Lebanese Capital" are the tagger's to judge: a nationality may be a firm's word or none.
            if (IsTrade(tokens[ownEnd].Text) && gazetteer.IsFirstName(tokens[first].Text)) continue; // "David Steel", "Stanley Gold": people

            for (var index = first; index < ownEnd; index++)
            {
                hasOwnName |= !SentenceWords.IsSentenceWord(tokens[index].Text) && gazetteer.CountryForDemonym(tokens[index].Text) is null
                    && !(tokens[last].Text == "Technology" && SentenceWords.IsCommonWord(tokens[index].Text)); // "Amkor Technology", not "Information Technology"
            }

            if (isAndCo && hasOwnName)
            {
                // "[Eli Lilly] and Co": a listed firm's name found before takes its "and Co".
                found.RemoveAll(mention => mention.Type == EntityType.Organisation && mention.Start >= tokens[first].Start && mention.End <= tokens[ownEnd - 1].End);
            }

            var placeMayOpen = NameWords.IsCompanySuffix(tokens[last].Text) || NameWords.IsFirmsTradeWord(tokens[last].Text);
            if (hasOwnName && !AnyTaggedButOpeningPlace(spans, first, ownEnd, last, placeMayOpen, anyInsideOwnWords: isAndCo)
                && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[last].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, last + 1));
            }
        }
    }

    /// <summary>
    /// Whether a tagged span touches tokens [<paramref name="first"/>, <paramref name="last"/>], leaving aside, before a legal
    /// form or a firm's trade, the tagger's place among the firm's own words: "[Sabah] Electricity Sdn Bhd" is a company named
    /// for its state, "[Baotou] Steel" for its city; and an organisation the tagger read in the own words alone ("[Kosmos] Energy"),
    /// or with <paramref name="anyInsideOwnWords"/> any name there ("[Eli Lilly] and Co").
    /// </summary>
    private static bool AnyTaggedButOpeningPlace(List<TaggedSpan> spans, int first, int ownEnd, int last, bool placeMayOpen, bool anyInsideOwnWords)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken > last || span.LastToken < first) continue;
            var isInsideOwnWords = span.FirstToken >= first && span.LastToken < ownEnd;
            if (isInsideOwnWords && (span.Type == EntityType.Organisation || anyInsideOwnWords)) continue; // "[Kosmos] Energy": the tagger cut the firm's company word off; "[Eli Lilly] and Co", a person to it
            if (!(placeMayOpen && span.Type == EntityType.Place && isInsideOwnWords)) return true;
        }

        return false;
    }

    private static readonly FrozenSet<string> BodiesOfFirms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Federation", "Confederation", "Association", "Chamber", "Council", "Union", "Institute",
    ]);

    // Capitalised ("TV networks" is no firm); legal forms of more than two letters ("Street SE" is an address); a club's
    // last word ("League Two side Morecambe Wanderers").
    private static bool IsCompanyEnding(string word) =>
        char.IsUpper(word[0]) && (NameWords.IsCompanyWord(word) || (NameWords.IsLegalForm(word) && word.Length > 2) || NameWords.IsClubWord(word)
            || NameWords.IsFirmsTradeWord(word)); // "Hafren Steel", "Pellmore Lithium"

    // "Infineon Technologies AG", "Westinghouse Electric Co.": after a company word any legal form or suffix ends the name.
    private static bool IsFormAfterCompanyWord(Token[] tokens, int index) =>
        index > 0 && char.IsUpper(tokens[index].Text[0]) && NameWords.IsCompanySuffix(tokens[index].Text) && NameWords.IsCompanyWord(tokens[index - 1].Text);

    /// <summary>
    /// "Siemens AG", "OHB SE of Bremen", "Vermeulen Logistics BV": a legal form of two letters after a firm's own name. Not
    /// after a street's or a place's name, where such letters are a direction or a state ("Main Street SE", "Adelaide, SA").
    /// </summary>
    private static bool IsShortFormAfterOwnName(Token[] tokens, int index, Gazetteer gazetteer) =>
        index > 0 && tokens[index].Text.Length == 2 && NameWords.IsLegalForm(tokens[index].Text) && NameWords.IsCapitalised(tokens[index - 1].Text)
            && !NameWords.IsFacilityWord(tokens[index - 1].Text) && !gazetteer.IsPlace(tokens[index - 1].Text)
            && gazetteer.CountryForDemonym(tokens[index - 1].Text) is null;

    // "Eli Lilly and Co", "J.P. Morgan & Co.": the firm's name, then "and Co".
    private static bool IsAndCo(Token[] tokens, int index) =>
        index > 1 && tokens[index].Text is "Co" or "Co." && tokens[index - 1].Text is "and" or "&" && NameWords.IsCapitalised(tokens[index - 2].Text)
            && (index + 1 == tokens.Length || tokens[index + 1].Text != "-"); // not "Co-chair", "Co-Operatives"

    // A trade's word may open a name ("Iron Mountain Inc").
    private static bool IsOwnWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && (!IsCompanyEnding(word) || IsTrade(word)) && !SentenceWords.IsDateWord(word);

    private static bool IsTrade(string word) => NameWords.IsTradeWord(word) && !NameWords.IsCompanyWord(word);
}
