using System.CommandLine;
using NewsApi.Extraction;
using NewsApi.Extraction.Entities;
using NewsApi.Ingestion;

namespace NewsApi.Seeder.Extract;

/// <summary>
/// `extract PATH... [--output DIR]`: what the pipeline finds in each document, as JSON, without touching a database.
/// Exit code 0 when every document was read, 1 when any failed (each failure is reported on stderr).
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Documents, or folders of *.txt documents.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<DirectoryInfo?>("--output")
        {
            Description = "Write one <name>.json per document into this folder instead of printing to stdout.",
        };

        var command = new Command("extract", "Print the people, organisations and places found in news documents, as JSON.") { paths, output };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, DirectoryInfo? output)
    {
        var files = new List<FileInfo>();
        var failures = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(new DirectoryInfo(path).EnumerateFiles("*.txt").OrderBy(file => file.Name, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(new FileInfo(path));
            }
            else
            {
                Report(path, "no such file or folder");
                failures++;
            }
        }

        var documents = files.Select(Decode).OfType<SourceDocument>().ToList();
        failures += files.Count - documents.Count;
        var pipeline = NewsPipeline.CreateDefault();

        // A first pass learns every acronym definition, so a document can use one that a later document defines.
        var context = new ExtractionContext();
        foreach (var (file, text) in documents)
        {
            try
            {
                pipeline.Process(file.Name, text, context);
            }
            catch (DocumentFormatException)
            {
                // Reported by the second pass.
            }
        }

        output?.Create();
        foreach (var (file, text) in documents)
        {
            try
            {
                var json = ExtractionJson.From(pipeline.Process(file.Name, text, context)).ToJson();
                if (output is null)
                {
                    Console.WriteLine(json);
                }
                else
                {
                    File.WriteAllText(Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(file.Name) + ".json"), json + Environment.NewLine);
                }
            }
            catch (DocumentFormatException exception)
            {
                Report(file.FullName, exception.Message);
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static SourceDocument? Decode(FileInfo file)
    {
        if (DocumentDecoder.TryDecode(File.ReadAllBytes(file.FullName), out var text, out var failure))
        {
            return new SourceDocument(file, text);
        }

        Report(file.FullName, failure);
        return null;
    }

    private static void Report(string path, string reason) => Console.Error.WriteLine($"{path}: {reason}");

    private sealed record SourceDocument(FileInfo File, string Text);
}
