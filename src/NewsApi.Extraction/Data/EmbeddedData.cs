using System.Reflection;

namespace NewsApi.Extraction.Data;

/// <summary>Opens the model and word lists shipped inside this assembly (see the EmbeddedResource items in the project).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");

    /// <summary>The lines of a text resource, without blank lines and # comments.</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }
}
