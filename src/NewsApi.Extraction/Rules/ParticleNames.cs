using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Caroline van der Plas, leader of the Farmer-Citizen Movement": a listed given name, lower-case name particles and a
/// capitalised surname are a person, though the tagger, which seldom saw lower-case words inside a name, left it out; so
/// is any plain capitalised word before two particles ("Barend van der Walt").
/// Only where no tagged span or earlier rule touches the words.
/// </summary>
internal static class ParticleNames
{
    private const int MaxParticles = 2;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var given = 0; given + 2 < tokens.Length; given++)
        {
            if (!NameWords.IsNameParticle(tokens[given + 1].Text)) continue;

            var surname = given + 1;
            while (surname < tokens.Length && surname - given <= MaxParticles && NameWords.IsNameParticle(tokens[surname].Text)) surname++;
            // "van der", "von der", "van den" make a name of a given name no list holds too: "Barend van der Walt" (not Spanish
            // "de la", which places' and theatres' names have: "Gran Teatro de la Habana").
            if (!(gazetteer.IsFirstName(tokens[given].Text)
                  || (surname - given - 1 == MaxParticles && tokens[given + 1].Text is "van" or "von" && IsPlainGivenName(tokens, given, gazetteer))))
            {
                continue;
            }

            if (surname >= tokens.Length || !NameWords.IsCapitalised(tokens[surname].Text) || !WordChars.All(tokens[surname].Text, char.IsLetter)
                || MentionSpans.AnyTagged(spans, given, surname) || MentionSpans.AnyOverlaps(found, tokens[given].Start, tokens[surname].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Person, given, surname + 1));
            given = surname;
        }
    }

    /// <summary>A capitalised word that opens a name here: no sentence word, place or organisation's word, and no name before it.</summary>
    private static bool IsPlainGivenName(Token[] tokens, int index, Gazetteer gazetteer)
    {
        var word = tokens[index].Text;
        return NameWords.IsPlainPersonWord(word, gazetteer) && !SentenceWords.IsSentenceWord(word) && !SentenceWords.IsDateWord(word)
            && (index == 0 || !NameWords.IsCapitalised(tokens[index - 1].Text));
    }
}
