using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "told the AP", "Agence France-Presse reported", "an offer by the European Union", "Human Rights Watch said": news
/// names its sources and the big international bodies all the time, and the tagger, trained on little news, misses or
/// mistypes many of them ("France-Presse" a place, "Le Monde" a person; "the European Union" missed in 94 archive
/// articles). A listed agency, broadcaster or newspaper (Data/gazetteers/news-media.txt), or a listed organisation
/// (Data/gazetteers/organisations.txt and the multi-word names of the international organisations list), is an
/// organisation, unless the tagger found a longer name around it ("Guardian Council") or the name goes on ("BBC News
/// 24", "Sapa-AFP", "European Union Constitution").
/// </summary>
internal static class ListedOrganisations
{
    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        Add(sentence, spans, gazetteer.NewsMediaLengthAt, gazetteer, found);
        Add(sentence, spans, gazetteer.OrganisationLengthAt, gazetteer, found);
    }

    private static void Add(
        SentenceText sentence, List<TaggedSpan> spans, Func<Token[], int, int> listedLengthAt, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Length; first++)
        {
            var length = listedLengthAt(tokens, first);
            if (length == 0)
            {
                continue;
            }

            var end = first + length;
            // "BBC News 24", "Sky News Australia", "Sapa-AFP", "CNN-IBN": part of a longer name; not "[Fed] Chair Jerome Powell".
            // "Supreme Court [of India]", "Islamic State [of Iraq]"; not "Tesco of Britain" or "Atlético Nacional of Medellín": a
            // firm or a club from somewhere. "Global Fund [to Fight AIDS, Tuberculosis and Malaria]".
            if (!gazetteer.IsSportsClub(sentence.Slice(first, end)) && length > 1 && !NameWords.IsCompanyWord(tokens[end - 1].Text)) // not "Etihad Airways of Abu Dhabi"
            {
                end = NameRules.WithPurpose(tokens, WithComplement(tokens, end));
            }

            var goesOn = (end < tokens.Length && (char.IsUpper(tokens[end].Text[0]) || (char.IsDigit(tokens[end].Text[0]) && !MatchScores.StartsAt(tokens, end)) || HyphenGoesOn(tokens, end))
                    && !SentenceWords.IsDateWord(tokens[end].Text) && !RoleWords.IsHead(tokens[end].Text) && !IsModel(tokens, end)
                    && tokens[end].Text != "Summit") // "the [G8] Summit": the body whose meeting it is
                || (first > 1 && IsJoined(tokens[first - 1], tokens[first]) && tokens[first - 1].Text == "-" && !char.IsLower(tokens[first - 2].Text[0]));
            if (goesOn && tokens[end].Text == "International" && (end + 1 == tokens.Length || !char.IsUpper(tokens[end + 1].Text[0])))
            {
                (end, goesOn) = (end + 1, false); // "Friends of the Earth International": the body's international federation
            }

            if (goesOn && CountryLengthAt(tokens, end, gazetteer) is var country and > 0
                && (end + country == tokens.Length || tokens[end + country].Text is "," or "." or ";" or ":" or ")" or "and" or "said" or "says"
                    || RoleWords.StartsTitle(tokens[end + country].Text)))
            {
                // "Friends of the Earth Norway,", "Amnesty International USA said", "Foodstuffs North Island chief executive": the
                // body's branch in a country or region, named with it. Not "told RIA Novosti Russia abstained", "RosAtom Russia's
                // Federal Atomic Agency".
                (end, goesOn) = (end + country, false);
            }

            if (!goesOn && !IsInsideLongerSpan(sentence, spans, first, end, gazetteer) && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, end) with { IsCertain = true });
            }

            first = end - 1;
        }
    }

    /// <summary>
    /// "[Airbus] A380", "[Boeing] 787": a maker's model, no longer name ("BBC News 24" is a channel's, "Standard &amp; Poor's 500
    /// index" an index's).
    /// </summary>
    private static bool IsModel(Token[] tokens, int at)
    {
        var word = tokens[at].Text;
        return word.Length >= 3 && word.Any(char.IsDigit) && WordChars.All(word, character => char.IsAsciiLetterUpper(character) || char.IsAsciiDigit(character))
            && !(word.Length == 4 && WordChars.All(word, char.IsAsciiDigit)) // not a year
            && !(at + 1 < tokens.Length && tokens[at + 1].Text.Equals("index", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How many words (one or two) of a country's name start at <paramref name="start"/>; 0 when none does.</summary>
    private static int CountryLengthAt(Token[] tokens, int start, Gazetteer gazetteer)
    {
        if (start + 1 < tokens.Length && IsBranchPlace(tokens[start].Text + " " + tokens[start + 1].Text, gazetteer)) return 2;
        return start < tokens.Length && IsBranchPlace(tokens[start].Text, gazetteer) ? 1 : 0;
    }

    // A place served as agencies' are, or an island, that a firm has a branch for ("Woolworths NZ", "Foodstuffs North
    // Island"); not "SA", a legal form too ("BNP Paribas SA").
    private static bool IsBranchPlace(string name, Gazetteer gazetteer) =>
        (AgencyNames.IsServedPlace(name, gazetteer) && !NameWords.IsLegalForm(name))
        || (name.EndsWith(" Island", StringComparison.Ordinal) && gazetteer.IsPlace(name));

    /// <summary>The end of "of" and the capitalised words after a listed name, when they follow it; else <paramref name="end"/>.</summary>
    private static int WithComplement(Token[] tokens, int end)
    {
        if (end + 1 >= tokens.Length || tokens[end].Text != "of") return end;
        var complementEnd = end + 1;
        while (complementEnd < tokens.Length && complementEnd - end <= 4 && char.IsUpper(tokens[complementEnd].Text[0]) && WordChars.All(tokens[complementEnd].Text, char.IsLetter)
               && !SentenceWords.IsDateWord(tokens[complementEnd].Text)) complementEnd++;
        return complementEnd > end + 1 ? complementEnd : end;
    }

    /// <summary>
    /// A hyphen at <paramref name="at"/> that joins the name to a longer one ("Sapa-AFP", "CNN-IBN"); not a hyphen before a
    /// lower-case word, which makes an adjective of the name ("the ANC-led coalition", "UN-brokered").
    /// </summary>
    private static bool HyphenGoesOn(Token[] tokens, int at) =>
        IsJoined(tokens[at - 1], tokens[at]) && !(at + 1 < tokens.Length && IsJoined(tokens[at], tokens[at + 1]) && char.IsLower(tokens[at + 1].Text[0]));

    private static bool IsJoined(Token left, Token right) => left.End == right.Start && (left.Text == "-" || right.Text == "-");

    /// <summary>"[IFK Kristianstad and Sweden]": the tagger's span goes on past the listed name only by "and" and a country.</summary>
    private static bool IsJoinedToCountry(SentenceText sentence, TaggedSpan span, int first, int end, Gazetteer gazetteer) =>
        span.FirstToken == first && span.LastToken > end && sentence.Tokens[end].Text == "and"
        && gazetteer.IsCountry(sentence.Slice(end + 1, span.LastToken + 1));

    /// <summary>Whether a tagged span overlaps tokens [first, end) and reaches past them, other than by a leading "The".</summary>
    private static bool IsInsideLongerSpan(SentenceText sentence, List<TaggedSpan> spans, int first, int end, Gazetteer gazetteer)
    {
        foreach (var span in spans)
        {
            var spanFirst = span.FirstToken;
            while (spanFirst < first && sentence.Tokens[spanFirst].Text is "The" or "the") spanFirst++;
            if (spanFirst < end && span.LastToken >= first && (spanFirst < first || span.LastToken >= end) && !IsJoinedToCountry(sentence, span, first, end, gazetteer)) return true;
        }

        return end - first > 1 && AfterTaggedPlace(spans, first);
    }

    /// <summary>
    /// "The [U.S.] [Securities and Exchange Commission]": the tagger read the listed name and a place right before it, which
    /// name one body as NameRules joins them (a longer name the tagger read in two). Not before a body's initials, which the
    /// place makes its branch: "[Punjab] [BJP] chief".
    /// </summary>
    private static bool AfterTaggedPlace(List<TaggedSpan> spans, int first)
    {
        var isTagged = false;
        var isAfterPlace = false;
        foreach (var span in spans)
        {
            isTagged |= span.Type == EntityType.Organisation && span.FirstToken == first;
            isAfterPlace |= span.Type == EntityType.Place && span.LastToken + 1 == first;
        }

        return isTagged && isAfterPlace;
    }
}
