using Microsoft.Data.Sqlite;

namespace NewsApi.Testing;

/// <summary>A scratch folder with a documents subfolder and a database path, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Directory.CreateDirectory(DocumentsPath);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"newsapi-seeder-{Guid.NewGuid():N}");

    public string DocumentsPath => Path.Combine(Root, "documents");

    public string DatabasePath => Path.Combine(Root, "news.db");

    public string WriteDocument(string name, string text) => WriteDocument(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteDocument(string name, byte[] bytes)
    {
        var path = Path.Combine(DocumentsPath, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
