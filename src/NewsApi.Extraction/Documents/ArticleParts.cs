using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// What a structured source (an HTML page, a JSON record) says an article is made of. <see cref="ToDocument"/> applies
/// the same rules as the plain-text reader to it: page chrome dropped, dateline found, a derived headline when none is given.
/// </summary>
internal sealed partial record ArticleParts
{
    public required string SourceFile { get; init; }
    public string? Record { get; init; }
    public string? Headline { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The paragraphs that are subheadings (HTML h2-h4); null to recognise them as in plain text.</summary>
    public IReadOnlyList<string>? Subheadings { get; init; }

    public string? Caption { get; init; }
    public string? Section { get; init; }

    /// <summary>The dates the metadata states, best first, as written ("2025-05-28T09:30:00+05:00" or words).</summary>
    public IReadOnlyList<DateClaim> DateClaims { get; init; } = [];

    /// <summary>The UTC offset the source's own timestamps use, when one shows it (see <see cref="PublishedDate.Parse"/>).</summary>
    public TimeSpan? PageOffset { get; init; }

    /// <summary>Problems the reader got past so far.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string? Author { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }

    /// <exception cref="DocumentFormatException">No paragraph reads like article text.</exception>
    public NewsDocument ToDocument(string noTextReason)
    {
        var headline = NullIfEmpty(Clean(Headline));
        var body = new List<string>();
        foreach (var paragraph in Paragraphs.Select(Clean).TakeWhile(paragraph => !PageChrome.IsEndMarker(paragraph)))
        {
            // An export's body often repeats the title as its first line.
            if (paragraph.Length > 0 && !PageChrome.IsChromeLine(paragraph) && paragraph != headline)
            {
                body.Add(paragraph);
            }
        }

        if (!body.Any(PlainTextReader.LooksLikeProse))
        {
            throw new DocumentFormatException(noTextReason);
        }

        var caption = NullIfEmpty(Clean(Caption));
        var credit = caption is null ? null : Credit.Find(caption);
        // The metadata's dates, else a dateline that carries one; never a date found in the story.
        var warnings = Warnings.ToList();
        var datelineDate = PublishedDate.InDateline(body[0]) is { } dated ? new DateClaim(dated, "dateline") : null;
        var (published, publishedSource) = PublishedDate.Choose(
            datelineDate is null ? DateClaims : [.. DateClaims, datelineDate], warnings, PageOffset);

        var subheadings = Subheadings is null
            ? body.Skip(1).SkipLast(1).Where(PlainTextReader.IsSubheading)
            : Subheadings.Select(Clean).Where(body.Contains);
        return new NewsDocument
        {
            SourceFile = SourceFile,
            Record = Record,
            Section = NullIfEmpty(Clean(Section)),
            Headline = headline ?? PlainTextReader.DeriveHeadline(caption is null ? body[0] : caption[..(credit?.Start ?? caption.Length)]),
            HeadlineDerived = headline is null,
            Published = published,
            PublishedSource = publishedSource,
            Dateline = Dateline.Find(body[0])?.Place,
            Caption = caption,
            Credit = credit?.Name,
            Subheadings = subheadings.Distinct(StringComparer.Ordinal).ToList(),
            Body = string.Join("\n\n", body),
            Author = NullIfEmpty(Clean(Author)),
            Url = NullIfEmpty(Clean(Url)),
            Publisher = NullIfEmpty(Clean(Publisher)),
            Warnings = warnings,
        };
    }

    /// <summary>One line of text: whitespace runs (newlines and non-breaking spaces included) become one space.</summary>
    private static string Clean(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
