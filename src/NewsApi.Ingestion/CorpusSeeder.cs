using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Ingestion.Finding;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;
using NewsApi.Storage.Search;
using NewsApi.Storage.Writing;

namespace NewsApi.Ingestion;

/// <summary>
/// Seeds a folder of documents into a database: migrates it, then imports the files in path order through the
/// <see cref="ImportPipeline"/>, skipping a file whose content hash is unchanged, and stores each file's articles all or
/// nothing (many files share a transaction, each under its own savepoint: see <see cref="WriteBatch"/>; a large export
/// is written run by run under its file's savepoint). Cancellation stops between files and keeps the files stored so
/// far; a re-run completes the job. Storage only writes: what is read, and what counts as failed, is the pipeline's.
/// </summary>
public sealed class CorpusSeeder(ImportPipeline import, TimeProvider clock)
{
    private const string StoredFilesSql = """
        SELECT f.path AS Path, f.content_hash AS ContentHash, f.record_failures AS RecordFailures,
               (SELECT COUNT(*) FROM articles a WHERE a.source_file = f.path) AS Articles
        FROM source_files f;
        """;

    private const string EntityCountsSql = "SELECT type, COUNT(*) FROM entities GROUP BY type";

    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;

    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm", "-journal", SeedLock.Suffix];

