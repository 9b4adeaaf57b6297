using System.Text.Json;
using NewsApi.Extraction.Entities;

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

    private static bool IsTrue(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
