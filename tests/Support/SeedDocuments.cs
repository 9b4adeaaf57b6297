namespace NewsApi.Testing;

/// <summary>The two bundled seed documents (db/documents), copied next to the tests.</summary>
public static class SeedDocuments
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static void CopyTo(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }
}
