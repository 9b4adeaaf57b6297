using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "chipmaker Zentrix said", "investment bank Lazard", "Lender Brevik cut rates": one to three capitalised words right
/// after a noun for a kind of firm name one, which the tagger, never having seen the name, missed or took for a person.
/// Not a title ("central bank Governor Kuroda"), a place, a common word, a name opening with a listed given name or one
/// the tagger read as a person's full name ("broadcaster Piers Morgan"), a ticker ("Barclays BARC"); not where the
/// tagger's name reaches past the words.
/// </summary>
internal static class FirmDescriptors
{
    private const int MaxNameWords = 3;

    // Nouns said of firms and bodies; a trader or a broker may be a person, whom a listed given name or the tagger shows.
    private static readonly HashSet<string> FirmNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "chipmaker", "carmaker", "automaker", "drugmaker", "steelmaker", "planemaker", "shipbuilder", "shipbroker", "lender", "insurer",
        "reinsurer", "retailer", "brewer", "conglomerate", "startup", "start-up", "airline", "miner", "consultancy", "bank", "firm",
        "company", "group", "giant", "manufacturer", "supplier", "distributor", "operator", "carrier", "streamer", "publisher",
        "chain", "newspaper", "tabloid", "broadcaster", "agency", "fund", "utility", "trader", "broker",
    };

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var noun = 0; noun + 1 < tokens.Count; noun++)
        {
            if (!FirmNouns.Contains(tokens[noun].Text) || (noun > 0 && char.IsUpper(tokens[noun].Text[0]))) continue; // "Zenith Bank Chairman" names its own

            var first = noun + 1;
            var end = first;
            while (end < tokens.Count && end - first < MaxNameWords && IsNameWord(tokens, first, end)) end++;
            if (end == first || (end < tokens.Count && (char.IsUpper(tokens[end].Text[0]) || tokens[end].Text is "of" or "&" or "-"))
                || gazetteer.IsFirstName(tokens[first].Text) || gazetteer.IsPlaceOrNationality(sentence.Slice(first, end))
                || (end - first == 1 && (SentenceWords.IsSentenceWord(tokens[first].Text) || gazetteer.IsOrganisationCue(tokens[first].Text)))
                || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End) || MentionSpans.AnyReachingPast(spans, noun, end)
                || IsPersonsFullName(spans, first, end))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, first, end));
        }
    }

    /// <summary>A word of the name: capitalised, no date, and after the first no ticker or article ("Barclays BARC", "The").</summary>
    private static bool IsNameWord(IReadOnlyList<Token> tokens, int first, int index)
    {
        var word = tokens[index].Text;
        return NameWords.IsNameWord(word) && !SentenceWords.IsDateWord(word)
            && (index == first || NameWords.IsLegalForm(word) || !(RoleChain.IsAcronym(word) || word is "The" or "A"));
    }

    /// <summary>"broadcaster Piers Morgan": the tagger read two or more of the words as a person's name.</summary>
    private static bool IsPersonsFullName(List<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && Math.Min(span.LastToken + 1, end) - Math.Max(span.FirstToken, first) >= 2) return true;
        }

        return false;
    }
}
