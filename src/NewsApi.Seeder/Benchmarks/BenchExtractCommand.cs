using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsApi.Extraction;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;
using Spectre.Console;

namespace NewsApi.Seeder.Benchmarks;

/// <summary>
/// `bench-extract`: how fast extraction runs. Loads the model, then extracts the same documents over and over (1,000 by
/// default) on one thread and on all cores, and prints tokens and articles per second and the process's peak memory.
/// </summary>
public static class BenchExtractCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input")
        {
            HelpName = "DIR",
            Description = "Folder of *.txt news documents to repeat.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("db", "documents")),
        };
        var articles = new Option<int>("--articles")
        {
            HelpName = "N",
            Description = "How many documents to extract per measurement.",
            DefaultValueFactory = _ => 1000,
        };

        var command = new Command("bench-extract", "Measure extraction speed, model load time and peak memory.") { input, articles };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(articles)));
        return command;
    }

    private static int Run(DirectoryInfo input, int articleCount)
    {
        var texts = input.Exists ? input.EnumerateFiles("*.txt").Select(file => (file.Name, Text: File.ReadAllText(file.FullName))).ToList() : [];
        if (texts.Count == 0 || articleCount < 1)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No *.txt documents in {input.FullName}, or no articles asked for.[/]");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var tagger = NerTagger.LoadDefault();
        var taggerLoadTime = clock.Elapsed;
        var pipeline = NewsPipeline.CreateDefault();
        pipeline.Process(texts[0].Name, texts[0].Text); // loads the word lists too
        var loadTime = clock.Elapsed;

        var documents = Enumerable.Range(0, articleCount).Select(i => texts[i % texts.Count]).ToList();
        var tokens = documents.Sum(document => Tokenizer.Tokenize(document.Text).Sum(sentence => sentence.Tokens.Length));

        // A warm-up pass, so the timings measure compiled code rather than the JIT's first tiers.
        foreach (var (name, text) in documents.Take(100)) pipeline.Process(name, text);

        // CPU seconds beside wall seconds: on a shared machine the process's own CPU time is the steadier figure.
        var table = new Table().AddColumns("measurement", "seconds", "tokens/s", "articles/s", "CPU seconds", "tokens/CPU s", "KB allocated/article");
        table.AddRow("tagger loaded (model, word lists)", Format(taggerLoadTime.TotalSeconds, "F2"), "", "", "", "", "");
        table.AddRow("+ pipeline and a first document", Format(loadTime.TotalSeconds, "F2"), "", "", "", "", "");
        AddRow(table, "tokenizer + tagger, one thread", tokens, articleCount, Measure(() =>
        {
            foreach (var (_, text) in documents) tagger.Tag(Tokenizer.Tokenize(text));
        }));
        AddRow(table, "whole pipeline, one thread", tokens, articleCount, Measure(() =>
        {
            foreach (var (name, text) in documents) pipeline.Process(name, text);
        }));
        AddRow(table, $"whole pipeline, {Environment.ProcessorCount} cores", tokens, articleCount, Measure(() =>
            Parallel.ForEach(documents, document => pipeline.Process(document.Name, document.Text))));

        using var process = Process.GetCurrentProcess();
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            $"{articleCount:N0} articles ({texts.Count} distinct, {tokens:N0} tokens); peak memory {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB.");
        return 0;
    }

    // Allocation is counted too: unlike time, it does not depend on what else the machine is doing.
    private static (TimeSpan Wall, TimeSpan Cpu, long Allocated) Measure(Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        action();
        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void AddRow(Table table, string label, int tokens, int articles, (TimeSpan Wall, TimeSpan Cpu, long Allocated) elapsed) =>
        table.AddRow(
            label,
            Format(elapsed.Wall.TotalSeconds, "F2"),
            Format(tokens / elapsed.Wall.TotalSeconds, "N0"),
            Format(articles / elapsed.Wall.TotalSeconds, "N0"),
            Format(elapsed.Cpu.TotalSeconds, "F2"),
            Format(tokens / elapsed.Cpu.TotalSeconds, "N0"),
            Format(elapsed.Allocated / 1024.0 / articles, "N0"));

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
