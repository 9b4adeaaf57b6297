using System.Collections.Frozen;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Caroline van der Plas, leader of the Farmer-Citizen Movement": a listed given name, lower-case name particles and a
/// capitalised surname are a person, though the tagger, which seldom saw lower-case words inside a name, left it out; so
/// is any plain capitalised word before two particles ("Barend van der Walt").
/// Only where no earlier rule or tagged span touches the words, but for a part of the name tagged as no person: the tagger's
/// fragment of it ("[Barend] van der Walt" as a place), which gives way.
/// </summary>
internal static class ParticleNames
{
    private const int MaxParticles = 2;

    // Irish surnames' particles, capitalised: "Barra Ó Dálaigh", "Judge Máire Ní Chonghaile", "Nuala Nic Giolla". Not "Mac",
    // which is a computer's name as often ("the Apple Mac Pro").
    private static readonly FrozenSet<string> IrishParticles = FrozenSet.Create(StringComparer.Ordinal, ["Ó", "Ní", "Nic", "Uí", "Ua", "Mhic"]);

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var given = 0; given + 2 < tokens.Length; given++)
        {
            // An Irish particle is capitalised and comes alone: "Barra Ó Dálaigh", which the tagger split.
            var irish = IrishParticles.Contains(tokens[given + 1].Text);
            if (!irish && !NameWords.IsNameParticle(tokens[given + 1].Text)) continue;

            var surname = irish ? given + 2 : given + 1;
            while (!irish && surname < tokens.Length && surname - given <= MaxParticles && NameWords.IsNameParticle(tokens[surname].Text)) surname++;
            // "van der", "von der", "van den" make a name of a given name no list holds too: "Barend van der Walt" (not Spanish
            // "de la", which places' and theatres' names have: "Gran Teatro de la Habana").
            var isGivenName = irish
                ? NameWords.IsCapitalised(tokens[given].Text) && WordChars.All(tokens[given].Text, char.IsLetter) && (gazetteer.IsFirstName(tokens[given].Text) || IsPlainGivenName(tokens, given, gazetteer))
                : gazetteer.IsFirstName(tokens[given].Text)
                  || (surname - given - 1 == MaxParticles && tokens[given + 1].Text is "van" or "von" && IsPlainGivenName(tokens, given, gazetteer));
            if (!isGivenName)
            {
                continue;
            }

            if (surname >= tokens.Length || !NameWords.IsCapitalised(tokens[surname].Text) || !WordChars.All(tokens[surname].Text, char.IsLetter)
                || MentionSpans.AnyTaggedButMistypedParts(spans, given, surname, EntityType.Person) || MentionSpans.AnyOverlaps(found, tokens[given].Start, tokens[surname].End))
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Person, given, surname + 1));
            given = surname;
        }
    }

    /// <summary>
    /// "Del Rio, 42, has a 14-18 record" after "Jack Del Rio": the tagger tagged "Rio" alone (a capitalised particle reads as
    /// a sentence's first word), but the person's surname is "Del Rio", so the mention takes the particles written right
    /// before it. The particles must be the surname's own, in any case ("Van der Wal said" after "Christianne van der Wal").
    /// </summary>
    public static void ExtendSurnames(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        var surnames = NameWords.ParticleSurnames(mentions);
        if (surnames.Count == 0) return;

        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention.Type != EntityType.Person || mention.Text.Contains(' ', StringComparison.Ordinal) || !texts.TryGetValue(mention.Field, out var text)) continue;
            foreach (var surname in surnames)
            {
                if (!surname.EndsWith(" " + mention.Text, StringComparison.Ordinal)) continue;

                var particles = surname[..(surname.Length - mention.Text.Length)];
                if (mention.Start < particles.Length
                    || !text.AsSpan(mention.Start - particles.Length, particles.Length).Equals(particles, StringComparison.OrdinalIgnoreCase)
                    || (mention.Start > particles.Length && char.IsLetterOrDigit(text[mention.Start - particles.Length - 1]))
                    || mentions.Any(other => other != mention && other.Field == mention.Field && other.End > mention.Start - particles.Length && other.Start < mention.Start))
                {
                    continue;
                }

                var start = mention.Start - particles.Length;
                mentions[index] = mention with { Start = start, Text = text[start..mention.End] };
                break;
            }
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
