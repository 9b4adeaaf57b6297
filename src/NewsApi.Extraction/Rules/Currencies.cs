using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "131 Krona to the euro", "50,000 CFA Francs", "the New Zealand dollar": a currency is no entity by the annotation
/// conventions, and the tagger made capitalised ones people, places or organisations (Krona, Lira, Rupiah, CFA Francs and
/// the New Zealand dollar in the 3,741 Wikinews articles). Not names: a currency's word alone, or after a country's or
/// place's name, a nationality or a currency union ("Swiss Francs", "CFA Francs"); the place named in it stays a mention
/// of its own. Words that are given names or surnames too ("Rand", "Mark", "Pound", "Yuan") count only after such a name.
/// </summary>
internal static class Currencies
{
    // Words only currencies are called by, singular and plural.
    private static readonly FrozenSet<string> Alone = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "franc", "francs", "krona", "kronor", "króna", "krónur", "krone", "kroner", "lira", "lire", "rupiah", "rupee", "rupees",
        "peso", "pesos", "yen", "renminbi", "baht", "ringgit", "zloty", "zlotys", "forint", "forints", "koruna", "hryvnia",
        "tenge", "cedi", "cedis", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "rouble",
        "roubles", "ruble", "rubles", "shilling", "shillings", "kwacha", "euro", "euros", "dollar", "dollars",
    ]);

    // Currencies' words that are people's names when alone: a currency only after a nation's or a union's name.
    private static readonly FrozenSet<string> AfterANationOnly = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "rand", "mark", "marks", "pound", "pounds", "real", "reais", "won", "lev", "leu", "lei", "sol", "yuan", "naira",
    ]);

    private static readonly FrozenSet<string> Unions = FrozenSet.Create(StringComparer.Ordinal, ["CFA", "CFP", "EC"]);

    public static void Remove(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        // "US$250,000", "NZ$ 12 million", "AU$": a currency's sign, which the tagger read as the country (128 of the 3,741
        // Wikinews articles had a "US" made of such signs alone).
        mentions.RemoveAll(mention => !mention.IsCertain && mention.Text.Length <= 3 && mention.Text.All(char.IsAsciiLetterUpper)
            && texts.TryGetValue(mention.Field, out var text) && mention.End < text.Length && text[mention.End] == '$');
        var found = mentions.Where(mention => !mention.IsCertain && IsCurrency(mention.Text, gazetteer)).ToList();
        foreach (var currency in found)
        {
            mentions.Remove(currency);
            if (EventNames.PlaceOpening(currency, gazetteer) is { } place && !mentions.Any(other => other.Field == place.Field && other.Start == place.Start && other.End == place.End))
            {
                mentions.Add(place); // "New Zealand" of "the New Zealand dollar"
            }
        }
    }

    private static bool IsCurrency(string name, Gazetteer gazetteer)
    {
        var lastSpace = name.LastIndexOf(' ');
        var word = name[(lastSpace + 1)..];
        if (lastSpace < 0) return Alone.Contains(word) && !gazetteer.IsPlace(word);
        if (!Alone.Contains(word) && !AfterANationOnly.Contains(word)) return false;
        var before = name[..lastSpace];
        return Unions.Contains(before) || gazetteer.IsPlace(before) || gazetteer.CountryForDemonym(before) is not null; // a country is a listed place
    }
}
