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
}
