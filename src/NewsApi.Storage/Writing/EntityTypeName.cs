using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>The values of <c>entities.type</c>.</summary>
public static class EntityTypeName
{
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Place = "place";

    public static string Of(EntityType type) => EntityTypes.Name(type);
}
