using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the corner of International Boulevard and 35th Avenue", "a camera on High Street", "Mecca's Grand Mosque": one to three
/// capitalised words, or an ordinal, and then a street's or a building's word name a place, which the tagger, never
/// having seen it, left out; so does a road's word and its number ("Highway 43"). Only where no tagged span or earlier
/// rule touches the words, and not inside a longer capitalised name.
/// </summary>
internal static class FacilityNames
{
    private const int MaxNameWords = 3;

    // Narrower than NameWords' facility words, which retype a name the tagger found: untagged, "X Hall", "X Park", "X Centre"
    // or "X Hotel" are as often an organisation or a venue's owner as a place.
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "Street", "Avenue", "Boulevard", "Road", "Lane", "Drive", "Highway", "Parkway", "Expressway", "Freeway", "Strasse", "Straße", "Platz",
        "Mosque", "Stadium", "Airport", "Bridge", "Square", "Palace", "Cathedral", "Temple", "Tower", "Castle", "Canal", "Dam", "Arena",
    };

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var facility = 1; facility < tokens.Count; facility++)
        {
            if (!Facilities.Contains(tokens[facility].Text) || (facility + 1 < tokens.Count && char.IsUpper(tokens[facility + 1].Text[0]))) continue;

            var first = facility;
            if (IsOrdinal(tokens[facility - 1].Text))
            {
                first--;
            }
            else
            {
                // A title's word may begin a building's name: "the Grand Mosque".
                while (first > 0 && facility - first < MaxNameWords && NameWords.IsCapitalised(tokens[first - 1].Text) && WordChars.All(tokens[first - 1].Text, char.IsLetter)
                       && !SentenceWords.IsDateWord(tokens[first - 1].Text)) first--;
            }

            if (first == facility || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && tokens[first - 1].Text is not ("The" or "A"))
                || (first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)) || gazetteer.IsOrganisationCue(tokens[first].Text)
                || MentionSpans.AnyTagged(spans, first, facility) || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[facility].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Place, first, facility + 1));
        }

        AddNumberedRoads(sentence, spans, found);
    }

    // "Highway 43", "Interstate 95", "National Highway 44": a road's word and its number.
    private static readonly HashSet<string> RoadWords = new(StringComparer.Ordinal) { "Highway", "Interstate", "Route", "Motorway", "Autobahn" };
    private static readonly HashSet<string> RoadOwners = new(StringComparer.Ordinal) { "State", "National", "Provincial", "County", "U.S.", "US" };

    private static void AddNumberedRoads(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var road = 0; road + 1 < tokens.Count; road++)
        {
            var number = tokens[road + 1].Text;
            if (!RoadWords.Contains(tokens[road].Text) || number.Length > 4 || !WordChars.All(number, char.IsAsciiDigit)) continue;
            var first = road > 0 && RoadOwners.Contains(tokens[road - 1].Text) ? road - 1 : road;
            if (MentionSpans.AnyTagged(spans, first, road + 1) || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[road + 1].End)) continue;
            found.Add(sentence.Mention(EntityType.Place, first, road + 2));
        }
    }

    /// <summary>"35th", "1st", "102nd".</summary>
    private static bool IsOrdinal(string word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && WordChars.All(word.AsSpan(0, word.Length - 2), char.IsAsciiDigit);
}
