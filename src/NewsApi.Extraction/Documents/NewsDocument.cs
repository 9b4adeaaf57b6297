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

    /// <summary>
    /// Where <see cref="Published"/> came from, always the document's metadata, never a date in its text:
    /// "date-line" (a plain-text line that is only a date), "dateline" (the opening "LONDON, May 28, 2025 (Reuters) -"),
    /// "json-field" (an export's published field), "json-ld" (the page's datePublished), "html-meta" (a meta tag such as
    /// article:published_time), "html-time" (a time element marked as the publication date); null when there is none.
    /// </summary>
    public string? PublishedSource { get; init; }

    /// <summary>The dateline place in normal case ("Islamabad" for "ISLAMABAD:").</summary>
    public string? Dateline { get; init; }

    public string? Caption { get; init; }

    /// <summary>The photo credit at the end of the caption ("ISPR" for "... —ISPR").</summary>
    public string? Credit { get; init; }

    public IReadOnlyList<string> Subheadings { get; init; } = [];

    /// <summary>The article text: paragraphs separated by blank lines, dateline kept, chrome removed.</summary>
    public required string Body { get; init; }

    /// <summary>
    /// Which article of a file that holds several (JSON, JSON Lines): the record's own id, else its URL, else its
    /// position ("line 3", "item 2"). Null when the file is one article.
    /// </summary>
    public string? Record { get; init; }

    /// <summary>The byline, as the page or export gives it ("Jane Doe, John Roe").</summary>
    public string? Author { get; init; }

    /// <summary>The article's own address (the page's canonical URL, or the export's url/link field).</summary>
    public string? Url { get; init; }

    /// <summary>Who published it (JSON-LD publisher, og:site_name, or the export's source/publisher field).</summary>
    public string? Publisher { get; init; }

    /// <summary>Days the text refers to relative to <see cref="Published"/> ("on Wednesday"), resolved to dates.</summary>
    public IReadOnlyList<DateReference> DateReferences { get; init; } = [];

    /// <summary>
    /// Problems the reader got past without refusing the document, one sentence each, for the seeder's report
    /// ("published date 0001-01-01 dropped: before 1900-01-01").
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The text a mention in <paramref name="field"/> points into ("" for a missing caption).</summary>
    public string TextOf(TextField field) => field switch
    {
        TextField.Headline => Headline,
        TextField.Caption => Caption ?? "",
        _ => Body,
    };
}

/// <summary>"on Wednesday" at [Start, End) of the body, meaning <paramref name="Date"/>.</summary>
public sealed record DateReference(string Text, int Start, int End, DateOnly Date);

/// <summary>The stored text field a mention's offsets point into.</summary>
public enum TextField
{
    Headline,
    Caption,
    Body,
}
