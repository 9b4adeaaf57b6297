using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Todmorden Sports Centre", "the Tanegashima Space Center", "the Metropolitan Detention Center": a centre whose word
/// before it says what is done in the building (sport, community events, launches, detention, shopping, conventions) is
/// a place, whatever the tagger or an acronym's definition read; a research, advisory or legal centre stays an
/// organisation ("the Kasikorn Research Center", "the Consumer Action Law Centre"), and is made one when the tagger or
/// a facility rule read it as a place. Its acronym is the same place.
/// "Centre" is an organisation cue, so the tagger and the rules had made 7 of the 11 such places in the fresh news sets
/// organisations.
/// </summary>
internal static class FacilityCentres
{
    private static readonly FrozenSet<string> BuildingUses = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Sports", "Sport", "Leisure", "Community", "Civic", "Shopping", "Convention", "Exhibition", "Aquatic", "Aquatics",
        "Recreation", "Space", "Detention", "Visitor", "Visitors", "Trade", "Transit", "Evacuation", "Arts",
    ]);

    // Work a body does rather than what people go to a building for.
    private static readonly FrozenSet<string> WorkDone = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Research", "Policy", "Law", "Legal", "Advice", "Advisory", "Studies", "Analysis", "Monitoring", "Documentation",
    ]);

    public static void Retype(List<NameMention> mentions)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Place, IsCertain: false } centre && IsCentreOf(centre.Text, WorkDone))
            {
                mentions[index] = centre with { Type = EntityType.Organisation };
            }
        }

        var buildings = mentions.Where(mention => mention.Type == EntityType.Organisation && IsBuilding(mention.Text))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        if (buildings.Count == 0)
        {
            return;
        }

        // Its acronym too: "the Taipei International Convention Center (TICC)".
        var acronyms = buildings.Select(NamePropagation.Initials).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Organisation } mention
                && (buildings.Contains(mention.Text) || acronyms.Contains(mention.Text)))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    public static bool IsBuilding(string name) => IsCentreOf(name, BuildingUses);

    /// <summary>A centre of three words or more whose word before "Centre" is one of <paramref name="uses"/>.</summary>
    private static bool IsCentreOf(string name, FrozenSet<string> uses)
    {
        if (!name.EndsWith("Centre", StringComparison.Ordinal) && !name.EndsWith("Center", StringComparison.Ordinal))
        {
            return false;
        }

        var words = name.Split(' ');
        return words.Length >= 3 && uses.Contains(words[^2]);
    }
}
