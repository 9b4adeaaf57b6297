using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Alameda County District Attorney's Office", "the Prime Minister's Office": a title's office, capitalised, is an
/// organisation, which the tagger cut at the title ("Alameda County District"). The capitalised words before "'s" run
/// back to the name's start; the last of them is a title word. So is "the Office of the Indiana State Fire Marshal".
/// </summary>
internal static class OfficesOfTitles
{
    private const int MaxWords = 6;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        AddOfficesOfTheTitle(sentence, spans, found);
        for (var office = 2; office < tokens.Length; office++)
        {
            if (tokens[office].Text is not ("Office" or "Department") || tokens[office - 1].Text is not ("'s" or "’s")
                || !RoleWords.IsHead(tokens[office - 2].Text)) continue;

            var first = office - 2;
            while (first > 0 && office - first < MaxWords && char.IsUpper(tokens[first - 1].Text[0]) && tokens[first - 1].Text is not ("The" or "A")
                   && WordChars.All(tokens[first - 1].Text, char.IsLetter)) first--;
            if (MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[office].End) || MentionSpans.AnyReachingPast(spans, first, office + 1)) continue;

            found.Add(sentence.Mention(EntityType.Organisation, first, office + 1));
            foreach (var place in spans)
            {
                if (place.Type == EntityType.Place && place.FirstToken >= first && place.LastToken < office - 2)
                {
                    found.Add(sentence.Mention(EntityType.Place, place.FirstToken, place.LastToken + 1)); // "Alameda County" is a place of its own
                }
            }
        }
    }

    /// <summary>
    /// "the Office of the Indiana State Fire Marshal", "the Office of the Chief Medical Examiner": "Office of the" and
    /// capitalised words ending in a title's head, which the tagger cut to the place or the title inside.
    /// </summary>
    private static void AddOfficesOfTheTitle(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var office = 0; office + 4 < tokens.Length; office++)
        {
            if (tokens[office].Text != "Office" || tokens[office + 1].Text != "of" || tokens[office + 2].Text != "the") continue;
            var end = office + 3;
            while (end < tokens.Length && end - office < MaxWords + 3 && char.IsUpper(tokens[end].Text[0]) && WordChars.All(tokens[end].Text, char.IsLetter)) end++;
            if (end == office + 3 || !RoleWords.IsHead(tokens[end - 1].Text) || MentionSpans.AnyOverlaps(found, tokens[office].Start, tokens[end - 1].End)
                || MentionSpans.AnyReachingPast(spans, office, end)) continue;

            found.Add(sentence.Mention(EntityType.Organisation, office, end));
            office = end - 1;
        }
    }
}
