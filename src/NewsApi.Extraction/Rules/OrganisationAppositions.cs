using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Drewry, a London-based shipping consultancy, said", "advised by Lazard, an investment bank": a name the tagger never
/// saw is an organisation when an apposition right after it says what kind (<see cref="NameWords.IsOrganisationApposition"/>).
/// One to three capitalised words before the comma, none tagged, not a place, a country, a nationality or a people
/// ("26 Americans, a CIA-led team"), not starting with a listed given name ("Paul Douglas, a camera operator").
/// </summary>
internal static class OrganisationAppositions
{
    private const int MaxNameWords = 3;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var comma = 1; comma + 2 < tokens.Length; comma++)
        {
            if (tokens[comma].Text != "," || !NameWords.IsOrganisationApposition(tokens, comma)) continue;

            var first = comma;
            while (first > 0 && comma - first < MaxNameWords && NameWords.IsCapitalised(tokens[first - 1].Text) && tokens[first - 1].Text.Length > 1)
            {
                first--;
            }

            if (first == comma || (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text)) || GoesOnBefore(tokens, first)) continue;
            // "Meanwhile Drewry, a ..." never names "Meanwhile"; "Global Witness, the ..." is named by both words.
            if (first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text) && !(comma > 1 && SentenceWords.IsSentenceWord(tokens[1].Text))) first++;
            if (first == comma) continue;

            var name = sentence.Slice(first, comma);
            if (gazetteer.IsPlaceOrNationality(name) || gazetteer.IsPeopleGroup(name) || SentenceWords.IsDateWord(name) || gazetteer.IsFirstName(tokens[first].Text))
            {
                continue;
            }

            if (!MentionSpans.AnyTagged(spans, first, comma - 1) && !MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[comma - 1].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, comma));
            }
        }
    }

    /// <summary>"Australian Centre for [Languages]", "Entregadores por [Aplicativo]": the words end a longer name.</summary>
    private static bool GoesOnBefore(Token[] tokens, int first) =>
        first >= 2 && tokens[first - 1].Text is "of" or "for" or "and" or "on" or "&" or "de" or "do" or "dos" or "da" or "das" or "des" or "du"
            or "del" or "la" or "por" or "para" && NameWords.IsCapitalised(tokens[first - 2].Text);
}
