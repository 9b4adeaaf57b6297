namespace NewsApi.Extraction.Entities;

/// <summary>What an entity is. Everything that differs by type reads the type's row in <see cref="EntityTypes.All"/>.</summary>
public enum EntityType
{
    Person,
    Organisation,
    Place,
}

/// <summary>One entity type and the words it goes by outside the code.</summary>
/// <param name="Name">In the database (entities.type, which a migration's CHECK constraint lists), the API (type fields, the /articles filter and facet) and data files.</param>
/// <param name="Route">Its API path: /people.</param>
/// <param name="Plural">Its OpenAPI tag and operation names (ListPeople); lower-cased in sentences and seed counts.</param>
/// <param name="Singular">Operation names (GetPerson) and problem titles ("Person not found").</param>
/// <param name="TaggerLabel">As the training corpora write it (B-PER, U-LOC).</param>
/// <param name="FilterHelp">How the /articles filter named <paramref name="Name"/> is documented.</param>
/// <param name="FilterExample">An example value of that filter, from the seed articles.</param>
/// <param name="About">Its OpenAPI tag's description.</param>
public sealed record EntityTypeInfo(
    EntityType Type,
    string Name,
    string Route,
    string Plural,
    string Singular,
    string TaggerLabel,
    string FilterHelp,
    string FilterExample,
    string About)
{
    /// <summary>"a person", "an organisation", "a place": for sentences about one of them.</summary>
    public string OneOf => $"{("aeiou".Contains(Name[0], StringComparison.Ordinal) ? "an" : "a")} {Name}";
}

/// <summary>
/// The table of entity types. Adding one is a value of <see cref="EntityType"/>, a row here and <see cref="Count"/>, a
/// migration that lets the database store it, and a retrained tagger (README, "How to add an entity type").
/// </summary>
public static class EntityTypes
{
    /// <summary>How many types there are, as a constant: the tagger sizes inline arrays by it (a test checks it against the table).</summary>
    public const int Count = 3;

    /// <summary>In <see cref="EntityType"/> order: a type's row is All[(int)type].</summary>
    public static IReadOnlyList<EntityTypeInfo> All { get; } =
    [
        new(EntityType.Person, "person", "people", "People", "Person", "PER",
            "A person's id or any of their names or aliases; an ambiguous name is a 400 listing the candidate ids.", "syed-asim-munir",
            "People named in the articles, with their aliases, roles, articles and timeline."),
        new(EntityType.Organisation, "organisation", "organisations", "Organisations", "Organisation", "ORG",
            "An organisation's id or any of its names or acronyms.", "ISPR",
            "Organisations named in the articles, with their aliases (acronyms), articles and timeline."),
        new(EntityType.Place, "place", "places", "Places", "Place", "LOC",
            "A place's id or any of its names.", "Lachin",
            "Places named in the articles, with their other names, articles and timeline."),
    ];

    public static EntityTypeInfo Of(EntityType type) => All[(int)type];

    /// <summary>The name the type goes by outside the code: "person".</summary>
    public static string Name(EntityType type) => Of(type).Name;

    public static EntityType Parse(string name) =>
        All.FirstOrDefault(row => row.Name == name)?.Type ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown entity type.");

    /// <summary>The types' words as a sentence lists them: "people, organisations and places".</summary>
    public static string Listed(Func<EntityTypeInfo, string> words, string and = "and") =>
        All.Count == 1 ? words(All[0]) : $"{string.Join(", ", All.SkipLast(1).Select(words))} {and} {words(All[^1])}";
}
