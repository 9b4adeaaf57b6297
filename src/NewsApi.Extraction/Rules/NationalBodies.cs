using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Statistics Poland", "Cricket Australia", "Athletics Kenya": a national body named by its field and its country. The
/// tagger often reads only the country ("Tennis [Australia] said"); the body is the two words, an organisation, and the
/// country inside it comes back as a nested place (<see cref="NestedPlaces"/>). Likewise a body named by any name of its own
/// before a listed place: "Parks Victoria", "a Pulse Asia survey", "AirNav Indonesia said", "BBVA Argentina economist".
/// </summary>
internal static class NationalBodies
{
    private static readonly FrozenSet<string> FieldWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Statistics", "Cricket", "Tennis", "Rugby", "Athletics", "Swimming", "Cycling", "Hockey", "Netball", "Golf", "Sport",
        "Basketball", "Rowing", "Sailing", "Gymnastics", "Volleyball", "Football", "Skiing", "Boxing", "Universities", "Visit",
    ]);

    // Words that make a bigger or older place of the place, or an event, not a body: "Southeast Asia", "Nazi Germany".
    private static readonly FrozenSet<string> PlaceQualifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest",
        "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower", "Inner",
        "Outer", "Greater", "Great", "Grand", "Little", "Old", "New", "Mainland", "Metro", "Metropolitan", "Continental",
        "Rural", "Coastal", "Downtown", "Middle", "Far", "Near", "Deep", "Tropical", "Equatorial", "Sub-Saharan", "Latin",
        "Nazi", "Communist", "Imperial", "Soviet", "Fascist", "Occupied", "Colonial", "Ancient", "Modern", "Medieval",
        "Roman", "Ottoman", "Vichy", "Free", "Mount", "Mt", "Lake", "River", "Cape", "Port", "Fort", "Gulf", "Bay", "Saint",
        "St", "San", "Santa", "Sao", "São", "Isla", "Isle", "Baja", "Alta", "Nova", "Operation", "Battle", "Miss", "Rally",
        "Copa", "Tour", "Expo", "Saharan", "Arab", "Muslim", "Latino", "Christian", "Jewish", "Hindu", "Buddhist", "Sikh",
        "Catholic", "Protestant", "Orthodox", "Islamic", "Indigenous", "Aboriginal", "Black", "White", "N.", "S.", "E.", "W.",
        "No.", "NE", "NW", "SE", "SW", "Hotel", "Mister", "One", "Other", "Overseas", "Abroad", "Commanding",
    ]);

    // Of those, the ones that open an event's name.
    private static readonly FrozenSet<string> EventOpenings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Operation", "Battle", "Miss", "Mister", "Rally", "Copa", "Tour", "Expo",
    ]);

    private static readonly FrozenSet<string> Continents = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Africa", "America", "Americas", "Asia", "Europe", "Oceania", "North America", "South America", "Latin America",
    ]);

    /// <summary>Whether <paramref name="word"/> names a field such bodies are named by ("Cricket", "Statistics").</summary>
    public static bool IsFieldWord(string word) => FieldWords.Contains(word);

    /// <summary>
    /// The spans, with a country the tagger read alone after a field word, or a listed place after a body's own name,
    /// widened to the body's name.
    /// </summary>
    public static List<TaggedSpan> Widen(Token[] tokens, List<TaggedSpan> spans, Gazetteer gazetteer, HashSet<string> lowerCaseWords)
    {
        List<TaggedSpan>? widened = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var field = span.FirstToken - 1;
            if (span.FirstToken == span.LastToken && field >= 0 && FieldWords.Contains(tokens[field].Text)
                && gazetteer.IsCountry(tokens[span.FirstToken].Text) && (index == 0 || spans[index - 1].LastToken < field))
            {
                widened ??= [.. spans];
                widened[index] = span with { Type = EntityType.Organisation, FirstToken = field, Start = tokens[field].Start };
            }
            else if (span.Type == EntityType.Place && IsBodyBeforePlace(tokens, span, gazetteer))
            {
                widened ??= [.. spans];
                widened[index] = span with { Type = EntityType.Organisation };
            }
            else if (span.Type == EntityType.Organisation && QualifiedCountryStart(tokens, span, gazetteer) is { } countryFirst)
            {
                widened ??= [.. spans];
                widened[index] = span with { Type = EntityType.Place, FirstToken = countryFirst, Start = tokens[countryFirst].Start };
            }
            else if (span.Type == EntityType.Place && BodyNameStart(tokens, span, index == 0 ? -1 : spans[index - 1].LastToken, gazetteer, lowerCaseWords) is { } first)
            {
                widened ??= [.. spans];
                widened[index] = span with { Type = EntityType.Organisation, FirstToken = first, Start = tokens[first].Start };
            }
        }

        return widened ?? spans;
    }

    /// <summary>
    /// Where the name of a body that ends in the listed place <paramref name="span"/> starts: one to four capitalised words
    /// right before it ("and" or "&amp;" may join them) that no other span holds and that are no place, title, date,
    /// nationality, given name or qualifier of a place, nor a word the article writes in lower case ("While New Zealand").
    /// Not at a sentence's start for a word news writes in lower case ("Meanwhile Iraq", "Focus Ireland said" too: nothing
    /// tells them apart), and not in a title-case line. The words must look like a body's: written as no common word is
    /// ("BBVA", "AirNav"), a listed organisation or company ("Vodafone Greece"), two words or more with an organisation's
    /// word among them ("Export Development Canada"), or one word no lexicon lists before a country or continent ("Pulse
    /// Asia"): "Hotel Rwanda", "Quit India" and the person "Sol Trujillo" are none.
    /// </summary>
    private static int? BodyNameStart(Token[] tokens, TaggedSpan span, int previousEnd, Gazetteer gazetteer, HashSet<string> lowerCaseWords)
    {
        var place = string.Join(' ', Enumerable.Range(span.FirstToken, span.LastToken - span.FirstToken + 1).Select(position => tokens[position].Text));
        var isCountryOrContinent = gazetteer.IsCountry(place) || Continents.Contains(place);
        if (!isCountryOrContinent && !gazetteer.IsPlace(place))
        {
            return null;
        }

        int? first = null;
        for (var position = span.FirstToken - 1; position > previousEnd && span.FirstToken - position <= 4; position--)
        {
            var word = tokens[position].Text;
            if (first is not null && (word is "and" or "&") && position - 1 > previousEnd && IsBodyWord(tokens[position - 1].Text, gazetteer))
            {
                continue;
            }

            if (!IsBodyWord(word, gazetteer))
            {
                break;
            }

            first = position;
        }

        // "A Pulse Asia survey": a sentence's first word news writes in lower case opens no name.
        if (first is { } opening && IsSentenceStart(tokens, opening)
            && (SentenceWords.IsSentenceWord(tokens[opening].Text) || SentenceWords.IsCommonWord(tokens[opening].Text)
                || tokens[opening].Text.Length == 1 || lowerCaseWords.Contains(tokens[opening].Text.ToLowerInvariant())))
        {
            first = opening + 1 < span.FirstToken && char.IsUpper(tokens[opening + 1].Text[0]) ? opening + 1 : null;
        }

        if (first is not { } start || gazetteer.IsPlace(tokens[start].Text + " " + place) || gazetteer.IsFirstName(tokens[start].Text)
            || lowerCaseWords.Contains(tokens[start].Text.ToLowerInvariant()) || NameRules.IsTitleCase(tokens) || !WordChars.Any(place, char.IsLower))
        {
            return null;
        }

        var words = Enumerable.Range(start, span.FirstToken - start).Select(position => tokens[position].Text).Where(word => word is not ("and" or "&")).ToList();
        return IsBodyShaped(words[0]) || gazetteer.IsListedOrganisation(words[0]) || gazetteer.IsOneWordCompany(words[0])
            || (words.Count > 1 && words.Any(word => NameWords.IsOrganisationWord(word) || NameWords.IsOrganisationNoun(word)))
            || (words.Count == 1 && isCountryOrContinent
                && !SentenceWords.IsSentenceWord(words[0]) && !SentenceWords.IsCommonWord(words[0]))
            ? start
            : null;
    }

    /// <summary>
    /// "patients in [NHS Scotland]", "[UNICEF Nigeria] said": a place's span the tagger opened with a body's capitals; not
    /// a listed place whose name opens so ("DR Congo").
    /// </summary>
    private static bool IsBodyBeforePlace(Token[] tokens, TaggedSpan span, Gazetteer gazetteer)
    {
        if (span.LastToken == span.FirstToken || !IsBodyShaped(tokens[span.FirstToken].Text) || !IsBodyWord(tokens[span.FirstToken].Text, gazetteer))
        {
            return false;
        }

        string Words(int first) => string.Join(' ', Enumerable.Range(first, span.LastToken - first + 1).Select(position => tokens[position].Text));
        var place = Words(span.FirstToken + 1);
        return (gazetteer.IsCountry(place) || gazetteer.IsPlace(place) || Continents.Contains(place)) && !gazetteer.IsPlace(Words(span.FirstToken));
    }

    /// <summary>
    /// "[Catholic Poland]", "[Imperial Japan]", "the film [Hotel Rwanda]" read as a body: words that make no body before a
    /// country or continent (<see cref="PlaceQualifiers"/>) name the country, which is the place, the words staying apart
    /// from it; the whole when the lists know it as a place ("Port Sudan"). Not an event's words ("Copa America", "Rally
    /// Australia"), which name no country. Null when the span is no such name.
    /// </summary>
    private static int? QualifiedCountryStart(Token[] tokens, TaggedSpan span, Gazetteer gazetteer)
    {
        string Words(int first) => string.Join(' ', Enumerable.Range(first, span.LastToken - first + 1).Select(position => tokens[position].Text));
        for (var first = span.FirstToken + 1; first <= span.LastToken && PlaceQualifiers.Contains(tokens[first - 1].Text)
             && !EventOpenings.Contains(tokens[first - 1].Text); first++)
        {
            var place = Words(first);
            if (!gazetteer.IsCountry(place) && !Continents.Contains(place)) continue;
            var whole = Words(span.FirstToken);
            if (gazetteer.IsListedBody(whole)) return null;
            return gazetteer.IsPlace(whole) || gazetteer.IsCountry(whole) ? span.FirstToken : first;
        }

        return null;
    }

    // "BBVA", "AirNav", "UnitingCare": capitals where no common word or given name has them.
    private static bool IsBodyShaped(string word) =>
        word.Length > 1 && (WordChars.All(word, c => !char.IsLower(c)) || word.Skip(1).Any(char.IsUpper));

    private static bool IsBodyWord(string word, Gazetteer gazetteer) =>
        char.IsUpper(word[0]) && WordChars.All(word, c => char.IsLetterOrDigit(c) || c is '-' or '&' or '.')
        && !PlaceQualifiers.Contains(word) && !SentenceWords.IsDateWord(word) && !SentenceWords.IsAffiliation(word)
        && !RoleWords.StartsTitle(word) && !gazetteer.IsPlaceOrNationality(word) && !Gazetteer.IsNationalityNoun(word);

    private static bool IsSentenceStart(Token[] tokens, int position) =>
        Enumerable.Range(0, position).All(before => !WordChars.Any(tokens[before].Text, char.IsLetterOrDigit));
}
