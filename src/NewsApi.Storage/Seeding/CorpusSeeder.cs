using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using NewsApi.Extraction;
using NewsApi.Extraction.Entities;
using NewsApi.Storage.Migrations;
using NewsApi.Storage.Writing;

namespace NewsApi.Storage.Seeding;

/// <summary>Reads a document's text and extracts its entities (normally <see cref="NewsPipeline.Process"/>).</summary>
public delegate DocumentExtraction ExtractDocument(string sourceFile, string content);

/// <summary>
/// Seeds a folder of documents into a database: migrates it, then for each file (in path order) skips it when its
/// content hash is unchanged, otherwise decodes, extracts and stores it in one transaction. Cancellation stops between
/// documents; a re-run completes the job.
/// </summary>
public sealed class CorpusSeeder(ExtractDocument extract, TimeProvider clock)
{
    /// <summary>2 MiB: far above any news article (the seeds are 5 KB), small enough that a stray archive is refused quickly.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    private const string StoredHashesSql = "SELECT source_file AS SourceFile, content_hash AS ContentHash FROM articles;";

    private const string EntityCountsSql = """
        SELECT COALESCE(SUM(type = 'person'), 0) AS People,
               COALESCE(SUM(type = 'organisation'), 0) AS Organisations,
               COALESCE(SUM(type = 'place'), 0) AS Places
        FROM entities;
        """;

    public CorpusSeeder(NewsPipeline pipeline)
        : this(pipeline.Process, TimeProvider.System)
    {
    }

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    /// <exception cref="UnusableDatabaseException">The database cannot be opened or is from a newer NewsApi.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; every document stored so far is complete.</exception>
    public async Task<SeedSummary> SeedFolderAsync(SeedRequest request, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var files = SourceFiles(request.InputDirectory);
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(request.DatabasePath, cancellationToken);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, cancellationToken);

        var storedHashes = (await connection.QueryAsync<StoredHash>(new CommandDefinition(StoredHashesSql, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.SourceFile, row => row.ContentHash, StringComparer.Ordinal);
        var writer = new ArticleWriter(connection, clock);
        var counts = new Dictionary<SeedOutcome, int>();
        var failures = new List<SeedFailure>();

        foreach (var (sourceFile, index) in files.Select((file, index) => (file, index)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(request.InputDirectory, sourceFile);
            var (outcome, failure) = await SeedFileAsync(path, sourceFile, storedHashes.GetValueOrDefault(sourceFile), writer, cancellationToken);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            if (failure is not null)
            {
                failures.Add(new SeedFailure(sourceFile, failure));
            }

            progress?.Report(new SeedProgress(index + 1, files.Count, sourceFile, outcome));
        }

        var pruned = 0;
        if (request.Prune)
        {
            var present = files.ToHashSet(StringComparer.Ordinal);
            foreach (var gone in storedHashes.Keys.Where(file => !present.Contains(file)).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                pruned += await writer.RemoveAsync(gone, cancellationToken) ? 1 : 0;
            }
        }

        var (people, organisations, places) = await connection.QuerySingleAsync<(int, int, int)>(
            new CommandDefinition(EntityCountsSql, cancellationToken: cancellationToken));
        return new SeedSummary(
            files.Count,
            counts.GetValueOrDefault(SeedOutcome.Added),
            counts.GetValueOrDefault(SeedOutcome.Unchanged),
            counts.GetValueOrDefault(SeedOutcome.Replaced),
            pruned,
            failures,
            new EntityCounts(people, organisations, places));
    }

    private async Task<(SeedOutcome Outcome, string? Failure)> SeedFileAsync(
        string path, string sourceFile, string? storedHash, ArticleWriter writer, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return (SeedOutcome.Failed, string.Create(CultureInfo.InvariantCulture, $"too large: {length:N0} bytes, over the 2 MiB limit"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (SeedOutcome.Failed, $"cannot be read: {exception.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (hash == storedHash)
        {
            return (SeedOutcome.Unchanged, null);
        }

        if (!DocumentDecoder.TryDecode(bytes, out var text, out var decodingFailure))
        {
            return (SeedOutcome.Failed, decodingFailure);
        }

        DocumentExtraction extraction;
        try
        {
            extraction = extract(sourceFile, text);
        }
        catch (DocumentFormatException exception)
        {
            return (SeedOutcome.Failed, exception.Message);
        }
#pragma warning disable CA1031 // An extractor bug on one odd document is reported against that file; the other documents still get stored.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (SeedOutcome.Failed, $"extraction error: {exception.GetType().Name}: {exception.Message}");
        }

        if (MentionCheck.FindProblem(extraction) is { } problem)
        {
            return (SeedOutcome.Failed, problem);
        }

        var written = await writer.WriteAsync(sourceFile, hash, extraction, cancellationToken);
        return (written == WriteOutcome.Added ? SeedOutcome.Added : SeedOutcome.Replaced, null);
    }

    /// <summary>Every non-hidden file under the folder, as '/'-separated relative paths in ordinal order (so ids don't depend on the OS).</summary>
    private static List<string> SourceFiles(string inputDirectory)
    {
        if (!Directory.Exists(inputDirectory))
        {
            throw new DirectoryNotFoundException($"The input folder '{inputDirectory}' does not exist.");
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(inputDirectory, "*", options)
            .Select(path => Path.GetRelativePath(inputDirectory, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private sealed record StoredHash
    {
        public required string SourceFile { get; init; }
        public required string ContentHash { get; init; }
    }
}
