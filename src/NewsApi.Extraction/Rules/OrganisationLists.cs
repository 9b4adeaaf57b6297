using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Sony, Denso and Toyota Motor hold stakes": a one-word name the tagger took for a person, listed right beside an
/// organisation (", " or "and" between them), is an organisation too. Not a surname of someone the article names in full
/// ("Smith" of "John Smith"), a listed given name, a word of running text, a name with a title or role, or a name opening
/// a bracket.
/// </summary>
internal static class OrganisationLists
{
    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        HashSet<string>? surnames = null;
        var order = Enumerable.Range(0, mentions.Count).OrderBy(index => mentions[index].Field).ThenBy(index => mentions[index].Start).ToList();
        for (var position = 0; position < order.Count; position++)
        {
            var mention = mentions[order[position]];
            if (mention is not { Type: EntityType.Person, IsCertain: false, Roles.Count: 0, TitledText: null } || mention.Text.Contains(' ', StringComparison.Ordinal)
                || gazetteer.IsFirstName(mention.Text) || gazetteer.IsPeopleGroup(mention.Text) || SentenceWords.IsSentenceWord(mention.Text)
                || (mention.Start > 0 && texts[mention.Field][mention.Start - 1] == '(')) // "Judi Moylan (Pearce, Liberal)": her electorate
            {
                continue;
            }

            var listed = (position > 0 && IsListedBeside(mentions[order[position - 1]], mention, texts))
                || (position + 1 < order.Count && IsListedBeside(mention, mentions[order[position + 1]], texts));
            if (listed && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(mention.Text))
            {
                mentions[order[position]] = mention with { Type = EntityType.Organisation };
            }
        }
    }

    /// <summary>Whether one of the two mentions, next to each other in a sentence, is an organisation and only ", " or "and" comes between them.</summary>
    private static bool IsListedBeside(NameMention left, NameMention right, IReadOnlyDictionary<TextField, string> texts)
    {
        if (left.Field != right.Field || left.Sentence != right.Sentence || right.Start <= left.End
            || (left.Type != EntityType.Organisation && right.Type != EntityType.Organisation))
        {
            return false;
        }

        var between = texts[left.Field].AsSpan(left.End, right.Start - left.End);
        return between is ", " or " and " or ", and " or " & ";
    }
}
