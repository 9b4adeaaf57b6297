using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Libertarian", "Communist", "Socialist" alone are no people: a party's adjective names a member or the party. As the
/// annotation conventions count it, it is a mention of the party when the article names a party with that word
/// ("the Libertarian candidate" beside "the Libertarian Party"; the alias merger joins the two), and no entity
/// otherwise. The tagger made "Libertarian" a person in 37 archive articles (a list of Ontario's parties: "Family
/// Coalition, Freedom, Communist, Libertarian, and Confederation of Regions parties"), and "Liberal MP", "the
/// Republican nominee" an organisation (or place) "Liberal" or "Republican" in about 50 that name no such party.
/// "Labour", "Labor" and "Tory" name a party on their own, and only stop being people here.
/// </summary>
internal static class PartyAdjectives
{
    // Adjectives that are no party's name alone, whatever the tagger typed them.
    private static readonly FrozenSet<string> OnlyAdjectives = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Libertarian", "Communist", "Socialist", "Liberal", "Conservative", "Democrat", "Republican", "Green", "Nationalist",
        "Unionist",
    ]);

    // What is no person: those, members in the plural, and the parties named by one word.
    private static readonly HashSet<string> Adjectives = new(
        OnlyAdjectives.Concat(["Libertarians", "Communists", "Socialists", "Nationalists", "Unionists", "Tory", "Labour", "Labor"]),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a party's adjective that names no party alone ("Liberal", not "Labour").</summary>
    public static bool IsOnlyAdjective(string word) => OnlyAdjectives.Contains(word);

    public static void Retype(NewsDocument document, List<NameMention> mentions)
    {
        if (!mentions.Exists(mention => IsAdjectiveMention(document, mention)))
        {
            return; // most articles: nothing to build the sets below for
        }

        var partyWords = mentions.Where(mention => mention.Type == EntityType.Organisation && mention.Text.Contains(' ', StringComparison.Ordinal))
            .SelectMany(mention => mention.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var surnames = NameWords.SurnamesNamedInFull(mentions); // "Mr Green" of Damian Green
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var mention = mentions[index];
            if (!IsAdjectiveMention(document, mention) || mention.IsCertain || surnames.Contains(mention.Text))
            {
                continue;
            }

            if (partyWords.Contains(mention.Text) || partyWords.Contains(mention.Text.TrimEnd('s')))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
            else
            {
                mentions.RemoveAt(index);
            }
        }
    }

    // Party adjectives that describe what follows them: "Republican Senate leaders", "the Democratic House".
    private static readonly FrozenSet<string> Affiliations = OnlyAdjectives.Concat(["Democratic", "Labour", "Labor", "Tory"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a party's adjective that describes the name after it ("Republican Senate").</summary>
    public static bool IsAffiliation(string word) => Affiliations.Contains(word);

    // What a party adjective before it leaves generic: "the Liberal Government", "Republican Representatives".
    private static readonly FrozenSet<string> GenericAfterAffiliation = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Government", "Administration", "Representatives", "Caucus", "Leader", "Leadership",
    ]);

    /// <summary>
    /// "Republican Senate leaders", "the Republican Iowa caucuses", "Republican Duncan Hunter", "the Liberal Government": a
    /// party's adjective before a chamber, a place, a person or a generic word, which the tagger read as one name (about
    /// 20 archive articles), describes it and is no part of its name. Not a name that is a place whole ("Democratic
    /// Republic of Congo") or a body's ("Republican National Committee", "Liberal Democrats").
    /// </summary>
    public static void StripAffiliations(List<NameMention> mentions, Gazetteer gazetteer)
    {
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var mention = mentions[index];
            if (mention.IsCertain || mention.Text.IndexOf(' ', StringComparison.Ordinal) is not (> 0 and var space)
                || !Affiliations.Contains(mention.Text[..space]) || gazetteer.IsPlace(mention.Text) || gazetteer.IsCountry(mention.Text))
            {
                continue;
            }

            var rest = mention.Text[(space + 1)..];
            if (GenericAfterAffiliation.Contains(rest))
            {
                mentions.RemoveAt(index);
                continue;
            }

            var words = rest.Split(' ');
            EntityType? described = Legislatures.IsChamber(rest) || rest is "Congress" or "Parliament" ? EntityType.Organisation
                : gazetteer.IsPlace(rest) || gazetteer.IsCountry(rest) ? EntityType.Place
                : words.Length is 2 or 3 && gazetteer.IsFirstName(words[0]) && !RoleWords.StartsTitle(words[0]) && !gazetteer.IsPlace(words[0])
                    && words.All(NameWords.IsCapitalised) ? EntityType.Person
                : null;
            if (described is { } type)
            {
                mentions[index] = mention with { Type = type, Start = mention.Start + space + 1, Text = rest, TitledText = null };
            }
        }
    }

    // An organisation (or place) only when no capitalised word but a title follows ("Liberal MP"): "Liberal Democrat
    // leader" is a party's name the tagger cut short, which archive resolution still joins to the Liberal Democrats.
    private static bool IsAdjectiveMention(NewsDocument document, NameMention mention) =>
        (mention.Type == EntityType.Person && Adjectives.Contains(mention.Text))
        || (mention.Type != EntityType.Person && OnlyAdjectives.Contains(mention.Text) // "(Queensland, Liberal)" was a place too
            && !GoesOnAsName(WordChars.NextWord(document.TextOf(mention.Field), mention.End)));

    private static bool GoesOnAsName(string nextWord) => nextWord.Length > 0 && char.IsUpper(nextWord[0]) && !RoleWords.StartsTitle(nextWord);
}
