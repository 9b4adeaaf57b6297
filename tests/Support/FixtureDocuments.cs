namespace NewsApi.Testing;

/// <summary>The hand-written documents under Fixtures/documents: every format, good and hostile.</summary>
public static class FixtureDocuments
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents");

    /// <summary>One fixture's path, e.g. "pages/port-agreement.html".</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Copies the fixtures (or only those under <paramref name="subfolder"/>) keeping their relative paths.</summary>
    public static void CopyTo(string folder, string? subfolder = null)
    {
        var source = subfolder is null ? Folder : Path.Combine(Folder, subfolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
