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
    /// <summary>The spans of one sentence (in token order), with each such person and place joined.</summary>
    public static List<TaggedSpan> Join(Token[] tokens, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        var joined = spans; // copied before the first change: most sentences have none
        for (var index = 0; index + 1 < joined.Count; index++)
        {
            var (person, place) = (joined[index], joined[index + 1]);
            if (person.Type != EntityType.Person || place.Type != EntityType.Place || place.FirstToken != person.LastToken + 1 || place.LastToken != place.FirstToken)
            {
                continue;
            }

            var (givenName, surname) = (tokens[person.LastToken], tokens[place.FirstToken]);
            var goesOn = place.LastToken + 1 < tokens.Length && char.IsUpper(tokens[place.LastToken + 1].Text[0]);
            if (surname.Start == givenName.End + 1 && gazetteer.IsFirstName(givenName.Text) && !gazetteer.IsCountry(surname.Text) && !goesOn)
            {
                if (ReferenceEquals(joined, spans)) joined = [.. spans];
                joined[index] = person with { LastToken = place.LastToken, End = place.End, Confidence = Math.Min(person.Confidence, place.Confidence) };
                joined.RemoveAt(index + 1);
            }
        }

        return joined;
    }
}
