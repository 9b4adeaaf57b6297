using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Ingestion.Finding;

namespace NewsApi.Ingestion;

/// <summary>What the import made of one file, or of a run of records of a large export, in file order.</summary>
public abstract record ImportedPart(SourceFile File);

/// <summary>The file's bytes hash to what is stored already: it was not read further.</summary>
public sealed record UnchangedFile(SourceFile File) : ImportedPart(File);

/// <summary>Nothing could be read from the file, for <paramref name="Reason"/>.</summary>
public sealed record FailedFile(SourceFile File, string Reason, IReadOnlyList<ImportWarning> Warnings) : ImportedPart(File);

/// <summary>
/// Articles of one file with the records that failed and the warnings: the whole of a small file, or a run of records of
/// an export. A file's parts come one after another, from <see cref="IsFirst"/> to <see cref="IsLast"/>.
/// </summary>
public sealed record ImportedDocuments(
    SourceFile File,
    string Hash,
    IReadOnlyList<ImportedDocument> Documents,
    IReadOnlyList<RecordFailure> Failures,
    IReadOnlyList<ImportWarning> Warnings,
    bool IsFirst,
    bool IsLast) : ImportedPart(File);

/// <summary>Something the import had to guess or drop in a file (or a record of it) that was still stored.</summary>
public sealed record ImportWarning(string? Record, string Message);

/// <summary>An extracted article; <paramref name="Position"/> is where an export holds it ("line 7"), null for a file that is one article.</summary>
public sealed record ImportedDocument(string? Position, DocumentExtraction Extraction);
