using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "RAF Lossiemouth", "RAF Brize Norton", "Camp Bastion", "Camp Lejeune": the air force's or the army's letters or word and
/// then a place's name is a base, a place, which the tagger read as a person (a title and a surname). Not the force's own
/// parts or bodies ("RAF Regiment", "RAF Benevolent Fund").
/// </summary>
internal static class MilitaryBases
{
    private static readonly string[] Prefixes = ["RAF ", "Camp "];

    public static void Retype(List<NameMention> mentions)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: not EntityType.Place, IsCertain: false } mention && IsBase(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Place, Roles = [], TitledText = null };
            }
        }
    }

    private static bool IsBase(string name)
    {
        if (Prefixes.FirstOrDefault(prefix => name.StartsWith(prefix, StringComparison.Ordinal)) is not { } prefix) return false;
        var words = name[prefix.Length..].Split(' ');
        return words.Length <= 2 && words.All(NameWords.IsNameWord) && !words.Any(word => NameWords.IsOrganisationWord(word) || RoleWords.StartsTitle(word));
    }
}
