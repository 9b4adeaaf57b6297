namespace NewsApi.Extraction.Tests.Support;

/// <summary>
/// The hand-written documents of every format, good and hostile, kept once under tests/Fixtures/documents (which
/// the import tests seed whole) and linked here for the reader tests.
/// </summary>
public static class FixtureDocuments
{
    /// <summary>One fixture's text, e.g. "pages/port-agreement.html".</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", name));
}
