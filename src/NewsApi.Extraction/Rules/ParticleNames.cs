using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Caroline van der Plas, leader of the Farmer-Citizen Movement": a listed given name, lower-case name particles and a
/// capitalised surname are a person, though the tagger, which seldom saw lower-case words inside a name, left it out.
/// Only where no tagged span or earlier rule touches the words.
/// </summary>
internal static class ParticleNames
{
    private const int MaxParticles = 2;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var given = 0; given + 2 < tokens.Count; given++)
        {
            if (!NameWords.IsNameParticle(tokens[given + 1].Text) || !gazetteer.IsFirstName(tokens[given].Text)) continue;

            var surname = given + 1;
            while (surname < tokens.Count && surname - given <= MaxParticles && NameWords.IsNameParticle(tokens[surname].Text)) surname++;
            if (surname >= tokens.Count || !NameWords.IsCapitalised(tokens[surname].Text) || !WordChars.All(tokens[surname].Text, char.IsLetter)
                || MentionSpans.AnyTagged(spans, given, surname) || MentionSpans.AnyOverlaps(found, tokens[given].Start, tokens[surname].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Person, given, surname + 1));
            given = surname;
        }
    }
}
