using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// A listed place's name alone that the article uses for someone or something else: the person whose surname it is
/// ("Mines Minister Paul Kabwe ... the union would meet Kabwe in Lusaka"), or the company whose name it opens ("Toyota"
/// in an article on "Toyota Motor Corp", "shares of Toyota"; "Sabadell" in one on "Banco Sabadell"). Not after a preposition of place ("in Kabwe", "the mayor
/// of Kabwe"), and never a country. After "in", "near" and the like such a name is the place, even where the tagger,
/// remembering the person, read a person ("writer Jake Morrow in Houston" beside "Sen. Maria Houston"), and so is it
/// after "of" and a noun said of places ("the streets of Carrasco" beside "Isaías Carrasco"); it stays apart from the
/// person's mentions.
/// </summary>
internal static class NamesSharedWithPlaces
{
    // Before which a listed place is the place even where the tagger read the person: not "to", "from" or "at" ("a letter
    // from Houston", "talks at Kabwe's office").
    private static readonly FrozenSet<string> PlainPrepositionsOfPlace = FrozenSet.Create(StringComparer.Ordinal, ["in", "near", "outside", "across", "throughout"]);

    /// <summary>"in Houston", "the streets of Carrasco", not "in Houston's view".</summary>
    private static bool IsThePlace(string text, NameMention mention, bool offCounts = false) =>
        NameWords.WordBefore(text, mention.Start) is var before
        && (PlainPrepositionsOfPlace.Contains(before) || (offCounts && before == "off") || (before == "of" && FollowsPlaceNounAndOf(text, mention.Start)))
        && !(mention.End + 1 < text.Length && text[mention.End] is '\'' or '’' && text[mention.End + 1] == 's');

    /// <summary>"the streets of", "the outskirts of", "the mayor of": "of" after a noun said of places, not "the wife of".</summary>
    private static bool FollowsPlaceNounAndOf(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return TeamContext.IsPlaceNounBeforeOf(NameWords.WordBefore(text, end - "of".Length));
    }

    /// <summary>
    /// "struck off Sulawesi", "in Mindoro": one word, a listed place and no given name, that the tagger read as a person
    /// though the article names nobody of that surname. "off" counts here, where no person's surname competes.
    /// </summary>
    private static bool IsLonePlace(NameMention person, string text, Gazetteer gazetteer) =>
        !person.Text.Contains(' ') && !gazetteer.IsFirstName(person.Text) && IsThePlace(text, person, offCounts: true);

    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> fieldTexts, Gazetteer gazetteer)
    {
        var surnames = NameWords.SurnamesNamedInFull(mentions);
        var companies = mentions.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => NameWords.CompanyFirstWord(mention.Text) ?? NameWords.BankOwnName(mention.Text)).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Person, IsCertain: false, TitledText: null } person
                && gazetteer.IsPlace(person.Text) && !gazetteer.IsCountry(person.Text) && fieldTexts.TryGetValue(person.Field, out var personText)
                && (surnames.Contains(person.Text) ? IsThePlace(personText, person) : IsLonePlace(person, personText, gazetteer)))
            {
                mentions[index] = person with { Type = EntityType.Place, IsNamesakePlace = true };
                continue;
            }

            if (mentions[index] is not { Type: EntityType.Place, IsCertain: false, IsTeam: false } mention || gazetteer.IsCountry(mention.Text)
                || !fieldTexts.TryGetValue(mention.Field, out var text))
            {
                continue;
            }

            if (surnames.Contains(mention.Text))
            {
                mentions[index] = IsThePlace(text, mention) ? mention with { IsNamesakePlace = true }
                    : NameWords.FollowsPlacePreposition(text, mention.Start) ? mention
                    : mention with { Type = EntityType.Person };
            }
            else if (companies.Contains(mention.Text) && !NameWords.FollowsPlacePreposition(text, mention.Start, ofCounts: false))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }
    }
}
