namespace NewsApi.Extraction.Documents;

/// <summary>
/// One news document as read from a file: the parts a reader found, with the page chrome already dropped.
/// Entity mentions point into <see cref="Headline"/>, <see cref="Caption"/> or <see cref="Body"/> (see <see cref="TextField"/>).
/// </summary>
public sealed record NewsDocument
{
    /// <summary>The file name (or path relative to the seeded folder) the document came from.</summary>
    public required string SourceFile { get; init; }

    public string? Section { get; init; }

    /// <summary>The headline; when the document has none, one derived from the caption or lede (<see cref="HeadlineDerived"/>).</summary>
    public required string Headline { get; init; }

    public bool HeadlineDerived { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from: "date-line", "metadata", "text", or null when no date was found.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The dateline place in normal case ("Islamabad" for "ISLAMABAD:").</summary>
    public string? Dateline { get; init; }

    public string? Caption { get; init; }

    /// <summary>The photo credit at the end of the caption ("ISPR" for "... —ISPR").</summary>
    public string? Credit { get; init; }

    public IReadOnlyList<string> Subheadings { get; init; } = [];

    /// <summary>The article text: paragraphs separated by blank lines, dateline kept, chrome removed.</summary>
    public required string Body { get; init; }
}

/// <summary>The stored text field a mention's offsets point into.</summary>
public enum TextField
{
    Headline,
    Caption,
    Body,
}
