using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using Spectre.Console;

namespace NewsApi.Seeder.BenchRead;

/// <summary>
/// `bench-read`: how fast saved news pages are read, NewsApi's reader (metadata, SmartReader, our text blocks and page
/// chrome rules) against plain SmartReader (its own parse and text) on the same pages, one thread, in alternating rounds
/// so both see the same machine load; prints pages per second per round, the medians and their ratio.
/// </summary>
public static class BenchReadCommand
{
    public static Command Create()
    {
        var pages = new Option<DirectoryInfo>("--pages")
        {
            Description = "Folder of saved pages (*.html, *.htm, searched recursively).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("tests", "NewsApi.Extraction.Tests", "Documents", "Pages")),
        };
        var rounds = new Option<int>("--rounds") { Description = "Rounds per reader (odd, for a median).", DefaultValueFactory = _ => 5 };
        var repeat = new Option<int>("--repeat") { Description = "How many times each round reads every page.", DefaultValueFactory = _ => 20 };

        var command = new Command("bench-read", "Measure page reading speed: NewsApi's reader vs plain SmartReader, one thread.") { pages, rounds, repeat };
        command.SetAction(parse => Run(parse.GetValue(pages)!, parse.GetValue(rounds), parse.GetValue(repeat)));
        return command;
    }

    private static int Run(DirectoryInfo folder, int rounds, int repeat)
    {
        var pages = folder.Exists
            ? folder.EnumerateFiles("*.htm*", SearchOption.AllDirectories).Order(Comparer<FileInfo>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName)))
                .Select(file => (file.Name, Html: File.ReadAllText(file.FullName))).ToList()
            : [];
        if (pages.Count == 0 || rounds < 1 || repeat < 1)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No saved pages in {folder.FullName}, or no rounds asked for.[/]");
            return 1;
        }

        var refused = pages.Count(page => ReadWithNewsApi(page.Name, page.Html) == 0);
        Warm(pages);
        var newsApi = new List<double>();
        var smartReader = new List<double>();
        var table = new Table().AddColumns("round", "NewsApi pages/s", "plain SmartReader pages/s");
        for (var round = 1; round <= rounds; round++)
        {
            newsApi.Add(PagesPerSecond(pages, repeat, page => ReadWithNewsApi(page.Name, page.Html)));
            smartReader.Add(PagesPerSecond(pages, repeat, page => ReadWithSmartReader(page.Html)));
            table.AddRow(round.ToString(CultureInfo.InvariantCulture), Format(newsApi[^1]), Format(smartReader[^1]));
        }

        table.AddRow("[bold]median[/]", $"[bold]{Format(Median(newsApi))}[/]", $"[bold]{Format(Median(smartReader))}[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{pages.Count} pages ({pages.Sum(page => page.Html.Length) / 1024.0:F0} KiB, {refused} refused by NewsApi) read {repeat} times per round; NewsApi / SmartReader = {Median(newsApi) / Median(smartReader):F2}.");
        return 0;
    }

    /// <returns>The body's length, 0 when the page is refused (so the work cannot be optimised away).</returns>
    private static int ReadWithNewsApi(string name, string html)
    {
        try
        {
            return DocumentReader.Read(name, html).Documents.Sum(document => document.Body.Length);
        }
        catch (DocumentFormatException)
        {
            return 0;
        }
    }

    private static int ReadWithSmartReader(string html) => SmartReader.Reader.ParseArticle("https://newsapi.invalid/", html, null).TextContent.Length;

    /// <summary>Both readers for a few seconds first, so the rounds time optimised code rather than the JIT's first tiers.</summary>
    private static void Warm(List<(string Name, string Html)> pages)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var page in pages)
            {
                ReadWithNewsApi(page.Name, page.Html);
                ReadWithSmartReader(page.Html);
            }
        }
    }

    private static double PagesPerSecond(List<(string Name, string Html)> pages, int repeat, Func<(string Name, string Html), int> read)
    {
        var clock = Stopwatch.StartNew();
        var characters = 0L;
        for (var time = 0; time < repeat; time++)
        {
            foreach (var page in pages)
            {
                characters += read(page);
            }
        }

        GC.KeepAlive(characters);
        return pages.Count * repeat / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Format(double pagesPerSecond) => pagesPerSecond.ToString("N0", CultureInfo.InvariantCulture);
}
