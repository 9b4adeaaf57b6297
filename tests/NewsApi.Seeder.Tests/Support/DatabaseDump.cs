using Dapper;

namespace NewsApi.Seeder.Tests.Support;

/// <summary>Every row of every table as text, in a fixed order: two databases with equal dumps hold the same data.</summary>
public static class DatabaseDump
{
    public static string Of(TempFolder folder)
    {
        using var connection = folder.OpenDatabase();
        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' ORDER BY name");
        var lines = new List<string>();
        foreach (var table in tables)
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
