using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction;

/// <summary>
/// The whole extraction: raw document text in, the document's parts and its entities out. Thread-safe; load once.
/// </summary>
public sealed class NewsPipeline
{
    /// <summary>Loads the bundled model and word lists.</summary>
    public static NewsPipeline CreateDefault() => new();

    /// <summary>Reads <paramref name="content"/> (already decoded text) and extracts its entities.</summary>
    /// <exception cref="DocumentFormatException">The text is not a readable news document (empty, no article text...).</exception>
    public DocumentExtraction Process(string sourceFile, string content) =>
        throw new NotImplementedException("The extraction pipeline is being written.");
}

/// <summary>A document that cannot be read as news; the message says why, for the seeder's report.</summary>
public sealed class DocumentFormatException(string message) : Exception(message);
