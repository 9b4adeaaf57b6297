namespace NewsApi.Extraction.Tests.Seeds;

/// <summary>The two seed documents of db/documents, copied beside the test assembly by the project file.</summary>
public static class SeedDocuments
{
    public const string MunirMeetsHasanov = "000_414a6a6b185ff7a0.txt";
    public const string MunirInLachin = "001_5bc9951281a706f7.txt";

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", fileName));
}
