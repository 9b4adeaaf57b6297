using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "executive director of the Digital Rights Foundation", "the Polish Tennis Association said": one to three capitalised
/// words and a word that heads institutions' names name an organisation, which the tagger, never having seen the name,
/// can leave out. Only in running text (a headline capitalises every word), only where no tagged span or earlier rule
/// touches the words, and not where the name goes on ("Foundation for ...": the tagger's and the complement rules' work).
/// </summary>
internal static class InstitutionNames
{
    private const int MaxOwnWords = 3;

    // Heads only institutions have: not "Center", "Court" or "House", which name places and buildings as often.
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Foundation", "Association", "Institute", "Institution", "Council", "Commission", "Committee", "Federation", "Society",
        "Union", "Alliance", "Coalition", "Trust", "Authority", "Agency", "Bureau", "Ministry", "Directorate", "Secretariat",
        "Tribunal", "Party", "Movement", "Academy", "University", "Confederation", "Syndicate", "Consortium", "Observatory",
    };

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        if (sentence.Field == TextField.Headline) return;

        for (var head = 1; head < tokens.Count; head++)
        {
            if (!Heads.Contains(tokens[head].Text) || (head + 1 < tokens.Count && GoesOn(tokens, head + 1))) continue;

            var first = head;
            while (first > 0 && head - first < MaxOwnWords && IsOwnWord(tokens[first - 1].Text)) first--;
            if (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text)) continue; // a longer name than this rule reads
            if (first > 1 && tokens[first - 1].Text is "the" or "of" or "and" && NameWords.IsCapitalised(tokens[first - 2].Text)) continue; // "Stop the War Coalition"
            if ((first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)) || tokens[first].Text is "The" or "A" or "An") first++; // "Rival Meridia Union", "The Commission"
            if (first == head || gazetteer.IsFirstName(tokens[first].Text) && head - first == 1) continue; // "Party", "Ruth Society"

            if (!MentionSpans.AnyTagged(spans, first, head) && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[head].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, head + 1));
            }
        }
    }

    /// <summary>"Foundation [for Human Rights]", "Union [of Journalists]", "Party [Leader]": the name, or a title, goes on.</summary>
    private static bool GoesOn(IReadOnlyList<Token> tokens, int next) =>
        NameWords.IsCapitalised(tokens[next].Text) || tokens[next].Text is "of" or "for" or "on" or "and" or "&" or "-";

    private static bool IsOwnWord(string word) =>
        word.Length > 1 && NameWords.IsNameWord(word) && !Heads.Contains(word) && !SentenceWords.IsDateWord(word);
}
