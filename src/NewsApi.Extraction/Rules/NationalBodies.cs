using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Statistics Poland", "Cricket Australia", "Athletics Kenya": a national body named by its field and its country. The
/// tagger often reads only the country ("Tennis [Australia] said"); the body is the two words, an organisation, and the
/// country inside it comes back as a nested place (<see cref="NestedPlaces"/>).
/// </summary>
internal static class NationalBodies
{
    private static readonly HashSet<string> FieldWords = new(StringComparer.Ordinal)
    {
        "Statistics", "Cricket", "Tennis", "Rugby", "Athletics", "Swimming", "Cycling", "Hockey", "Netball", "Golf", "Sport",
        "Basketball", "Rowing", "Sailing", "Gymnastics", "Volleyball", "Football", "Skiing", "Boxing", "Universities", "Visit",
    };

    /// <summary>Whether <paramref name="word"/> names a field such bodies are named by ("Cricket", "Statistics").</summary>
    public static bool IsFieldWord(string word) => FieldWords.Contains(word);

    /// <summary>The spans, with a country the tagger read alone after a field word widened to the body's name.</summary>
    public static List<TaggedSpan> Widen(IReadOnlyList<Token> tokens, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var field = span.FirstToken - 1;
            if (span.FirstToken == span.LastToken && field >= 0 && FieldWords.Contains(tokens[field].Text)
                && gazetteer.IsCountry(tokens[span.FirstToken].Text) && (index == 0 || spans[index - 1].LastToken < field))
            {
                widened ??= [.. spans];
                widened[index] = span with { Type = EntityType.Organisation, FirstToken = field, Start = tokens[field].Start };
            }
        }

        return widened ?? spans;
    }
}
