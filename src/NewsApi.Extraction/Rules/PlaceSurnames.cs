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
        // given name before it out of any span.
        for (var index = 0; index < joined.Count; index++)
        {
            var place = joined[index];
            if (place.Type != EntityType.Place || place.LastToken != place.FirstToken || place.FirstToken == 0
                || (index > 0 && joined[index - 1].LastToken >= place.FirstToken - 1) || !IsLoneGivenNameBefore(tokens, place.FirstToken, gazetteer))
            {
                continue;
            }

            if (ReferenceEquals(joined, spans)) joined = [.. spans];
            joined[index] = place with { Type = EntityType.Person, FirstToken = place.FirstToken - 1, Start = tokens[place.FirstToken - 1].Start };
        }

        return joined;
    }

    /// <summary>
    /// Whether the word before the one-word place at <paramref name="surname"/> is a listed given name written beside it, after
    /// nothing capitalised but a nationality or "The", and the place is followed by no capitalised word. Not a given name
    /// that is a place, a month or a common word too ("Jordan Amman", "7 July London bombings"), nor after "in".
    /// </summary>
    private static bool IsLoneGivenNameBefore(Token[] tokens, int surname, Gazetteer gazetteer)
    {
        var (given, before) = (tokens[surname - 1], surname >= 2 ? tokens[surname - 2].Text : null);
        return tokens[surname].Start == given.End + 1
            && gazetteer.IsFirstName(given.Text) && !gazetteer.IsPlaceOrNationality(given.Text) && !gazetteer.IsCountry(tokens[surname].Text)
            && !SentenceWords.IsDateWord(given.Text) && !SentenceWords.IsSentenceWord(given.Text)
            && (before is null || !char.IsUpper(before[0]) || Gazetteer.IsNationalityNoun(before) || gazetteer.CountryForDemonym(before) is not null || before == "The")
            && before is not ("in" or "at" or "from" or "near" or "to" or "of")
            && !(surname + 1 < tokens.Length && char.IsUpper(tokens[surname + 1].Text[0]));
    }
}
