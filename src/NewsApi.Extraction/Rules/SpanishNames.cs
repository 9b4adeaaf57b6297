using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Héctor Quispe Villanueva", later "Quispe": a Spanish name ends with two surnames, the father's then the mother's, and a
/// bare surname is the father's. A name of three words or more whose first is a listed given name and whose last two are
/// not ("Luis Carlos Cuéllar Polanía"); not "Sarah Jessica Parker" nor "Luiz Fernando Rocha", whose second last word is a
/// given name, nor a name with particles ("Thiago Henrique dos Santos").
/// </summary>
internal static class SpanishNames
{
    /// <summary>The father's surname of a two-surname name, or null.</summary>
    public static string? PaternalSurname(string name, Gazetteer gazetteer)
    {
        var words = name.Split(' ');
        if (words.Length < 3 || !IsGivenName(words[0], gazetteer) || IsGivenName(words[^2], gazetteer) || IsGivenName(words[^1], gazetteer)
            || words.Any(word => word.Length < 2 || !char.IsUpper(word[0]) || !WordChars.All(word, char.IsLetter))
            || gazetteer.IsPlace(words[^2]) || gazetteer.IsPeopleGroup(words[^2]) || gazetteer.IsPeopleGroup(words[^2] + "s") || gazetteer.CountryForDemonym(words[^2]) is not null) // "Akhil Bharat Hindu Mahasabha"
        {
            return null;
        }

        return words[^2];
    }

    private static bool IsGivenName(string word, Gazetteer gazetteer) => gazetteer.IsFirstNameAccentsAside(word);
}