    /// <summary>Whether <paramref name="path"/> is one of the database's own files: itself, its log, its lock, or inside its search index.</summary>
    public static bool IsDatabasesOwnFile(string path, string databasePath)
    {
        var (file, database) = (NewsDatabaseFile.FollowLinks(path), NewsDatabaseFile.FollowLinks(databasePath));
        return DatabaseFileSuffixes.Any(suffix => file == database + suffix)
            || file.StartsWith(ArticleIndex.PathFor(database) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <param name="fields">How JSON exports name their fields; null for the common names.</param>
    public CorpusSeeder(NewsPipeline pipeline, JsonFieldNames? fields = null)
        : this(new ImportPipeline(pipeline, fields), TimeProvider.System)
    {
    }

    /// <summary>A seeder with another extractor behind the real readers, e.g. a cheap stand-in in tests about files.</summary>
    public CorpusSeeder(ExtractEntities extract, TimeProvider clock)
        : this(new ImportPipeline(extract), clock)
    {
    }

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    /// <exception cref="UnusableDatabaseException">The database cannot be opened or is from a newer NewsApi.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; every document stored so far is complete.</exception>
    public async Task<SeedSummary> SeedFolderAsync(SeedRequest request, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var database = Path.GetFullPath(request.DatabasePath);
        using var seedLock = SeedLock.Take(database);
        var found = (request.Selection ?? FileSelection.All).FindUnder(
            request.InputDirectory, DatabaseFileSuffixes.Select(suffix => database + suffix).Append(ArticleIndex.PathFor(database)).ToHashSet(StringComparer.Ordinal));
        await using var connection = await NewsDatabaseFile.OpenForWritingAsync(request.DatabasePath, cancellationToken);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(connection, cancellationToken);

        var storedFiles = (await connection.QueryAsync(StoredFilesSql, StoredFile.Read, null, cancellationToken))
            .ToDictionary(row => row.Path, StringComparer.Ordinal);
        using var writer = new ArticleWriter(connection, clock);
        var tally = new Tally();
        var files = found.Files;
        var phases = new SeedPhases();
        var (importWall, importCpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        var writing = new Stopwatch();

        using (var batch = new WriteBatch(connection))
        {
            var file = new OpenFile(writer, batch, tally);
            try
            {
                await foreach (var part in import.ImportAsync(files, (source, hash) => storedFiles.GetValueOrDefault(source.Path)?.ContentHash == hash, cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    tally.Warnings.AddRange(WarningsOf(part));
                    writing.Start();
                    var outcome = await StoreAsync(part, file, storedFiles, tally, cancellationToken);
                    if (outcome is not null && batch.IsDue)
                    {
                        await batch.CommitAsync(cancellationToken);
                    }

                    writing.Stop();
                    if (outcome is null)
                    {
                        continue;
                    }

                    progress?.Report(new SeedProgress(++tally.Files, files.Count, part.File.Path, outcome.Value));
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped between files, or inside a large export, which is undone: the files written so far are whole, so they are kept.
                file.Undo();
                await batch.CommitAsync(CancellationToken.None);
                throw;
            }

            writing.Start();
            await batch.CommitAsync(cancellationToken);
            writing.Stop();
        }

        phases.Add("read, extract and write", importWall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - importCpu);
        phases.Add("... of which writing (wall)", writing.Elapsed, TimeSpan.Zero);
        if (request.Prune)
        {
            // Gone means not on disk: a file --include or --exclude leaves out, or a hidden one, is still there.
            var present = files.Select(source => source.Path).ToHashSet(StringComparer.Ordinal);
            var gone = storedFiles.Keys.Where(path => !present.Contains(path) && !found.MayHold(path)
                && !File.Exists(Path.Combine(request.InputDirectory, path.Replace('/', Path.DirectorySeparatorChar)))).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0 && gone.Count > 0)
            {
                // An empty folder, or the wrong one: pruning would empty the database, which deleting its file does more plainly.
                tally.Warnings.Add(new SeedWarning(request.InputDirectory, FormattableString.Invariant(
                    $"--prune ignored: the folder holds no documents, and pruning would remove all {gone.Count:N0} stored files")));
                gone = [];
            }

            foreach (var path in gone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tally.Removed += await writer.RemoveAsync(path, cancellationToken);
            }
        }

        await DerivedTables.RefreshAsync(connection, clock, articlesChanged: tally.Added + tally.Replaced + tally.Removed > 0, cancellationToken, phases);

        var counts = (await connection.QueryAsync(EntityCountsSql, row => (Type: row.GetString(0), Count: row.GetInt32(1)), null, cancellationToken))
            .ToDictionary(row => row.Type, row => row.Count);
        return new SeedSummary(
            tally.Added + tally.Unchanged + tally.Replaced + tally.Failures.Count,
            tally.Added,
            tally.Unchanged,
            tally.Replaced,
            tally.Removed,
            tally.Failures,
            EntityTypes.All.ToDictionary(type => type.Plural.ToLowerInvariant(), type => counts.GetValueOrDefault(type.Name)))
        {
            Files = files.Count,
            Skipped = found.Skipped,
            Warnings = tally.Warnings,
            Phases = phases.All,
        };
    }

    /// <summary>Writes one part of a file (or counts the file as unchanged or failed); once a file is done, what happened to it.</summary>
    private static async Task<SeedOutcome?> StoreAsync(
        ImportedPart part, OpenFile file, Dictionary<string, StoredFile> storedFiles, Tally tally, CancellationToken cancellationToken)
    {
        switch (part)
        {
            case UnchangedFile:
                var stored = storedFiles[part.File.Path];
                tally.Unchanged += stored.Articles;
                tally.Failures.AddRange((JsonSerializer.Deserialize(stored.RecordFailures, ColumnJson.Default.ListRecordFailure) ?? [])
                    .Select(failure => new SeedFailure(part.File.Path, failure.Reason, failure.Record)));
                return SeedOutcome.Unchanged;
            case FailedFile failed:
                tally.Failures.Add(new SeedFailure(part.File.Path, failed.Reason));
                return SeedOutcome.Failed;
            case ImportedDocuments documents:
                return await file.WriteAsync(documents, cancellationToken);
            default:
                throw new InvalidOperationException($"Unknown import result {part}.");
        }
    }

    private static IEnumerable<SeedWarning> WarningsOf(ImportedPart part) => part switch
    {
        ImportedDocuments documents => documents.Warnings.Select(warning => new SeedWarning(part.File.Path, warning.Message, warning.Record)),
        FailedFile failed => failed.Warnings.Select(warning => new SeedWarning(part.File.Path, warning.Message, warning.Record)),
        _ => [],
    };

    /// <summary>
    /// The file being written, from its first part to its last. It is stored only if at least one article was read from
    /// it; otherwise it failed as a whole and whatever was stored from it before stays.
    /// </summary>
    private sealed class OpenFile(ArticleWriter writer, WriteBatch batch, Tally tally)
    {
        private ArticleWriter.FileWrite? _write;
        private bool _begun;
        private bool _refused;
        private List<RecordFailure> _failures = [];

        public async Task<SeedOutcome?> WriteAsync(ImportedDocuments part, CancellationToken cancellationToken)
        {
            if (part.IsFirst)
            {
                (_write, _begun, _refused, _failures) = (null, false, false, []);
            }

            _failures.AddRange(part.Failures);
            try
            {
                if (!_refused && part.Documents.Count > 0)
                {
                    if (!_begun)
                    {
                        _begun = true;
                        // A file in several parts (an export of more than one run of records) is written in a transaction of its own.
                        _write = await writer.BeginFileAsync(batch.BeginFile(alone: !part.IsLast), part.File.Path, part.Hash, cancellationToken);
                    }

                    foreach (var document in part.Documents)
                    {
                        _write!.Add(document.Extraction);
                    }
                }

                if (!part.IsLast || _refused)
                {
                    return part.IsLast ? SeedOutcome.Failed : null;
                }

                if (_write is null)
                {
                    // Nothing readable: the file fails as a whole, each record with its reason.
                    tally.Failures.AddRange(_failures.Count == 0
                        ? [new SeedFailure(part.File.Path, "no articles in the file")]
                        : _failures.Select(failure => new SeedFailure(part.File.Path, failure.Reason, failure.Record)));
                    return SeedOutcome.Failed;
                }

                var written = await _write.FinishAsync(_failures, cancellationToken);
                batch.EndFile();
                (_write, _begun) = (null, false);
                (tally.Added, tally.Replaced, tally.Removed) = (tally.Added + written.Added, tally.Replaced + written.Replaced, tally.Removed + written.Removed);
                tally.Failures.AddRange(_failures.Select(failure => new SeedFailure(part.File.Path, failure.Reason, failure.Record)));
                return written.Added > 0 ? SeedOutcome.Added : SeedOutcome.Replaced;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteTooBig or SqliteConstraint or SqliteMismatch)
            {
                // The file's own data was refused (nothing else failed): it alone is undone and reported, the others go on.
                Undo();
                _refused = true;
                tally.Failures.Add(new SeedFailure(part.File.Path, $"cannot be stored: {exception.Message}"));
                return part.IsLast ? SeedOutcome.Failed : null;
            }
        }

        /// <summary>Undoes a file left half written (refused by SQLite, or cancelled in the middle).</summary>
        public void Undo()
        {
            if (_begun)
            {
                batch.UndoFile();
                (_write, _begun) = (null, false);
            }
        }
    }

    /// <summary>A row of <see cref="StoredFilesSql"/>.</summary>
    private sealed record StoredFile(string Path, string ContentHash, string RecordFailures, int Articles)
    {
        public static StoredFile Read(SqliteDataReader row) => new(row.GetString(0), row.GetString(1), row.GetString(2), row.GetInt32(3));
    }

    /// <summary>Articles counted by outcome over a run, and every failure and warning.</summary>
    private sealed class Tally
    {
        public int Files { get; set; }
        public int Added { get; set; }
        public int Unchanged { get; set; }
        public int Replaced { get; set; }
        public int Removed { get; set; }
        public List<SeedFailure> Failures { get; } = [];
        public List<SeedWarning> Warnings { get; } = [];
    }
}
