using System.Text.Json;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Seeder.Eval;

/// <summary>The entities of a bench gold file (`gold/NAME.json`, as `../shared/bench/gum-dev`) read as tagger training names.</summary>
internal static class GoldEntities
{
    private static readonly Dictionary<string, EntityType> Types = new(StringComparer.Ordinal)
    {
        ["person"] = EntityType.Person, ["organization"] = EntityType.Organisation, ["place"] = EntityType.Place,
    };

    /// <summary>
    /// Whether <paramref name="entity"/> is a name the corpora would tag, and its type: not a group of people ("Muslims")
    /// nor a name the gold counts only inside a longer one.
    /// </summary>
    public static bool IsTaggedName(JsonElement entity, out EntityType type)
    {
        type = default;
        return !IsTrue(entity, "nested_only") && !IsTrue(entity, "plural_group")
            && Types.TryGetValue(entity.GetProperty("type").GetString() ?? "", out type);
    }

    /// <summary>The mentions listed under the gold's tagged names (<see cref="IsTaggedName"/>), each with its entity's type.</summary>
    public static IEnumerable<(EntityType Type, JsonElement Mention)> TaggedMentions(JsonElement root)
    {
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            if (!IsTaggedName(entity, out var type)) continue;
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
            {
                yield return (type, mention);
            }
        }
    }

    /// <summary>Overlapping names flattened as the corpora mark them: the longest wins, then the earliest.</summary>
    public static List<AnnotatedName> Flattened(IEnumerable<AnnotatedName> candidates)
    {
        var names = new List<AnnotatedName>();
        foreach (var candidate in candidates.OrderByDescending(name => name.End - name.Start).ThenBy(name => name.Start))
        {
            if (!names.Exists(name => name.Start < candidate.End && candidate.Start < name.End)) names.Add(candidate);
        }

        return names;
    }

    private static bool IsTrue(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
