using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Irving Independent School District", "Lamesa ISD": an American school district is the body that runs a county's
/// or city's schools, an organisation (gum-dev's gold has one), though "District" ends places' names; the tagger read it
/// as a place, or "Lamesa ISD" as a person.
/// </summary>
internal static class SchoolDistricts
{
    private static readonly string[] Endings = [" School District", " ISD", " USD", " CISD"];

    public static void Retype(List<NameMention> mentions)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: not EntityType.Organisation } mention && Endings.Any(ending => mention.Text.EndsWith(ending, StringComparison.Ordinal)))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }
    }
}
