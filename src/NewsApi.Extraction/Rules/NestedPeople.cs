using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Simon Fraser University", "Rod Laver Arena", "John F. Kennedy International Airport", "the Walt Disney Company": a
/// person named inside the name of a body or building is a person of the article too, as the annotation conventions
/// count nested names (GUM: "Mary &amp; Leigh Block" in the museum's name). Only two or three words that open the name with
/// a listed given name, before the head word (or a qualifier such as "International" or "Memorial" before it); one word
/// alone ("Kenyatta University", "Toronto Star") could as well be a place. Not where the article names the surname on its
/// own ("Disney" beside "the Walt Disney Company" is the company).
/// </summary>
internal static class NestedPeople
{
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "University", "College", "School", "Institute", "Arena", "Stadium", "Airport", "Hospital", "Centre", "Center", "Circle",
        "Museum", "Foundation", "Company", "Memorial", "Library", "Hall", "Bay", "Prize", "Award", "Trust",
    ]);

    // Words between the person and the head: "John F. Kennedy [International] Airport", "Nnamdi Azikiwe [Memorial] Stadium".
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "International", "Memorial", "National", "Regional", "Medical", "Art", "Teaching", "Community", "Sports", "Science",
        "Presidential", "State", "Technical", "Children's", "Peace",
    ]);

    // Listed given names that open bodies' names as common adjectives: "Royal Darwin Hospital", "Grand Valley State University".
    private static readonly FrozenSet<string> NotPeople = FrozenSet.Create(StringComparer.Ordinal, ["Royal", "Imperial", "Grand", "Great", "New", "Saint"]);

    public static IEnumerable<NameMention> Find(IReadOnlyList<NameMention> mentions, Gazetteer gazetteer)
    {
        // Most articles name no body or building so: the article's names are gathered only for one that does.
        HashSet<string>? written = null, people = null;
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person || mention.NormalText is not null || !Heads.Contains(mention.Text[(mention.Text.LastIndexOf(' ') + 1)..])) continue;
            var words = mention.Text.Split(' ');
            if (words.Length < 3 || !gazetteer.IsFirstName(words[0]) || gazetteer.IsPlaceOrNationality(words[0])
                || RoleWords.StartsTitle(words[0]) || NotPeople.Contains(words[0])) continue; // not "London Heathrow Airport", "Queen Mary University"

            var end = 1;
            while (end < words.Length - 1 && !Qualifiers.Contains(words[end]) && !Heads.Contains(words[end])) end++;
            if (end is < 2 or > 3 || !words[end..^1].All(Qualifiers.Contains) || !words[..end].All(IsPersonWord)) continue;

            var person = string.Join(' ', words[..end]);
            written ??= mentions.Select(other => other.Text).ToHashSet(StringComparer.Ordinal);
            people ??= mentions.Where(other => other.Type == EntityType.Person).Select(other => other.Text).ToHashSet(StringComparer.Ordinal);
            // Not where the article writes the surname alone: "Disney" there is the company, and would join the person.
            if (people.Contains(person) || written.Contains(words[end - 1]) || gazetteer.IsPlace(person) || gazetteer.IsListedOrganisation(person)
                || (NameWords.IsFacilityWord(words[end - 1]) && !NameLists.Default.IsSurname(words[end - 1]))) continue; // "Ise Valley Hospital": a valley's
            yield return mention.Inside(EntityType.Person, 0, person.Length);
        }
    }

    /// <summary>
    /// A capitalised word of letters that news does not write in lower case, or an initial ("F."): not "Ford Motor
    /// Company", "Harvard Law School", "Santa Ana High School", "Elton John AIDS Foundation".
    /// </summary>
    private static bool IsPersonWord(string word) =>
        NameWords.IsInitials(word)
        || (NameWords.IsCapitalised(word) && word.All(char.IsLetter) && word.Skip(1).Any(char.IsLower) && !SentenceWords.IsCommonWord(word)
            && !SentenceWords.IsSentenceWord(word) && !NameWords.IsOrganisationWord(word));
}
