using System.ComponentModel.DataAnnotations;

namespace NewsApi.Infrastructure;

/// <summary>Where the SQLite database and the documents that seed it live; relative paths resolve against the content root.</summary>
public sealed class NewsDatabaseOptions
{
    public const string Section = "NewsDatabase";

    /// <summary>The database the API creates and seeds when it is missing; any other path must name an existing database.</summary>
    public const string DefaultPath = "../../db/news.db";

    [Required]
    public string Path { get; set; } = DefaultPath;

    [Required]
    public string DocumentsPath { get; set; } = "../../db/documents";

    /// <summary>How long one request's queries may run (each page of a streamed export counts as one request) before SQLite is told to stop (the request then gets a 503).</summary>
    [Range(typeof(TimeSpan), "00:00:00.000001", "00:10:00")]
    public TimeSpan QueryTimeLimit { get; set; } = TimeSpan.FromSeconds(2);
}
