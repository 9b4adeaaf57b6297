using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Finding;
using NewsApi.Seeder.Seed;

namespace NewsApi.Seeder.Extract;

/// <summary>
/// `extract PATH... [--output DIR] [--with-body]`: what the import finds in each document, as JSON, without a database.
/// The same files, readers and extraction as <c>seed</c>, so the same file gives the same entities. A document that
/// cannot be read is reported on stderr (file, record, reason) and the run goes on; the exit code is then 1.
/// </summary>
public static class ExtractCommand
{
    private const int MaxFileNameBytes = 255;

    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Documents, or folders of them (searched recursively, as seed does): text, HTML, JSON and JSON Lines.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<DirectoryInfo?>("--output")
        {
            HelpName = "DIR",
            Description = "Write one <path>.json per document into this folder (the folder's subfolders mirrored; an export's records "
                + "as <path>-<record>.json) instead of printing to stdout.",
        };
        var withBody = new Option<bool>("--with-body") { Description = "Also print each document's body (the text the mention offsets point into)." };
        var fields = new Option<string[]>("--field")
        {
            Description = "Where a JSON export keeps an article field the common names miss, as for seed (repeatable).",
            HelpName = "FIELD=PROPERTY",
        };

        var command = new Command("extract", $"Print the {EntityTypes.Listed(type => type.Plural.ToLowerInvariant())} found in news documents, as JSON.")
        {
            paths, output, withBody, fields,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(withBody), JsonFieldNames.Parse(parse.GetValue(fields) ?? []), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] paths, DirectoryInfo? output, bool withBody, JsonFieldNames fields, CancellationToken cancellationToken)
    {
        // The model and the word lists load on two threads while the files are found: together about half a second of
        // a short run, which otherwise waited for them one after the other.
        var wordLists = Task.Run(() => Gazetteer.Default, cancellationToken);
        var pipeline = Task.Run(NewsPipeline.CreateDefault, cancellationToken);
        var found = FileSelection.All.Find(paths);
        var failures = 0;
        foreach (var unreadable in found.Skipped.Where(skipped => skipped.Unreadable))
        {
            Report(unreadable.Path, null, unreadable.Reason);
            failures++;
        }

        await wordLists;
        var import = new ImportPipeline(await pipeline, fields);
        await using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = ExtractionJson.Options.Encoder });
        var documentsOfFile = 0;
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // output names taken, in any letter case
        await foreach (var part in import.ImportAsync(found.Files, isUnchanged: null, cancellationToken))
        {
            switch (part)
            {
                case FailedFile failed:
                    ReportWarnings(part.File, failed.Warnings);
                    Report(part.File.Path, null, failed.Reason);
                    failures++;
                    break;
                case ImportedDocuments imported:
                    ReportWarnings(part.File, imported.Warnings);
                    documentsOfFile = imported.IsFirst ? 0 : documentsOfFile;
                    foreach (var document in imported.Documents)
                    {
                        var json = ExtractionJson.From(document.Extraction, withBody);
                        if (output is null)
                        {
                            await WriteAsync(writer, stdout, json, cancellationToken);
                        }
                        else
                        {
                            try
                            {
                                await WriteFileAsync(output, Unique(OutputName(part.File, document), written), json, cancellationToken);
                            }
                            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                            {
                                Report(part.File.Path, document.Position, $"cannot write its output: {exception.Message}");
                                failures++;
                            }
                        }
                    }

                    documentsOfFile += imported.Documents.Count;
                    foreach (var failure in imported.Failures)
                    {
                        Report(part.File.Path, failure.Record, failure.Reason);
                        failures++;
                    }

                    if (imported.IsLast && documentsOfFile == 0 && imported.Failures.Count == 0)
                    {
                        Report(part.File.Path, null, "no articles in the file");
                        failures++;
                    }

                    break;
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.DocumentsFailed;
    }

    /// <summary>One JSON writer for the whole output: each document is an indented object on its own lines.</summary>
    private static async Task WriteAsync(Utf8JsonWriter writer, Stream stdout, ExtractionJson json, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(writer, json, ExtractionJsonContext.Default.ExtractionJson);
        await writer.FlushAsync(cancellationToken);
        await stdout.WriteAsync(NewLine, cancellationToken);
        writer.Reset();
    }

    private static async Task WriteFileAsync(DirectoryInfo output, string name, ExtractionJson json, CancellationToken cancellationToken)
    {
        var path = Path.Combine(output.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = File.Create(path);
        await using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = ExtractionJson.Options.Encoder }))
        {
            JsonSerializer.Serialize(writer, json, ExtractionJsonContext.Default.ExtractionJson);
        }

        await stream.WriteAsync(NewLine, cancellationToken);
    }

    /// <summary>
    /// The name, or "x-2.json", "x-3.json"... when an earlier document took it: "x.txt" beside "x.html", records "a-1" and
    /// "A 1", would otherwise overwrite each other's output.
    /// </summary>
    private static string Unique(string name, HashSet<string> written)
    {
        var stem = name[..^".json".Length];
        var unique = name;
        for (var copy = 2; !written.Add(unique); copy++)
        {
            unique = FormattableString.Invariant($"{stem}-{copy}.json");
        }

        return unique;
    }

    /// <summary>
    /// "business/001.json" for business/001.txt; "feed-line-3.json" for line 3 of feed.jsonl. A record id too long for a
    /// file name (255 bytes) is cut, and told apart from others cut alike by a hash of the whole id.
    /// </summary>
    private static string OutputName(SourceFile file, ImportedDocument document)
    {
        var stem = Path.ChangeExtension(file.Path, null);
        if (document.Position is null)
        {
            return stem + ".json";
        }

        var record = document.Extraction.Document.Record ?? document.Position;
        var slug = Storage.Writing.Slug.Of(record);
        var spare = MaxFileNameBytes - Encoding.UTF8.GetByteCount($"{Path.GetFileName(stem)}-.json");
        if (Encoding.UTF8.GetByteCount(slug) > spare)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record)))[..12];
            var kept = slug.Length;
            while (kept > 0 && (Encoding.UTF8.GetByteCount(slug.AsSpan(0, kept)) > spare - hash.Length - 1 || char.IsHighSurrogate(slug[kept - 1])))
            {
                kept--;
            }

            slug = $"{slug[..kept].TrimEnd('-')}-{hash}";
        }

        return $"{stem}-{slug}.json";
    }

    private static void ReportWarnings(SourceFile file, IReadOnlyList<ImportWarning> warnings)
    {
        foreach (var warning in warnings)
        {
            Report(file.Path, warning.Record, "warning: " + warning.Message);
        }
    }

    private static void Report(string path, string? record, string reason) =>
        Console.Error.WriteLine(TerminalText.Of(record is null ? $"{path}: {reason}" : $"{path} ({record}): {reason}"));
}
