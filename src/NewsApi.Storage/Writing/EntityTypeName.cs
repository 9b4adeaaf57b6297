using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>The values of <c>entities.type</c>.</summary>
public static class EntityTypeName
{
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Place = "place";

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Organisation => Organisation,
        EntityType.Place => Place,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };
}
