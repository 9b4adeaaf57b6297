using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;
using NewsApi.Storage.Writing;

namespace NewsApi.Ingestion;

/// <summary>Reads a file that is one document and extracts its entities.</summary>
public delegate DocumentExtraction ExtractDocument(string sourceFile, string content);

/// <summary>Reads a file's articles (one, or one per record of a JSON export) and extracts each one's entities.</summary>
public delegate FileExtraction ExtractFile(string sourceFile, string content);

/// <summary>The articles extracted from one file, and its records that could not be read or extracted.</summary>
public sealed record FileExtraction(IReadOnlyList<DocumentExtraction> Documents, IReadOnlyList<RecordFailure> Failures);

/// <summary>
/// Seeds a folder of documents into a database: migrates it, then for each file (in path order) skips it when its
/// content hash is unchanged, otherwise decodes, extracts and stores its articles, all or nothing (many files share a
/// transaction, each under its own savepoint: see <see cref="WriteBatch"/>). Cancellation stops between files and keeps
/// the files stored so far; a re-run completes the job. The extractor must be thread-safe: files are extracted in parallel.
/// </summary>
public sealed class CorpusSeeder(ExtractFile extract, TimeProvider clock)
{
    /// <summary>2 MiB: far above any news article (the seeds are 5 KB), small enough that a stray archive is refused quickly.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    private const string StoredFilesSql = """
        SELECT f.path AS Path, f.content_hash AS ContentHash, f.record_failures AS RecordFailures,
               (SELECT COUNT(*) FROM articles a WHERE a.source_file = f.path) AS Articles
        FROM source_files f;
        """;

    private const string EntityCountsSql = """
        SELECT COALESCE(SUM(type = 'person'), 0) AS People,
               COALESCE(SUM(type = 'organisation'), 0) AS Organisations,
               COALESCE(SUM(type = 'place'), 0) AS Places
        FROM entities;
        """;

    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;

    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm", "-journal"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A seeder for files that are each one document (no JSON exports), e.g. with a stand-in extractor.</summary>
    public CorpusSeeder(ExtractDocument extract, TimeProvider clock)
        : this((sourceFile, content) => new FileExtraction([extract(sourceFile, content)], []), clock)
    {
    }

    /// <param name="fields">How JSON exports name their fields; null for the common names.</param>
    public CorpusSeeder(NewsPipeline pipeline, JsonFieldNames? fields = null)
        : this(ExtractWith(pipeline, fields), TimeProvider.System)
    {
    }

    /// <summary>
    /// Reads every supported format; a record of a multi-article file that the pipeline cannot handle is reported on its
    /// own, while a file that is one article fails as a whole.
    /// </summary>
    public static ExtractFile ExtractWith(NewsPipeline pipeline, JsonFieldNames? fields)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return (sourceFile, content) =>
        {
            var file = DocumentReader.Read(sourceFile, content, fields);
            var documents = new List<DocumentExtraction>();
            var failures = file.Failures.ToList();
            foreach (var document in file.Documents)
            {
                try
                {
                    documents.Add(pipeline.Extract(document));
                }
#pragma warning disable CA1031 // One odd record is reported against that record; the file's other articles still get stored.
                catch (Exception exception) when (document.Record is not null && exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    failures.Add(new RecordFailure(document.Record, $"extraction error: {exception.GetType().Name}: {exception.Message}"));
                }
            }

            return new FileExtraction(documents, failures);
        };
    }

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    /// <exception cref="UnusableDatabaseException">The database cannot be opened or is from a newer NewsApi.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; every document stored so far is complete.</exception>
    public async Task<SeedSummary> SeedFolderAsync(SeedRequest request, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var files = SourceFiles(request.InputDirectory, request.DatabasePath);
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(request.DatabasePath, cancellationToken);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, cancellationToken);

        var storedFiles = (await connection.QueryAsync<StoredFile>(new CommandDefinition(StoredFilesSql, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.Path, StringComparer.Ordinal);
        using var writer = new ArticleWriter(connection, clock);
        var tally = new Tally();

        var done = 0;
        using (var batch = new WriteBatch(connection))
        {
            try
            {
                await foreach (var prepared in PrepareInOrderAsync(request.InputDirectory, files, storedFiles, cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var outcome = await StoreAsync(prepared, writer, batch, tally, cancellationToken);
                    if (batch.IsDue)
                    {
                        await batch.CommitAsync(cancellationToken);
                    }

                    progress?.Report(new SeedProgress(++done, files.Count, prepared.SourceFile, outcome));
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped between files: those written so far are whole, so they are kept.
                await batch.CommitAsync(CancellationToken.None);
                throw;
            }

            await batch.CommitAsync(cancellationToken);
        }

        if (request.Prune)
        {
            var present = files.ToHashSet(StringComparer.Ordinal);
            foreach (var gone in storedFiles.Keys.Where(file => !present.Contains(file)).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                tally.Removed += await writer.RemoveAsync(gone, cancellationToken);
            }
        }

        await DerivedTables.RefreshAsync(connection, clock, articlesChanged: tally.Added + tally.Replaced + tally.Removed > 0, cancellationToken);

        var (people, organisations, places) = await connection.QuerySingleAsync<(int, int, int)>(
            new CommandDefinition(EntityCountsSql, cancellationToken: cancellationToken));
        return new SeedSummary(
            tally.Added + tally.Unchanged + tally.Replaced + tally.Failures.Count,
            tally.Added,
            tally.Unchanged,
            tally.Replaced,
            tally.Removed,
            tally.Failures,
            new EntityCounts(people, organisations, places))
        {
            Files = files.Count,
        };
    }

    /// <summary>Writes one prepared file (or counts it as unchanged or failed) and says what happened to it as a whole.</summary>
    private static async Task<SeedOutcome> StoreAsync(
        Prepared prepared, ArticleWriter writer, WriteBatch batch, Tally tally, CancellationToken cancellationToken)
    {
        switch (prepared)
        {
            case Unchanged unchanged:
                tally.Unchanged += unchanged.Articles;
                tally.Failures.AddRange(unchanged.RecordFailures.Select(failure => new SeedFailure(prepared.SourceFile, failure.Reason, failure.Record)));
                return SeedOutcome.Unchanged;
            case Failed failed:
                tally.Failures.AddRange(failed.Failures);
                return SeedOutcome.Failed;
            case Extracted extracted:
                FileWriteResult written;
                try
                {
                    written = await batch.WriteFileAsync(transaction => writer.WriteFileAsync(
                        transaction, extracted.SourceFile, extracted.Hash, extracted.Documents, extracted.RecordFailures, cancellationToken));
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteTooBig or SqliteConstraint or SqliteMismatch)
                {
                    // The file's own data was refused (nothing else failed): it alone is undone and reported, the others go on.
                    tally.Failures.Add(new SeedFailure(prepared.SourceFile, $"cannot be stored: {exception.Message}"));
                    return SeedOutcome.Failed;
                }

                (tally.Added, tally.Replaced, tally.Removed) = (tally.Added + written.Added, tally.Replaced + written.Replaced, tally.Removed + written.Removed);
                tally.Failures.AddRange(extracted.RecordFailures.Select(failure => new SeedFailure(prepared.SourceFile, failure.Reason, failure.Record)));
                return written.Added > 0 ? SeedOutcome.Added : SeedOutcome.Replaced;
            default:
                throw new InvalidOperationException($"Unknown preparation {prepared}.");
        }
    }

    /// <summary>
    /// Reading and extraction are independent per document and CPU-bound, so documents are prepared ahead on the
    /// thread pool while the caller writes; they still come out in file order, which keeps the ids deterministic.
    /// 16 per core: with 2 ahead per core the writer often waited for one slow document while a core stood idle.
    /// </summary>
    private async IAsyncEnumerable<Prepared> PrepareInOrderAsync(
        string inputDirectory, List<string> files, Dictionary<string, StoredFile> storedFiles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lookahead = 16 * Environment.ProcessorCount;
        var ahead = new Queue<Task<Prepared>>();
        foreach (var sourceFile in files)
        {
            var path = Path.Combine(inputDirectory, sourceFile);
            var stored = storedFiles.GetValueOrDefault(sourceFile);
            ahead.Enqueue(Task.Run(() => PrepareAsync(path, sourceFile, stored, cancellationToken), cancellationToken));
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
    private async Task<Prepared> PrepareAsync(string path, string sourceFile, StoredFile? stored, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return Failed.File(sourceFile, string.Create(CultureInfo.InvariantCulture, $"too large: {length:N0} bytes, over the 2 MiB limit"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed.File(sourceFile, $"cannot be read: {exception.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (hash == stored?.ContentHash)
        {
            return new Unchanged(sourceFile, stored.Articles, JsonSerializer.Deserialize<List<RecordFailure>>(stored.RecordFailures, Json) ?? []);
        }

        if (!DocumentDecoder.TryDecode(bytes, out var text, out var decodingFailure))
        {
            return Failed.File(sourceFile, decodingFailure);
        }

        FileExtraction extraction;
        try
        {
            extraction = extract(sourceFile, text);
        }
        catch (DocumentFormatException exception)
        {
            return Failed.File(sourceFile, exception.Message);
        }
#pragma warning disable CA1031 // An extractor bug on one odd document is reported against that file; the other documents still get stored.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Failed.File(sourceFile, $"extraction error: {exception.GetType().Name}: {exception.Message}");
        }

        var documents = new List<DocumentExtraction>();
        var failures = extraction.Failures.ToList();
        foreach (var document in extraction.Documents)
        {
            if (MentionCheck.FindProblem(document) is not { } problem)
            {
                documents.Add(document);
            }
            else if (document.Document.Record is { } record)
            {
                failures.Add(new RecordFailure(record, problem));
            }
            else
            {
                return Failed.File(sourceFile, problem);
            }
        }

        // Nothing readable: the file fails as a whole and whatever was stored from it before stays.
        return documents.Count == 0
            ? new Failed(sourceFile, failures.Count == 0
                ? [new SeedFailure(sourceFile, "no articles in the file")]
                : [.. failures.Select(failure => new SeedFailure(sourceFile, failure.Reason, failure.Record))])
            : new Extracted(sourceFile, hash, documents, failures);
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

    private sealed record Unchanged(string SourceFile, int Articles, IReadOnlyList<RecordFailure> RecordFailures) : Prepared(SourceFile);

    private sealed record Failed(string SourceFile, IReadOnlyList<SeedFailure> Failures) : Prepared(SourceFile)
    {
        public static Failed File(string sourceFile, string reason) => new(sourceFile, [new SeedFailure(sourceFile, reason)]);
    }

    private sealed record Extracted(string SourceFile, string Hash, IReadOnlyList<DocumentExtraction> Documents, IReadOnlyList<RecordFailure> RecordFailures)
        : Prepared(SourceFile);

    private sealed record StoredFile
    {
        public required string Path { get; init; }
        public required string ContentHash { get; init; }
        public required string RecordFailures { get; init; }
        public int Articles { get; init; }
    }

    /// <summary>Articles counted by outcome over a run, and every failure.</summary>
    private sealed class Tally
    {
        public int Added { get; set; }
        public int Unchanged { get; set; }
        public int Replaced { get; set; }
        public int Removed { get; set; }
        public List<SeedFailure> Failures { get; } = [];
    }
}
