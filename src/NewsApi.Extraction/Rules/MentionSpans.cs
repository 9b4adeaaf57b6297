using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>Span tests on the mentions a sentence's rules have found so far, as loops: the rules run them for every token.</summary>
internal static class MentionSpans
{
    /// <summary>Whether a tagged span touches any of tokens [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public static bool AnyTagged(List<TaggedSpan> spans, int first, int last)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken <= last && span.LastToken >= first) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a tagged span touches any of tokens [<paramref name="first"/>, <paramref name="last"/>], other than a part of
    /// them typed otherwise than <paramref name="type"/>: the tagger's fragment of a name it missed ("Agostinho da [Costa]"
    /// as a firm), which gives way to the whole name. A part of that type is the name's start the tagger's span is read from.
    /// </summary>
    public static bool AnyTaggedButMistypedParts(List<TaggedSpan> spans, int first, int last, EntityType type)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken > last || span.LastToken < first) continue;
            var isPart = first <= span.FirstToken && span.LastToken <= last && span.LastToken - span.FirstToken < last - first;
            if (!isPart || span.Type == type) return true;
        }

        return false;
    }

    /// <summary>Whether a tagged span holds all of tokens [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public static bool AnyCovering(List<TaggedSpan> spans, int first, int last)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken <= first && span.LastToken >= last) return true;
        }

        return false;
    }

    /// <summary>The first tagged span holding token <paramref name="token"/>, if any.</summary>
    public static TaggedSpan? Covering(List<TaggedSpan> spans, int token)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken <= token && token <= span.LastToken) return span;
        }

        return null;
    }

    /// <summary>Whether a person's tagged span holds token <paramref name="token"/>.</summary>
    public static bool AnyPersonCovering(List<TaggedSpan> spans, int token)
    {
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && span.FirstToken <= token && token <= span.LastToken) return true;
        }

        return false;
    }

    /// <summary><paramref name="spans"/> with <paramref name="replacement"/> in place of the spans it overlaps, in token order.</summary>
    public static List<TaggedSpan> Replaced(List<TaggedSpan> spans, TaggedSpan replacement)
    {
        var replaced = new List<TaggedSpan>(spans.Count + 1);
        foreach (var span in spans)
        {
            if (span.LastToken < replacement.FirstToken || span.FirstToken > replacement.LastToken) replaced.Add(span);
        }

        replaced.Add(replacement);
        replaced.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return replaced;
    }

    /// <summary>Whether a tagged span overlaps tokens [<paramref name="first"/>, <paramref name="end"/>) and reaches past them: a longer name the tagger read.</summary>
    public static bool AnyReachingPast(List<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken < end && span.LastToken >= first && (span.FirstToken < first || span.LastToken >= end)) return true;
        }

        return false;
    }

    /// <summary>Whether a mention of <paramref name="field"/> overlaps its characters [<paramref name="start"/>, <paramref name="end"/>): for a document's mentions, where fields share offsets.</summary>
    public static bool AnyOverlaps(List<NameMention> mentions, TextField field, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Field == field && mention.Start < end && start < mention.End) return true;
        }

        return false;
    }

    /// <summary>Whether a mention overlaps the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyOverlaps(List<NameMention> found, int start, int end)
    {
        foreach (var mention in found)
        {
            if (mention.Start < end && start < mention.End) return true;
        }

        return false;
    }

    /// <summary>Adds a one-token mention of <paramref name="type"/> for each token <paramref name="isName"/> picks that no mention covers yet.</summary>
    public static void AddTokens(SentenceText sentence, List<NameMention> found, EntityType type, Func<Token[], int, bool> isName)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (isName(tokens, i) && !AnyOverlaps(found, tokens[i].Start, tokens[i].End))
            {
                found.Add(sentence.Mention(type, i, i + 1));
            }
        }
    }
}
