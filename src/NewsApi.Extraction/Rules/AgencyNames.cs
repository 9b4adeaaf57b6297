using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Services Australia", "Public Transport Victoria", "Transport for NSW", "Statistics Canada", "Cricket South Africa":
/// Commonwealth agencies and sports bodies are named by what they do, then the country or state they serve. The tagger
/// reads the place alone, or the whole as a place. Only words such names are made of, capitalised, before a country, a
/// nation, a state or province; not where a longer capitalised name goes on, nor in a headline's title case.
/// </summary>
internal static class AgencyNames
{
    private const int MaxPlaceWords = 3;

    // What the body does, as its name says it; none of them a place's or a person's word.
    private static readonly FrozenSet<string> AgencyWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Services", "Tourism", "Sports", "Transport", "Public", "Ambulance", "Water", "Screen", "Health", "Police",
        "Fire", "Rescue", "Emergency", "Management", "Energy", "Parks", "Elections", "Environment", "Heritage",
        "Historic", "Natural", "Infrastructure", "Geoscience", "Enterprise", "Invest", "Legal", "Aid", "Cancer", "Council",
        "Surf", "Life", "Saving", "Housing", "Skills", "Corrections", "Roads", "Rail", "Forestry", "Fisheries", "Oceans",
        "Biosecurity", "Food", "Standards", "Creative", "Arts", "Racing",
    ]);

    // And the sports and fields of NationalBodies ("Cricket", "Statistics"), which widens a country the tagger read alone.
    private static bool IsAgencyWord(string word) => AgencyWords.Contains(word) || NationalBodies.IsFieldWord(word);

    // Short forms of states and countries such names use ("Water NSW", "Sport NZ") that the place lists do not hold.
    private static readonly FrozenSet<string> PlaceAbbreviations = FrozenSet.Create(StringComparer.Ordinal, ["NSW", "NZ", "UK", "WA", "SA", "Qld", "Tas"]);

    /// <summary>
    /// A place a body serves or has a branch for: a country or nation, a state or province, or a short form of one the
    /// lists do not hold ("NSW", "NZ").
    /// </summary>
    public static bool IsServedPlace(string name, Gazetteer gazetteer) =>
        PlaceAbbreviations.Contains(name) || gazetteer.IsNation(name) || NameLists.Default.IsRegion(name);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        bool? isTitleCase = null; // read only where a name is found: it costs a list per sentence
        for (var first = 0; first + 1 < tokens.Length; first++)
        {
            if (!IsAgencyWord(tokens[first].Text) || (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text) && tokens[first - 1].Text != "The")) continue;
            var next = first + 1;
            while (next < tokens.Length && (IsAgencyWord(tokens[next].Text)
                   || (tokens[next].Text == "and" && next + 1 < tokens.Length && IsAgencyWord(tokens[next + 1].Text)))) next++;
            if (next < tokens.Length && tokens[next].Text == "for" && tokens[next - 1].Text == "Transport") next++; // "Transport for London"
            if (PlaceEnd(tokens, next, gazetteer) is not { } end
                || (end < tokens.Length && NameWords.IsCapitalised(tokens[end].Text) && !RoleWords.StartsTitle(tokens[end].Text))
                || IsInsideLongerName(spans, first, end)
                || (isTitleCase ??= NameRules.IsTitleCase(tokens)))
            {
                continue;
            }

            if (AddUnlessNamed(found, sentence.Mention(EntityType.Organisation, first, end))) first = end - 1;
        }
    }

    /// <summary>Adds the agency over the place alone found before, unless another name overlaps it.</summary>
    private static bool AddUnlessNamed(List<NameMention> found, NameMention agency)
    {
        if (found.Exists(mention => mention.Overlaps(agency) && mention.Type != EntityType.Place)) return false;
        found.RemoveAll(agency.Overlaps);
        found.Add(agency);
        return true;
    }

    // The two helpers are methods of their own: a lambda in the loop that captured its variables would cost an object per token.

    /// <summary>Whether a tagged span runs into the words from outside.</summary>
    private static bool IsInsideLongerName(List<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if ((span.FirstToken < first && span.LastToken >= first) || (span.FirstToken < end && span.LastToken >= end)) return true;
        }

        return false;
    }

    /// <summary>The end of a country's, nation's, state's or province's name starting at <paramref name="start"/>, or null.</summary>
    private static int? PlaceEnd(Token[] tokens, int start, Gazetteer gazetteer)
    {
        var capitalisedEnd = start; // only capitalised words are joined and looked up: "Police said" costs nothing
        while (capitalisedEnd < tokens.Length && capitalisedEnd - start < MaxPlaceWords && NameWords.IsCapitalised(tokens[capitalisedEnd].Text)) capitalisedEnd++;
        for (var end = capitalisedEnd; end > start; end--)
        {
            var name = NameWords.Joined(tokens, start, end);
            if (IsServedPlace(name, gazetteer)) return end;
        }

        return null;
    }
}
