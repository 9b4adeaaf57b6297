namespace NewsApi.Extraction.Documents;

/// <summary>
/// The articles one file holds (one for text and HTML, one per record for JSON and JSON Lines) and the records that
/// could not be read, each with the reason.
/// </summary>
public sealed record DocumentFile(IReadOnlyList<NewsDocument> Documents, IReadOnlyList<RecordFailure> Failures);

/// <summary>A record of a multi-article file that was skipped: where it is ("line 7", "item 3") and why.</summary>
public sealed record RecordFailure(string Record, string Reason);
