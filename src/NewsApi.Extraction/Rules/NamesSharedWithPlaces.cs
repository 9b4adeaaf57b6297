using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// A listed place's name alone that the article uses for someone or something else: the person whose surname it is
/// ("Mines Minister Paul Kabwe ... the union would meet Kabwe in Lusaka"), or the company whose name it opens ("Toyota"
/// in an article on "Toyota Motor Corp", "shares of Toyota"; "Sabadell" in one on "Banco Sabadell"). Not after a preposition of place ("in Kabwe", "the mayor
/// of Kabwe"), and never a country.
/// </summary>
internal static class NamesSharedWithPlaces
{
    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> fieldTexts, Gazetteer gazetteer)
    {
        var surnames = NameWords.SurnamesNamedInFull(mentions);
        var companies = mentions.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => NameWords.CompanyFirstWord(mention.Text) ?? NameWords.BankOwnName(mention.Text)).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is not { Type: EntityType.Place, IsCertain: false, IsTeam: false } mention || gazetteer.IsCountry(mention.Text)
                || !fieldTexts.TryGetValue(mention.Field, out var text))
            {
                continue;
            }

            if (surnames.Contains(mention.Text) && !NameWords.FollowsPlacePreposition(text, mention.Start))
            {
                mentions[index] = mention with { Type = EntityType.Person };
            }
            else if (companies.Contains(mention.Text) && !NameWords.FollowsPlacePreposition(text, mention.Start, ofCounts: false))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }
    }
}
