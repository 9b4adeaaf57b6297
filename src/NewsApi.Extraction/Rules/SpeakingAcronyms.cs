using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "SENAPRED said six people had died", "first reported by TMZ", "according to the CSN": an acronym that speaks, reports or
/// is cited is a body (an organisation), though the tagger never saw it and the article never spells it out. Only
/// capitals (three to eight, "&amp;" allowed), next to no other word in capitals (a headline's "MARKETS SLAM"), not a
/// regnal number ("Charles III said"), a listed place or country ("the UAE said"), a title ("the CEO said"), a word
/// running text writes in lower case, or the end of a longer name ("Aer Lingus Group PLC said", "US-CERT said").
/// </summary>
internal static class SpeakingAcronyms
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "confirmed", "reported", "reports", "announced", "published", "issued", "estimated", "warned",
        "stated", "added", "urged", "ordered", "fined", "ruled",
    };

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal) { "PLC", "LLC", "INC", "LTD", "LLP" };

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 0; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            var before = index > 0 ? tokens[index - 1].Text : "";
            if (!IsCapitals(word) || IsCapitals(before) || IsCapitals(index + 1 < tokens.Count ? tokens[index + 1].Text : "")
                || before == "-" || (before.Length > 0 && char.IsUpper(before[0]) && before is not ("The" or "A")) // "US-CERT", "Aer Lingus Group PLC"
                || RoleWords.StartsTitle(word) || RoleWords.IsHead(word) || LegalForms.Contains(word) // "the CEO said"
                || !(SpeaksAfter(tokens, index) || IsCitedBefore(tokens, index))
                || MentionSpans.AnyTagged(spans, index, index) || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End)
                || SpeakerNames.IsRegnalNumber(word) || gazetteer.IsPlaceOrNationality(word) || SentenceWords.IsSentenceWord(word) || SentenceWords.IsCommonWord(word))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, index, index + 1));
        }
    }

    /// <summary>"TMZ published": a verb right after.</summary>
    private static bool SpeaksAfter(IReadOnlyList<Token> tokens, int index) => index + 1 < tokens.Count && Verbs.Contains(tokens[index + 1].Text);

    /// <summary>"according to the CSN", "reported by TMZ".</summary>
    private static bool IsCitedBefore(IReadOnlyList<Token> tokens, int index)
    {
        var before = index > 0 && tokens[index - 1].Text == "the" ? index - 1 : index;
        return (before >= 2 && tokens[before - 2].Text == "according" && tokens[before - 1].Text == "to")
            || (before >= 2 && tokens[before - 2].Text is "reported" or "published" or "confirmed" && tokens[before - 1].Text == "by");
    }

    private static bool IsCapitals(string word) =>
        word.Length is >= 3 and <= 8 && char.IsUpper(word[0]) && WordChars.All(word, c => char.IsUpper(c) || c == '&') && WordChars.Count(word, char.IsUpper) >= 3;
}
