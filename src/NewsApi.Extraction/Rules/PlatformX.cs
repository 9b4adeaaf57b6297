using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "said on X that", "congratulated her on X,", "X, formerly Twitter", "the social media platform X": the letter names the
/// platform (an organisation), which the tagger, having never seen it, leaves out. Only "on X" at a clause's end or before
/// "that", the platform's former name beside it, or a platform word right before it: "Malcolm X", "Generation X" and
/// "Part X" are never read.
/// </summary>
internal static class PlatformX
{
    private static readonly FrozenSet<string> AfterOnX = FrozenSet.Create(StringComparer.Ordinal,
    [
        ",", ".", ";", ":", "that", "and", "in", "on", "after", "late", "early", "saying", "calling", "—", "'s", "\u2019s", ")",
    ]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 0; index < tokens.Length; index++)
        {
            if (tokens[index].Text != "X" || MentionSpans.AnyTagged(spans, index, index)
                || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End))
            {
                continue;
            }

            var before = index > 0 ? tokens[index - 1].Text : "";
            var onX = before == "on" && (index + 1 == tokens.Length || AfterOnX.Contains(tokens[index + 1].Text));
            var named = before is "platform" or "network" || IsFormerlyTwitter(tokens, index + 1);
            if (onX || named) found.Add(sentence.Mention(EntityType.Organisation, index, index + 1));
        }
    }

    /// <summary>", formerly Twitter" or "(formerly Twitter)" right after.</summary>
    private static bool IsFormerlyTwitter(Token[] tokens, int after) =>
        after + 2 < tokens.Length && tokens[after].Text is "," or "(" && tokens[after + 1].Text is "formerly" or "previously"
        && (tokens[after + 2].Text == "Twitter" || (tokens[after + 2].Text == "known" && after + 4 < tokens.Length && tokens[after + 4].Text == "Twitter"));
}
