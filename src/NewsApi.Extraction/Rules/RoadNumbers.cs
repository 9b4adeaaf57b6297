using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Police closed the A17 in both directions", "queues on the M6 southbound": a British road by its number is a place,
/// as the annotation conventions count roads. Only after "the" in a sentence about traffic, so "the A380" (an airliner)
/// and "the M16" (a rifle) stay no entity.
/// </summary>
internal static partial class RoadNumbers
{
    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        var aboutTraffic = false;
        var looked = false;
        for (var index = 1; index < tokens.Length; index++)
        {
            if (tokens[index - 1].Text is not ("the" or "The") || !RoadNumber().IsMatch(tokens[index].Text)) continue;
            if (!looked) (aboutTraffic, looked) = (tokens.Any(token => TrafficWords.Contains(token.Text)), true);
            if (aboutTraffic && !MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End))
            {
                found.Add(sentence.Mention(EntityType.Place, index, index + 1));
            }
        }
    }

    private static readonly FrozenSet<string> TrafficWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "road", "roads", "motorway", "junction", "carriageway", "northbound", "southbound", "eastbound", "westbound", "traffic",
        "lane", "lanes", "roundabout", "bypass", "closed", "reopened", "diversion", "diversions", "motorists", "drivers", "queues",
    ]);

    [GeneratedRegex(@"^[AM][1-9][0-9]{0,3}(?:\(M\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RoadNumber();
}
