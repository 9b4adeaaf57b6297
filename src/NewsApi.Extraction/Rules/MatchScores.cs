using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Al Ain 1-1 Al Hilal", "Denmark 31-28 Sweden": a result line names two teams with the score between them, which the
/// tagger, reading capitalised words around a number, may take for one name. A tagged name is cut at a score inside it.
/// </summary>
internal static class MatchScores
{
    public static IReadOnlyList<TaggedSpan> SplitAt(IReadOnlyList<TaggedSpan> spans, IReadOnlyList<Sentence> sentences)
    {
        List<TaggedSpan>? split = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var tokens = sentences[span.Sentence].Tokens;
            var score = ScoreIn(tokens, span.FirstToken + 1, span.LastToken);
            if (score.First < 0 && split is null) continue;
            split ??= [.. spans.Take(index)];
            if (score.First < 0)
            {
                split.Add(span);
                continue;
            }

            split.Add(Part(span, tokens, span.FirstToken, score.First - 1));
            if (score.End <= span.LastToken) split.Add(Part(span, tokens, score.End, span.LastToken));
        }

        return split ?? spans;
    }

    /// <summary>Whether a score starts at token <paramref name="at"/> ("Shabab Al-Ahli 2-0": the name does not go on into it).</summary>
    public static bool StartsAt(Token[] tokens, int at) => ScoreIn(tokens, at, Math.Min(tokens.Length, at + 3)).First == at;

    /// <summary>The first score in tokens [from, before): "1-1" as one token, or "31", a dash, "28"; (-1, -1) when none.</summary>
    private static (int First, int End) ScoreIn(Token[] tokens, int from, int before)
    {
        for (var i = from; i < before; i++)
        {
            var text = tokens[i].Text;
            if (!char.IsAsciiDigit(text[0])) continue;
            if (IsScore(text)) return (i, i + 1);
            if (i + 2 < before && IsGoals(text) && tokens[i + 1].Text is "-" or "–" && IsGoals(tokens[i + 2].Text)) return (i, i + 3);
        }

        return (-1, -1);
    }

    private static bool IsScore(string text) =>
        text.IndexOfAny(['-', '–']) is > 0 and var dash && IsGoals(text[..dash]) && IsGoals(text[(dash + 1)..]);

    private static bool IsGoals(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);

    private static TaggedSpan Part(TaggedSpan span, Token[] tokens, int first, int last) =>
        span with { FirstToken = first, LastToken = last, Start = tokens[first].Start, End = tokens[last].End };
}
