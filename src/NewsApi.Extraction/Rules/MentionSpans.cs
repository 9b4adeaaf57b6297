using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>Span tests on the mentions a sentence's rules have found so far, as loops: the rules run them for every token.</summary>
internal static class MentionSpans
{
    /// <summary>Whether a mention overlaps the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyOverlaps(List<NameMention> found, int start, int end)
    {
        foreach (var mention in found)
        {
            if (mention.Start < end && start < mention.End) return true;
        }

        return false;
    }
}
