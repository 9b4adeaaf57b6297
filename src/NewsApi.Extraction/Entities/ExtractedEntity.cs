using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Entities;

/// <summary>One occurrence of an entity: [Start, End) into the given field of the document.</summary>
public sealed record Mention(TextField Field, int Start, int End, string Text, string Sentence);

/// <summary>
/// One real-world thing found in a document: its canonical name, the other names the document uses for it,
/// the roles or titles the document gives it (people only), and every mention.
/// </summary>
public sealed record ExtractedEntity(
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>The aliases that are the name with a title in front ("Field Marshal Munir"): never a name to show.</summary>
    public IReadOnlyList<string> TitledNames { get; init; } = [];

    /// <summary>How sure the tagger was of its surest mention, 0..1; 1 when a rule found it (a dateline, an acronym definition).</summary>
    public double Confidence { get; init; } = 1;
}

/// <summary>What extraction found in one document.</summary>
public sealed record DocumentExtraction(NewsDocument Document, IReadOnlyList<ExtractedEntity> Entities);
