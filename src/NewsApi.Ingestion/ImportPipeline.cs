using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Ingestion.Finding;
using NewsApi.Ingestion.Reading;

namespace NewsApi.Ingestion;

/// <summary>Finds one document's entities: the real pipeline, or a cheap stand-in in tests about files. Must be thread-safe.</summary>
public delegate DocumentExtraction ExtractEntities(NewsDocument document);

/// <summary>
/// The one way from files to extracted articles, shared by <c>seed</c>, <c>extract</c> and the API's first start:
/// decoding, reading (every format), extraction of each document on its own, and the failure policy: a file that is one
/// article fails as a whole, a record of an export fails alone, and nothing stops the run.
/// Exports (JSON Lines, JSON arrays) are read record by record, so their size is not limited, only each record's.
/// </summary>
public sealed class ImportPipeline(ExtractEntities extract, JsonFieldNames? fields = null)
{
    /// <summary>2 MiB per article: far above any news article (the seeds are 5 KB), small enough that a stray archive is refused quickly.</summary>
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    // Records of an export are extracted in runs of this size, so a run is worth a trip to the thread pool.
    private const int RunRecords = 32;
    private const int RunBytes = 256 * 1024;

    // A binary file shows a NUL byte early; the first block is enough to refuse one before reading all of it.
    private const int SniffBytes = 8 * 1024;

    private readonly JsonFieldNames _fields = fields ?? JsonFieldNames.Default;

    /// <param name="fields">How JSON exports name their fields; null for the common names.</param>
    public ImportPipeline(NewsPipeline pipeline, JsonFieldNames? fields = null)
        : this(Extractor(pipeline), fields)
    {
    }

    /// <summary>Extraction of each document on its own: the same file gives the same entities, whatever else is imported with it.</summary>
    public static ExtractEntities Extractor(NewsPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return document => pipeline.Extract(document);
    }

    /// <summary>
    /// Imports <paramref name="files"/> in order. Reading, decoding and extraction run ahead on the thread pool (16 parts
    /// per core: with 2 per core the writer often waited for one slow document while a core stood idle) and come out in
    /// file order, which keeps ids deterministic.
    /// </summary>
    /// <param name="isUnchanged">Given a file and its SHA-256, whether it is stored already (then it is not read further).</param>
    public async IAsyncEnumerable<ImportedPart> ImportAsync(
        IReadOnlyList<SourceFile> files, Func<SourceFile, string, bool>? isUnchanged, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = Channel.CreateBounded<Task<ImportedPart>>(new BoundedChannelOptions(16 * Environment.ProcessorCount)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = Task.Run(() => PlanAllAsync(files, isUnchanged, ahead.Writer, stop.Token), stop.Token);
        try
        {
            var records = new RecordIdentities();
            await foreach (var work in ahead.Reader.ReadAllAsync(stop.Token))
            {
                yield return records.WithoutRepeats(await work);
            }

            await producer;
        }
        finally
        {
            // The caller stopped early (an error, or it had seen enough): stop reading ahead too.
            await stop.CancelAsync();
        }
    }

    private async Task PlanAllAsync(
        IReadOnlyList<SourceFile> files, Func<SourceFile, string, bool>? isUnchanged, ChannelWriter<Task<ImportedPart>> ahead, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
            {
                foreach (var work in Plan(file, isUnchanged, cancellationToken))
                {
                    await ahead.WriteAsync(Task.Run(work, cancellationToken), cancellationToken);
                }
            }

            ahead.Complete();
        }
        catch (Exception exception)
        {
            ahead.Complete(exception);
        }
    }

    /// <summary>
    /// The work one file takes, in order: one step for a file that is one article, one per run of records for an export.
    /// Runs on one thread, reading the file once (twice for a large export: its hash first).
    /// </summary>
    private IEnumerable<Func<ImportedPart>> Plan(SourceFile file, Func<SourceFile, string, bool>? isUnchanged, CancellationToken cancellationToken)
    {
        long length;
        byte[] start;
        try
        {
            if (HoldsNoBytes(file.FullPath))
            {
                return [() => new FailedFile(file, "empty: no bytes, or not a file (a pipe, socket or device)", [])];
            }

            using var stream = File.OpenRead(file.FullPath);
            length = stream.Length; // the file's, where FileInfo would give a symbolic link's own length
            start = new byte[(int)Math.Min(length, length <= MaxDocumentBytes ? MaxDocumentBytes : SniffBytes)];
            stream.ReadExactly(start);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [() => new FailedFile(file, $"cannot be read: {exception.Message}", [])];
        }

        var format = DocumentReader.FormatOf(file.Path, Sniff(start));
        var isExport = format is DocumentFormat.JsonLines || (format is DocumentFormat.Json && FirstCharacter(start) == '[');
        var isLargeWrapper = format is DocumentFormat.Json && length > MaxDocumentBytes && FirstCharacter(start) == '{';
        if (length > MaxDocumentBytes && !isExport && !isLargeWrapper)
        {
            return [() => new FailedFile(file, FormattableString.Invariant($"too large: {length:N0} bytes, over the 2 MiB limit"), [])];
        }

        if (length <= MaxDocumentBytes)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(start));
            if (isUnchanged?.Invoke(file, hash) == true)
            {
                return [() => new UnchangedFile(file)];
            }

