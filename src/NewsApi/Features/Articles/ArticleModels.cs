namespace NewsApi.Features.Articles;

/// <summary>One article in a list. Snippet and score are set only when the list answers a search (q).</summary>
public sealed record ArticleSummary
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public string? Section { get; init; }
    public DateOnly? Published { get; init; }
    public string? Dateline { get; init; }
    public int WordCount { get; init; }

    /// <summary>Where the search matched, HTML-escaped, with the matched words in &lt;b&gt;...&lt;/b&gt;.</summary>
    public string? Snippet { get; init; }

    /// <summary>Relevance (the negated bm25 rank): higher is better; only comparable within one search.</summary>
    public double? Score { get; init; }

    /// <summary>The story the article belongs to (see GET /stories/{id}); null when no other article reports its event.</summary>
    public string? StoryId { get; init; }
}

public sealed record ArticleDetail
{
    public required string Id { get; init; }
    public string? Section { get; init; }
    public required string Headline { get; init; }

    /// <summary>True when the document had no headline and this one was derived from its caption or first sentence.</summary>
    public bool HeadlineDerived { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>
    /// Where the published date came from: "date-line", "dateline", "json-field", "json-ld", "html-meta" or "html-time"
    /// (see the README's Dates section); null when the document states no plausible date.
    /// </summary>
    public string? PublishedSource { get; init; }

    public string? Dateline { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public required IReadOnlyList<string> Subheadings { get; init; }
    public required string Body { get; init; }
    public int WordCount { get; init; }
    public string? Author { get; init; }

    /// <summary>The article's own address: the page's canonical URL or the export's url field.</summary>
    public string? Url { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The seeded file the article came from (relative to the seeded folder).</summary>
    public required string SourceFile { get; init; }

    /// <summary>Which article of a multi-article file (JSON export): its id, URL or "line 3"; null when the file is one article.</summary>
    public string? Record { get; init; }

    /// <summary>Days the body refers to relative to the published date ("on Wednesday"), resolved.</summary>
    public required IReadOnlyList<DateReferenceDetail> DateReferences { get; init; }

    public required IReadOnlyList<ArticleEntity> Entities { get; init; }
}

/// <summary>"on Wednesday" at [start, end) of the body, meaning <see cref="Date"/>.</summary>
public sealed record DateReferenceDetail
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public DateOnly Date { get; init; }
}

/// <summary>An entity as one article presents it: the roles that article gives it and how prominent it is there.</summary>
public sealed record ArticleEntity
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>person, organisation or place.</summary>
    public required string Type { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }
    public int MentionCount { get; init; }

    /// <summary>0..1: half from its mentions relative to the article's most mentioned entity, plus 0.3 in the headline, 0.2 in the caption or lede.</summary>
    public double Salience { get; init; }
}

public sealed record ArticleEntityMentions
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public double Salience { get; init; }
    public required IReadOnlyList<MentionDetail> Mentions { get; init; }
}

/// <summary>One occurrence: [start, end) character offsets into the article's headline, caption or body.</summary>
public sealed record MentionDetail
{
    public required string Field { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public required string Text { get; init; }
    public required string Sentence { get; init; }
}
