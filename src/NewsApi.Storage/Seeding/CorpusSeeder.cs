using System.Globalization;
using System.Runtime.CompilerServices;
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
/// documents; a re-run completes the job. The extractor must be thread-safe: documents are extracted in parallel.
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

    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm", "-journal"];

    public CorpusSeeder(NewsPipeline pipeline)
        : this(pipeline.Process, TimeProvider.System)
    {
    }

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    /// <exception cref="UnusableDatabaseException">The database cannot be opened or is from a newer NewsApi.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; every document stored so far is complete.</exception>
    public async Task<SeedSummary> SeedFolderAsync(SeedRequest request, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var files = SourceFiles(request.InputDirectory, request.DatabasePath);
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(request.DatabasePath, cancellationToken);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, cancellationToken);

        var storedHashes = (await connection.QueryAsync<StoredHash>(new CommandDefinition(StoredHashesSql, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.SourceFile, row => row.ContentHash, StringComparer.Ordinal);
        var writer = new ArticleWriter(connection, clock);
        var counts = new Dictionary<SeedOutcome, int>();
        var failures = new List<SeedFailure>();

        var done = 0;
        await foreach (var prepared in PrepareInOrderAsync(request.InputDirectory, files, storedHashes, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = prepared switch
            {
                Unchanged => SeedOutcome.Unchanged,
                Failed => SeedOutcome.Failed,
                Extracted extracted => await writer.WriteAsync(extracted.SourceFile, extracted.Hash, extracted.Extraction, cancellationToken)
                    == WriteOutcome.Added ? SeedOutcome.Added : SeedOutcome.Replaced,
                _ => throw new InvalidOperationException($"Unknown preparation {prepared}."),
            };
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            if (prepared is Failed failed)
            {
                failures.Add(new SeedFailure(failed.SourceFile, failed.Reason));
            }

            progress?.Report(new SeedProgress(++done, files.Count, prepared.SourceFile, outcome));
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

    /// <summary>
    /// Reading and extraction are independent per document and CPU-bound, so a few documents are prepared ahead on the
    /// thread pool while the caller writes; they still come out in file order, which keeps the ids deterministic.
    /// </summary>
    private async IAsyncEnumerable<Prepared> PrepareInOrderAsync(
        string inputDirectory, List<string> files, Dictionary<string, string> storedHashes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lookahead = 2 * Environment.ProcessorCount;
        var ahead = new Queue<Task<Prepared>>();
        foreach (var sourceFile in files)
        {
            var path = Path.Combine(inputDirectory, sourceFile);
            var storedHash = storedHashes.GetValueOrDefault(sourceFile);
            ahead.Enqueue(Task.Run(() => PrepareAsync(path, sourceFile, storedHash, cancellationToken), cancellationToken));
            if (ahead.Count >= lookahead)
            {
                yield return await ahead.Dequeue();
            }
        }

        while (ahead.Count > 0)
        {
            yield return await ahead.Dequeue();
        }
    }

    /// <summary>Everything but the writing: size check, hash, decoding, extraction. Touches no database.</summary>
    private async Task<Prepared> PrepareAsync(string path, string sourceFile, string? storedHash, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return new Failed(sourceFile, string.Create(CultureInfo.InvariantCulture, $"too large: {length:N0} bytes, over the 2 MiB limit"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Failed(sourceFile, $"cannot be read: {exception.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (hash == storedHash)
        {
            return new Unchanged(sourceFile);
        }

        if (!DocumentDecoder.TryDecode(bytes, out var text, out var decodingFailure))
        {
            return new Failed(sourceFile, decodingFailure);
        }

        DocumentExtraction extraction;
        try
        {
            extraction = extract(sourceFile, text);
        }
        catch (DocumentFormatException exception)
        {
            return new Failed(sourceFile, exception.Message);
        }
#pragma warning disable CA1031 // An extractor bug on one odd document is reported against that file; the other documents still get stored.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new Failed(sourceFile, $"extraction error: {exception.GetType().Name}: {exception.Message}");
        }

        return MentionCheck.FindProblem(extraction) is { } problem
            ? new Failed(sourceFile, problem)
            : new Extracted(sourceFile, hash, extraction);
    }

    /// <summary>
    /// Every non-hidden file under the folder, as '/'-separated relative paths in ordinal order (so ids don't depend on
    /// the OS), except the database's own files when it lives in the folder.
    /// </summary>
    private static List<string> SourceFiles(string inputDirectory, string databasePath)
    {
        if (!Directory.Exists(inputDirectory))
        {
            throw new DirectoryNotFoundException($"The input folder '{inputDirectory}' does not exist.");
        }

        var database = Path.GetFullPath(databasePath);
        var databaseFiles = DatabaseFileSuffixes.Select(suffix => database + suffix).ToHashSet(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(inputDirectory, "*", options)
            .Where(path => !databaseFiles.Contains(Path.GetFullPath(path)))
            .Select(path => Path.GetRelativePath(inputDirectory, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private abstract record Prepared(string SourceFile);

    private sealed record Unchanged(string SourceFile) : Prepared(SourceFile);

    private sealed record Failed(string SourceFile, string Reason) : Prepared(SourceFile);

    private sealed record Extracted(string SourceFile, string Hash, DocumentExtraction Extraction) : Prepared(SourceFile);

    private sealed record StoredHash
    {
        public required string SourceFile { get; init; }
        public required string ContentHash { get; init; }
    }
}
