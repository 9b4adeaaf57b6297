namespace NewsApi.Extraction.Entities;

/// <summary>The names entity types go by outside the code: in the database, the API and the data files.</summary>
public static class EntityTypes
{
    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organisation => "organisation",
        EntityType.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    public static EntityType Parse(string name) => name switch
    {
        "person" => EntityType.Person,
        "organisation" => EntityType.Organisation,
        "place" => EntityType.Place,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown entity type."),
    };
}