            return isExport
                ? PlanRecords(file, hash, format, () => new MemoryStream(start, writable: false), start, cancellationToken)
                : [() => ReadWhole(file, hash, start)];
        }

        string largeHash;
        try
        {
            using var stream = File.OpenRead(file.FullPath);
            largeHash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [() => new FailedFile(file, $"cannot be read: {exception.Message}", [])];
        }

        return isUnchanged?.Invoke(file, largeHash) == true
            ? [() => new UnchangedFile(file)]
            : PlanRecords(file, largeHash, format, () => File.OpenRead(file.FullPath), start, cancellationToken);
    }

    /// <summary>
    /// Whether the file (a link's target) has no bytes. A pipe, socket or device has none either, and opening a pipe would
    /// wait for a writer for ever, so such a file is never opened.
    /// </summary>
    private static bool HoldsNoBytes(string path)
    {
        var file = new FileInfo(path);
        return (file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true)) is FileInfo { Exists: true, Length: 0 };
    }

    /// <summary>Runs of an export's records, each extracted on the thread pool; the last one closes the file.</summary>
    private IEnumerable<Func<ImportedPart>> PlanRecords(
        SourceFile file, string hash, DocumentFormat format, Func<Stream> open, byte[] start, CancellationToken cancellationToken)
    {
        // Refused early, as a whole: a binary file misnamed .jsonl would otherwise fail once per "line".
        if (DocumentDecoder.Decode(start) is { Failure: { } failure })
        {
            yield return () => new FailedFile(file, failure, []);
            yield break;
        }

        using var stream = ExportRecords.AsUtf8(open());
        var splitter = new ExportRecords.ArraySplitter(MaxDocumentBytes, DocumentReader.ExportArrayNames);
        var records = format == DocumentFormat.JsonLines
            ? ExportRecords.JsonLines(stream, MaxDocumentBytes)
            : ExportRecords.JsonArray(stream, splitter);

        List<RawRecord>? pending = null;
        var run = new List<RawRecord>();
        var runBytes = 0;
        var first = true;
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Add(record);
            runBytes += record.Json?.Length ?? 0;
            if (run.Count < RunRecords && runBytes < RunBytes)
            {
                continue;
            }

            if (pending is not null)
            {
                yield return ExtractRun(file, hash, pending, first, isLast: false);
                first = false;
            }

            (pending, run, runBytes) = (run, [], 0);
        }

        if (pending is not null && run.Count > 0)
        {
            yield return ExtractRun(file, hash, pending, first, isLast: false);
            (pending, first) = (null, false);
        }

        var last = pending ?? run;
        if (last.Count == 0 && first)
        {
            var reason = format == DocumentFormat.JsonLines ? "no articles: every line is blank" : splitter.Problem ?? "no articles";
            yield return () => new FailedFile(file, reason, []);
            yield break;
        }

        yield return ExtractRun(file, hash, last, first, isLast: true);
    }

    private Func<ImportedPart> ExtractRun(SourceFile file, string hash, List<RawRecord> records, bool isFirst, bool isLast) => () =>
    {
        var documents = new List<ImportedDocument>();
        var failures = new List<RecordFailure>();
        var warnings = new List<ImportWarning>();
        foreach (var record in records)
        {
            if (record.Warning is { } warning)
            {
                warnings.Add(new ImportWarning(record.Position, warning));
            }

            if (record.Json is null)
            {
                failures.Add(new RecordFailure(record.Position, record.Failure ?? "unreadable"));
                continue;
            }

            try
            {
                var document = DocumentReader.ReadRecord(file.Path, record.Json, record.Position, _fields);
                AddExtracted(record.Position, document, documents, failures, warnings);
            }
            catch (DocumentFormatException exception)
            {
                failures.Add(new RecordFailure(record.Position, exception.Message));
            }
        }

        return new ImportedDocuments(file, hash, documents, failures, warnings, isFirst, isLast);
    };

    /// <summary>A file read whole: text, HTML, or a JSON object (one article, or a small wrapper of several).</summary>
    private ImportedPart ReadWhole(SourceFile file, string hash, byte[] bytes)
    {
        var decoded = DocumentDecoder.Decode(bytes);
        List<ImportWarning> warnings = decoded.Warning is null ? [] : [new ImportWarning(null, decoded.Warning)];
        if (decoded.Text is not { } text)
        {
            return new FailedFile(file, decoded.Failure!, warnings);
        }

        DocumentFile read;
        try
        {
            read = DocumentReader.Read(file.Path, text, _fields);
        }
        catch (DocumentFormatException exception)
        {
            return new FailedFile(file, exception.Message, warnings);
        }

        var documents = new List<ImportedDocument>();
        var failures = read.Failures.ToList();
        foreach (var document in read.Documents)
        {
            if (AddExtracted(document.Record, document, documents, failures, warnings) is { } problem && document.Record is null)
            {
                // A file that is one article fails as a whole.
                return new FailedFile(file, problem, warnings);
            }
        }

        return documents.Count == 0 && failures.Count == 0
            ? new FailedFile(file, "no articles in the file", warnings)
            : new ImportedDocuments(file, hash, documents, failures, warnings, IsFirst: true, IsLast: true);
    }

    /// <summary>Extracts one document; what went wrong is a record failure (returned too), what was guessed a warning.</summary>
    private string? AddExtracted(
        string? position, NewsDocument document, List<ImportedDocument> documents, List<RecordFailure> failures, List<ImportWarning> warnings)
    {
        warnings.AddRange(document.Warnings.Select(warning => new ImportWarning(position, warning)));
        string? problem;
        try
        {
            var extraction = extract(document);
            // What extraction itself reports (names read from part of a very long text only).
            warnings.AddRange(extraction.Document.Warnings.Skip(document.Warnings.Count).Select(warning => new ImportWarning(position, warning)));
            problem = MentionCheck.FindProblem(extraction);
            if (problem is null)
            {
                documents.Add(new ImportedDocument(position, extraction));
                return null;
            }
        }
#pragma warning disable CA1031 // An extractor bug on one odd document is reported against it; the other documents still get stored.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            problem = $"extraction error: {exception.GetType().Name}: {exception.Message}";
        }

        if (position is not null)
        {
            failures.Add(new RecordFailure(position, problem));
        }

        return problem;
    }

    /// <summary>The first characters, enough to tell the format.</summary>
    private static string Sniff(byte[] start)
    {
        var head = start.AsSpan(0, Math.Min(start.Length, 256));
        return head switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(head[2..]),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(head[2..]),
            _ => Encoding.UTF8.GetString(head),
        };
    }

    private static char FirstCharacter(byte[] start) => Sniff(start).AsSpan().TrimStart("\uFEFF \t\r\n") is [var first, ..] ? first : '\0';

    /// <summary>
    /// An export's records by their id or URL: the second record with the same one is refused (it would replace the
    /// first under the same article). Remembers the ids of the current file only, each as 64 bits of its SHA-256 with the
    /// number of the line (or item) that had it: about 28 bytes a record whatever the ids' length, so 7 MB for an export
    /// of 250,000 articles (1 GB of text). Two different ids of one file share those 64 bits with a chance of one in 10^8
    /// even at a million records; such a record would be refused with its id named, not lost unseen.
    /// </summary>
    private sealed class RecordIdentities
    {
        private readonly Dictionary<ulong, int> _seen = [];
        private string? _file;

        public ImportedPart WithoutRepeats(ImportedPart part)
        {
            if (part is not ImportedDocuments { Documents.Count: > 0 } documents)
            {
                return part;
            }

            if (_file != part.File.Path)
            {
                _file = part.File.Path;
                _seen.Clear();
                _seen.TrimExcess();
            }

            var kept = new List<ImportedDocument>();
            var failures = documents.Failures.ToList();
            foreach (var document in documents.Documents)
            {
                var (kind, number) = Split(document.Position);
                if (document.Extraction.Document.Record is not { } record || _seen.TryAdd(Key(record), number))
                {
                    kept.Add(document);
                }
                else
                {
                    var first = _seen[Key(record)] is var line and >= 0 ? $"{kind} {line}" : "an earlier record";
                    failures.Add(new RecordFailure(document.Position ?? "", $"the same id or URL as {first}: '{record}'"));
                }
            }

            return kept.Count == documents.Documents.Count ? part : documents with { Documents = kept, Failures = failures };
        }

        private static ulong Key(string record) => BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(record)));

        /// <summary>"line 7" as ("line", 7); -1 for a position of another shape.</summary>
        private static (string Kind, int Number) Split(string? position) =>
            position?.LastIndexOf(' ') is > 0 and var space && int.TryParse(position.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? (position[..space], number)
                : ("", -1);
    }
}
