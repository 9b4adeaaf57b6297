namespace NewsApi.Features.Entities;

/// <summary>One of the three entity types, with the route and words its endpoints use.</summary>
public sealed record EntityKind(string Type, string Route, string Plural, string Singular)
{
    public static readonly EntityKind Person = new("person", "people", "People", "Person");
    public static readonly EntityKind Organisation = new("organisation", "organisations", "Organisations", "Organisation");
    public static readonly EntityKind Place = new("place", "places", "Places", "Place");

    public static IReadOnlyList<EntityKind> All { get; } = [Person, Organisation, Place];

    /// <summary>"a person", "an organisation", "a place": for sentences about one of them.</summary>
    public string OneOf => $"{("aeiou".Contains(Type[0], StringComparison.Ordinal) ? "an" : "a")} {Type}";
}
