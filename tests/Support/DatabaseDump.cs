using Dapper;

namespace NewsApi.Testing;

/// <summary>Every row of every table as text, in a fixed order: two databases with equal dumps hold the same data.</summary>
public static class DatabaseDump
{
    /// <param name="except">A table left out, e.g. schema_version, whose applied_at differs between two databases.</param>
    public static string Of(TempFolder folder, string? except = null)
    {
        using var connection = folder.OpenDatabase();
        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' ORDER BY name");
        var lines = new List<string>();
        foreach (var table in tables.Where(table => table != except))
        {
            foreach (IDictionary<string, object?> row in connection.Query($"SELECT * FROM \"{table}\""))
            {
                lines.Add($"{table}: {string.Join(" | ", row.Select(column => $"{column.Key}={column.Value}"))}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
