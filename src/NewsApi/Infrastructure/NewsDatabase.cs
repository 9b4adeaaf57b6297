using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>Opens read-only connections to the news database: the API never writes, only the seeder does.</summary>
public sealed class NewsDatabase
{
    private readonly string _connectionString;

    static NewsDatabase() => SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());

    public NewsDatabase(IOptions<NewsDatabaseOptions> options, IHostEnvironment environment)
    {
        FilePath = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        DocumentsPath = System.IO.Path.GetFullPath(options.Value.DocumentsPath, environment.ContentRootPath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
    }

    public string FilePath { get; }

    public string DocumentsPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection; // the caller disposes; pooling makes this cheap
    }
}
