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

    /// <summary>
    /// How much of the database file each connection reads through a memory map (0: none, every page is copied in by a
    /// system call). The map shares the operating system's page cache between connections, so process RSS counts the
    /// mapped pages once per connection that touched them while the memory used is the file's pages once. Replace a
    /// served database by renaming a new file over it, never by writing into it (cp): a file that shrinks under a map
    /// ends the process (SIGBUS), where without the map readers get errors.
    /// </summary>
    [Range(0, 1 << 20)]
    public int MemoryMapMiB { get; set; } = 2047;
}
