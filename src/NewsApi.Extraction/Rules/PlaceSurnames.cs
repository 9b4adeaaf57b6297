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

        // "Canadian Maher Arar", "the Maher Arar incident": the tagger read only the surname, as the place, and left the
        // given name before it out of any span. Not a given name that is a place, a month or a common word too ("Jordan
        // Amman", "7 July London bombings"), nor after "in".
        for (var index = 0; index < joined.Count; index++)
        {
            var place = joined[index];
            var given = place.FirstToken - 1;
            if (place.Type != EntityType.Place || place.LastToken != place.FirstToken || given < 0
                || (index > 0 && joined[index - 1].LastToken >= given) || tokens[place.FirstToken].Start != tokens[given].End + 1
                || !gazetteer.IsFirstName(tokens[given].Text) || gazetteer.IsPlaceOrNationality(tokens[given].Text) || gazetteer.IsCountry(tokens[place.FirstToken].Text)
                || SentenceWords.IsDateWord(tokens[given].Text) || SentenceWords.IsSentenceWord(tokens[given].Text) // "7 July London bombings"
                || (given > 0 && (char.IsUpper(tokens[given - 1].Text[0]) && !Gazetteer.IsNationalityNoun(tokens[given - 1].Text)
                    && gazetteer.CountryForDemonym(tokens[given - 1].Text) is null && tokens[given - 1].Text != "The"))
                || (given > 0 && tokens[given - 1].Text is "in" or "at" or "from" or "near" or "to" or "of")
                || (place.LastToken + 1 < tokens.Length && char.IsUpper(tokens[place.LastToken + 1].Text[0])))
            {
                continue;
            }

            if (ReferenceEquals(joined, spans)) joined = [.. spans];
            joined[index] = place with { Type = EntityType.Person, FirstToken = given, Start = tokens[given].Start };
        }

        return joined;
    }
}
