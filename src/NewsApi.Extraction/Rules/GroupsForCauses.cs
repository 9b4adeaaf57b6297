using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Mansfield Parents for Accountability", "Texas Citizens for Science", "Veterans for Peace": a body of people named by who
/// they are and what they are for, perhaps after their place. The tagger, which has seen few such names, reads the place
/// alone or nothing. Up to two capitalised words, a plural noun for members, "for", then up to four capitalised words
/// (with "and", "of" or "the" between them). Not inside a longer name ("Zimbabwe Association of Doctors for Human Rights"),
/// nor for a person ("Lawyers for Ana Ferraz said", "Lawyers for Siméus argued").
/// </summary>
internal static class GroupsForCauses
{
    private const int MaxWordsBefore = 2;
    private const int MaxCauseWords = 4;

    private static readonly FrozenSet<string> Members = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Parents", "Citizens", "Mothers", "Moms", "Fathers", "Families", "Residents", "Neighbors", "Neighbours", "Taxpayers", "Voters",
        "Students", "Teachers", "Doctors", "Physicians", "Nurses", "Scientists", "Veterans", "Women", "Americans", "Friends", "Advocates",
        "Christians", "Workers", "Lawyers", "Farmers", "Republicans", "Democrats", "Conservatives",
    ]);

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var member = 0; member + 2 < tokens.Length; member++)
        {
            if (!Members.Contains(tokens[member].Text) || tokens[member + 1].Text != "for" || !NameWords.IsNameWord(tokens[member + 2].Text)
                || (member > 1 && tokens[member - 1].Text == "of" && NameWords.IsCapitalised(tokens[member - 2].Text)) || gazetteer.IsFirstName(tokens[member + 2].Text))
            {
                continue;
            }

            var first = member;
            while (first > 0 && member - first < MaxWordsBefore && NameWords.IsNameWord(tokens[first - 1].Text)) first--;
            var cause = member + 2;
            var end = cause + 1;
            while (end < tokens.Length && end - cause < MaxCauseWords
                   && (NameWords.IsNameWord(tokens[end].Text) || (tokens[end].Text is "and" or "of" or "the" && end + 1 < tokens.Length && NameWords.IsNameWord(tokens[end + 1].Text))))
            {
                end++;
            }

            if (end == cause + 1 && first == member && (member == 0 || !NameWords.IsCapitalised(tokens[member - 1].Text))
                && !SentenceWords.IsCommonWord(tokens[cause].Text.ToLowerInvariant()) && !gazetteer.IsPlaceOrNationality(tokens[cause].Text))
            {
                continue; // "Lawyers for Siméus argued": one name after the members, and no place before them, is a person's
            }

            var group = sentence.Mention(EntityType.Organisation, first, end) with { IsCertain = true };
            if (!found.Any(group.Overlaps)) found.Add(group);
            member = end - 1;
        }
    }
}
