using System.ComponentModel.DataAnnotations;

namespace NewsApi.Infrastructure;

/// <summary>Where the SQLite database and the documents that seed it live; relative paths resolve against the content root.</summary>
public sealed class NewsDatabaseOptions
{
    public const string Section = "NewsDatabase";

    [Required]
    public string Path { get; set; } = "../../db/news.db";

    [Required]
    public string DocumentsPath { get; set; } = "../../db/documents";

    /// <summary>How long one request's queries may run (each page of a streamed export counts as one request) before SQLite is told to stop (the request then gets a 503).</summary>
    [Range(typeof(TimeSpan), "00:00:00.000001", "00:10:00")]
    public TimeSpan QueryTimeLimit { get; set; } = TimeSpan.FromSeconds(2);
}
