using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Finance Ministry said", "a Justice Department official": a ministry or department named by its portfolio, one or
/// two capitalised words before "Ministry" or "Department", is an organisation, though the tagger, which knows "Ministry
/// of Finance" better, left it out. A country or nationality before the portfolio is no part of the name ("Brazil's
/// Finance Ministry", "the Brazilian Finance Ministry"): the place is its own mention. A city is ("Buffalo Fire
/// Department").
/// </summary>
internal static class MinistryNames
{
    private const int MaxPortfolioWords = 2;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var head = 1; head < tokens.Length; head++)
        {
            if (tokens[head].Text is not ("Ministry" or "Department" or "ministry") // "the Interior ministry", as wires write it
                || (head + 1 < tokens.Length && IsOfOrFor(tokens[head + 1].Text))) continue; // also "Ministry Of Foreign Affairs"

            var first = head;
            while (first > 0 && head - first < MaxPortfolioWords && IsPortfolioWord(tokens[first - 1].Text, gazetteer)) first--;
            if (first > 0 && gazetteer.IsPlaceOrNationality(tokens[first - 1].Text + " " + tokens[first].Text)) first++; // "Sri Lankan Interior Ministry"
            if (first == head || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && !EndsPlaceOrNationality(tokens, first - 1, gazetteer)
                && tokens[first - 1].Text is not ("The" or "A"))) continue; // a longer name: the tagger's to read

            if (tokens[head].Text == "ministry" && !IsGovernmentsMinistry(tokens, first, gazetteer)) continue;
            first -= CityBefore(tokens, first, gazetteer); // "San Jose Fire Department" is the city's own

            if (!MentionSpans.AnyTagged(spans, first, head) && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[head].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, head + 1));
            }
        }
    }

    private static bool IsOfOrFor(string word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);

    /// <summary>A capitalised word that can name a ministry's portfolio ("Interior", "Irrigation"): no place, nationality or date.</summary>
    internal static bool IsPortfolioWord(string word, Gazetteer gazetteer) =>
        word.Length > 1 && char.IsUpper(word[0]) && WordChars.All(word.AsSpan(1), char.IsLower) // not "U.N."
        && !gazetteer.IsPlaceOrNationality(word) && !SentenceWords.IsDateWord(word) && !Determiners.Contains(word);

    // "His ministry asked the watchdog": a sentence's capitalised determiner is no portfolio.
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        ["The", "A", "An", "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "Each", "Every", "Another", "No"]);

    /// <summary>
    /// Written in lower case, a ministry is a government's at a sentence's start, after "the" or after its country ("Foreign
    /// ministry spokesman", "the Interior ministry", "Iraq's Interior ministry"), not "a Christian ministry".
    /// </summary>
    private static bool IsGovernmentsMinistry(Token[] tokens, int first, Gazetteer gazetteer) =>
        first == 0 || tokens[first - 1].Text is "the" or "The" or "'s" or "’s" || EndsPlaceOrNationality(tokens, first - 1, gazetteer);

    /// <summary>How many words before token <paramref name="first"/> name a city (not a country or a nationality): 0, 1 or 2.</summary>
    private static int CityBefore(Token[] tokens, int first, Gazetteer gazetteer)
    {
        bool IsCity(string name) => gazetteer.IsPlace(name) && !gazetteer.IsCountry(name) && gazetteer.CountryForDemonym(name) is null;
        if (first > 1 && IsCity(tokens[first - 2].Text + " " + tokens[first - 1].Text)) return 2;
        return first > 0 && IsCity(tokens[first - 1].Text) ? 1 : 0;
    }

    private static bool EndsPlaceOrNationality(Token[] tokens, int last, Gazetteer gazetteer) =>
        gazetteer.IsPlaceOrNationality(tokens[last].Text) || (last > 0 && gazetteer.IsPlaceOrNationality(tokens[last - 1].Text + " " + tokens[last].Text));
}
