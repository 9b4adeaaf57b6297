using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "captain Luke Roddick - Jamie's older brother - signed": a dash with a space on each side opens an aside, so a name
/// the tagger ran across it is two people, one on each side. A dash inside a person's name is written close
/// ("Osei-Bonsu"); bodies keep theirs ("Homeland Union - Lithuanian Christian Democrats").
/// </summary>
internal static class SpacedDashes
{
    public static List<TaggedSpan> Split(Token[] tokens, List<TaggedSpan> spans)
    {
        if (!spans.Any(span => IsPersonWithSpacedDash(tokens, span))) return spans;

        var split = new List<TaggedSpan>(spans.Count + 1);
        foreach (var span in spans)
        {
            if (!IsPersonWithSpacedDash(tokens, span))
            {
                split.Add(span);
                continue;
            }

            var first = span.FirstToken;
            for (var dash = SpacedDashIn(tokens, first, span.LastToken); dash >= 0; dash = SpacedDashIn(tokens, first, span.LastToken))
            {
                if (dash > first) split.Add(span with { FirstToken = first, LastToken = dash - 1, Start = tokens[first].Start, End = tokens[dash - 1].End });
                first = dash + 1;
            }

            if (first <= span.LastToken) split.Add(span with { FirstToken = first, Start = tokens[first].Start });
        }

        return split;
    }

    private static bool IsPersonWithSpacedDash(Token[] tokens, TaggedSpan span) =>
        span.Type == EntityType.Person && SpacedDashIn(tokens, span.FirstToken, span.LastToken) >= 0;

    /// <summary>The first dash strictly inside tokens <paramref name="first"/>..<paramref name="last"/> with a space on each side, or -1.</summary>
    private static int SpacedDashIn(Token[] tokens, int first, int last)
    {
        for (var index = first + 1; index < last; index++)
        {
            if (tokens[index].Text is "-" or "\u2013" or "\u2014" && tokens[index - 1].End < tokens[index].Start && tokens[index].End < tokens[index + 1].Start)
            {
                return index;
            }
        }

        return -1;
    }
}
