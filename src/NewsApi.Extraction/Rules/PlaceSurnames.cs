using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Governor Wilson Lima", "coach Paul Lagos": a surname that is also a listed place, which the tagger split off the given
/// name before it as a place of its own. A person's span ending in a listed given name, then right after it a one-word
/// place and no more capitalised words, is one person. Not a country ("Michael Jordan" is the tagger's to read whole).
/// </summary>
internal static class PlaceSurnames
{
    public static void Join(IReadOnlyList<Sentence> sentences, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        for (var index = 0; index + 1 < spans.Count; index++)
        {
            var (person, place) = (spans[index], spans[index + 1]);
            if (person.Type != EntityType.Person || place.Type != EntityType.Place || place.Sentence != person.Sentence
                || place.FirstToken != person.LastToken + 1 || place.LastToken != place.FirstToken)
            {
                continue;
            }

            var tokens = sentences[person.Sentence].Tokens;
            var (givenName, surname) = (tokens[person.LastToken], tokens[place.FirstToken]);
            var goesOn = place.LastToken + 1 < tokens.Count && char.IsUpper(tokens[place.LastToken + 1].Text[0]);
            if (surname.Start == givenName.End + 1 && gazetteer.IsFirstName(givenName.Text) && !gazetteer.IsCountry(surname.Text) && !goesOn)
            {
                spans[index] = person with { LastToken = place.LastToken, End = place.End, Confidence = Math.Min(person.Confidence, place.Confidence) };
                spans.RemoveAt(index + 1);
            }
        }
    }
}
