using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "promoted alongside [Leeds United and Sunderland]", "the [Guatemalan Army and National Police]", "[Korean Air and
/// Qantas]": two names the tagger read as one organisation because "and" joins them. Where each side is a name on its own
/// (a listed organisation, club, company or place, or two words or more ending in a body's head word such as Army,
/// Council, Service, Party, or beside such a body one word news writes only capitalised: "the Pentagon") and every word is capitalised, so "and" joins no words of one name ("Ministry of Posts and
/// Telecommunications", "Food and Drug Administration", "University and College Union" stay whole), each side is its own
/// name: a place when only the place list knows it, else an organisation, and a city's club beside a club. 4 articles of
/// the Wikinews archive had such a pair.
/// </summary>
internal static class JoinedNames
{
    private const string And = " and ";

    public static void Split(List<NameMention> mentions, Gazetteer gazetteer)
    {
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var mention = mentions[index];
            var at = mention.Text.IndexOf(And, StringComparison.Ordinal);
            if (mention.Type != EntityType.Organisation || mention.IsCertain || at < 0 || mention.Text.IndexOf(And, at + 1, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var (left, right) = (mention.Text[..at], mention.Text[(at + And.Length)..]);
            if (IsListed(mention.Text, gazetteer) || !(StandsAlone(left, gazetteer) || IsOneWordNameBesideBody(left, right, gazetteer))
                || !(StandsAlone(right, gazetteer) || IsOneWordNameBesideBody(right, left, gazetteer)))
            {
                continue;
            }

            // Beside a club, a city's name is its club: "Leeds United and Sunderland".
            var clubs = gazetteer.IsSportsClub(left) || gazetteer.IsSportsClub(right);
            mentions[index] = mention.Inside(clubs ? EntityType.Organisation : TypeOf(left, gazetteer), 0, at);
            mentions.Insert(index + 1, mention.Inside(clubs ? EntityType.Organisation : TypeOf(right, gazetteer), at + And.Length, mention.Text.Length));
        }
    }

    // Heads of a body's whole name; not words that go on into a longer one ("U.S. Securities and Exchange Commission",
    // "House Energy and Commerce", "Workplace Relations and Education Committee").
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Army", "Navy", "Police", "Force", "Forces", "Guard", "Council", "Board", "Ministry", "Department", "Service", "Division",
        "Office", "Agency", "Bank", "Party", "Court", "Commission", "Corporation", "Company", "Group", "United", "City",
    ]);

    private static bool StandsAlone(string name, Gazetteer gazetteer)
    {
        var words = name.Split(' ');
        return words.All(NameWords.IsCapitalised) && (IsListed(name, gazetteer) || (words.Length >= 2 && Heads.Contains(words[^1])));
    }

    /// <summary>
    /// "the [Pentagon and Defense Intelligence Agency]": one word that news writes only capitalised, beside a body's whole
    /// name, names something of its own, though no list holds it. Not a word of the name that "and" joins, which news writes
    /// in lower case too ("Competition and Consumer Authority", "Health and Safety Executive"), a given name ("the Bill and
    /// Melinda Gates Foundation"), a people or a party's adjective ("Danish and Norwegian Council").
    /// </summary>
    private static bool IsOneWordNameBesideBody(string name, string other, Gazetteer gazetteer) =>
        !name.Contains(' ') && NameWords.IsCapitalised(name) && !SentenceWords.IsCommonWord(name) && !gazetteer.IsFirstName(name)
        && !gazetteer.IsPlaceOrNationality(name) && !SentenceWords.IsAffiliation(name)
        && other.Split(' ') is { Length: >= 2 } words && words.All(NameWords.IsCapitalised) && Heads.Contains(words[^1]);

    private static bool IsListed(string name, Gazetteer gazetteer) =>
        gazetteer.IsListedBody(name) || gazetteer.IsPlace(name) || gazetteer.IsCountry(name);

    private static EntityType TypeOf(string name, Gazetteer gazetteer) =>
        !gazetteer.IsListedBody(name) && (gazetteer.IsPlace(name) || gazetteer.IsCountry(name)) ? EntityType.Place : EntityType.Organisation;
}
