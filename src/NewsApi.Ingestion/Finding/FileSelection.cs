using Microsoft.Extensions.FileSystemGlobbing;

namespace NewsApi.Ingestion.Finding;

/// <summary>A file to import: <paramref name="Path"/> is '/'-separated and relative to the folder being imported (its identity).</summary>
public sealed record SourceFile(string Path, string FullPath);

/// <summary>A file or folder left out, and why; <paramref name="Unreadable"/> when it was not left out on purpose but could not be listed.</summary>
public sealed record SkippedFile(string Path, string Reason, bool Unreadable = false);

public sealed record FoundFiles(IReadOnlyList<SourceFile> Files, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>
    /// Whether <paramref name="path"/> may still be there although it was not found: it lies under a folder that could not
    /// be listed (so pruning must not take it for deleted).
    /// </summary>
    public bool MayHold(string path) =>
        Skipped.Any(skipped => skipped.Unreadable && path.StartsWith(skipped.Path, StringComparison.Ordinal));
}

/// <summary>
/// Which files of a folder are news: every file under it, in ordinal path order (so ids don't depend on the OS),
/// except hidden files and folders (dot-files, .git), a dataset's README*, LICENSE*/LICENCE* and CHANGELOG*, and what
/// the user's globs leave out. A glob without '/' matches a file name in any folder ("*.md"); with one, the path from
/// the folder ("drafts/**").
/// </summary>
public sealed class FileSelection
{
    private static readonly string[] NotNews = ["README*", "LICENSE*", "LICENCE*", "CHANGELOG*"];

    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly Matcher _notNews = MatcherOf(NotNews)!;

    public FileSelection(IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
    {
        _include = MatcherOf(include ?? []);
        _exclude = MatcherOf(exclude ?? []);
    }

    public static FileSelection All { get; } = new();

    /// <summary>
    /// The files under <paramref name="folder"/> (recursively), less the skipped ones and <paramref name="ignored"/> (full
    /// paths of files or folders). A subfolder that cannot be listed is skipped as <see cref="SkippedFile.Unreadable"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or cannot be listed.</exception>
    public FoundFiles FindUnder(string folder, IReadOnlySet<string>? ignored = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The input folder '{folder}' does not exist.");
        }

        var files = new List<SourceFile>();
        var skipped = new List<SkippedFile>();
        var root = new DirectoryInfo(folder).FullName.TrimEnd(Path.DirectorySeparatorChar);
        Walk(root, root, ignored, files, skipped);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FoundFiles(files, skipped);
    }

    /// <summary>
    /// Files and folders named on a command line: a folder gives its files as <see cref="FindUnder"/> does (paths
    /// relative to it), a file is taken as it is (its path is its name). A path that does not exist or cannot be listed is
    /// skipped as <see cref="SkippedFile.Unreadable"/>.
    /// </summary>
    public FoundFiles Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    var found = FindUnder(path);
                    files.AddRange(found.Files);
                    skipped.AddRange(found.Skipped);
                }
                catch (DirectoryNotFoundException exception)
                {
                    skipped.Add(new SkippedFile(path, exception.Message, Unreadable: true));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(new SourceFile(Path.GetFileName(path), Path.GetFullPath(path)));
            }
            else
            {
                skipped.Add(new SkippedFile(path, "no such file or folder", Unreadable: true));
            }
        }

        return new FoundFiles(files, skipped);
    }

    private void Walk(string root, string folder, IReadOnlySet<string>? ignored, List<SourceFile> files, List<SkippedFile> skipped)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (folder == root)
            {
                throw new DirectoryNotFoundException($"The input folder '{root}' cannot be read: {exception.Message}", exception);
            }

            skipped.Add(new SkippedFile(IdentityOf(root, folder) + "/", $"cannot be read: {exception.Message}", Unreadable: true));
            return;
        }

        foreach (var entry in entries)
        {
            // Joined here: FullName is empty for a path longer than the system allows.
            var fullPath = Path.Join(folder, entry.Name);
            var path = IdentityOf(root, fullPath);
            if (ignored?.Contains(fullPath) == true)
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                if (directory.Name.StartsWith('.'))
                {
                    skipped.Add(new SkippedFile(path + "/", "hidden folder"));
                }
                else if (directory.LinkTarget is null)
                {
                    // Asked as LinkTarget, not by its attributes, which are all set when the folder's path is too long to look at.
                    Walk(root, fullPath, ignored, files, skipped);
                }
                else
                {
                    skipped.Add(new SkippedFile(path + "/", "a link to a folder, not followed (it may lead out of the folder or round in a loop)"));
                }

                continue;
            }

            if (SkipReason(path, entry.Name) is { } reason)
            {
                skipped.Add(new SkippedFile(path, reason));
            }
            else
            {
                files.Add(new SourceFile(path, fullPath));
            }
        }
    }

    // On Windows '\' separates folders; elsewhere it is a character of a file name, so "a\b.txt" is not "a/b.txt".
    // Cut from the full path: Path.GetRelativePath cannot take a path longer than the system allows.
    private static string IdentityOf(string root, string fullPath) =>
        fullPath[(root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');

    private string? SkipReason(string path, string name) =>
        name.StartsWith('.') ? "hidden file"
        : _notNews.Match(path).HasMatches ? "not news: a README, licence or changelog"
        : _include?.Match(path).HasMatches == false ? "not matched by --include"
        : _exclude?.Match(path).HasMatches == true ? "matched by --exclude"
        : null;

    private static Matcher? MatcherOf(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        var any = false;
        foreach (var glob in globs)
        {
            matcher.AddInclude(glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob);
            any = true;
        }

        return any ? matcher : null;
    }
}
