using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Howard Government", "the Obama Administration": as the annotation conventions have it, the leader's name used
/// as a modifier is a mention of the leader, and the government no entity of its own. Applied when the article names a
/// person of that surname; the tagger made "Howard Government" an organisation or a person in 6 archive articles.
/// </summary>
internal static class LeaderGovernments
{
    public static void Retype(List<NameMention> mentions)
    {
        if (!mentions.Exists(mention => mention.Text.EndsWith(" Government", StringComparison.Ordinal) || mention.Text.EndsWith(" Administration", StringComparison.Ordinal)))
        {
            return;
        }

        var surnames = NameWords.SurnamesNamedInFull(mentions);
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (mention.Type != EntityType.Place && space > 0 && mention.Text[(space + 1)..] is "Government" or "Administration"
                && surnames.Contains(mention.Text[..space]))
            {
                mentions[index] = mention with { Type = EntityType.Person, End = mention.Start + space, Text = mention.Text[..space] };
            }
        }
    }
}
