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
            HelpName = "DIR",
            Description = "Folder of saved pages (*.html, *.htm, searched recursively).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("tests", "NewsApi.Extraction.Tests", "Documents", "Pages")),
        };
        var rounds = new Option<int>("--rounds") { HelpName = "N", Description = "Rounds per reader (odd, for a median).", DefaultValueFactory = _ => 5 };
        var repeat = new Option<int>("--repeat") { HelpName = "N", Description = "How many times each round reads every page.", DefaultValueFactory = _ => 20 };
        var furniture = new Option<int>("--furniture-kb")
        {
            HelpName = "KB",
            Description = "KiB of site furniture (menus, link lists, scripts, a comment thread) added around each page's story, as real saved pages carry.",
            DefaultValueFactory = _ => 0,
        };

        var command = new Command("bench-read", "Measure page reading speed: NewsApi's reader vs plain SmartReader, one thread.") { pages, rounds, repeat, furniture };
        command.SetAction(parse => Run(parse.GetValue(pages)!, parse.GetValue(rounds), parse.GetValue(repeat), parse.GetValue(furniture)));
        return command;
    }

    private static int Run(DirectoryInfo folder, int rounds, int repeat, int furnitureKb)
    {
        var pages = folder.Exists
            ? folder.EnumerateFiles("*.htm*", SearchOption.AllDirectories).Order(Comparer<FileInfo>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName)))
                .Select(file => (file.Name, Html: WithFurniture(File.ReadAllText(file.FullName), furnitureKb))).ToList()
            : [];
        if (pages.Count == 0 || rounds < 1 || repeat < 1)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No saved pages in {folder.FullName}, or no rounds asked for.[/]");
            return 1;
        }

        var refused = pages.Where(page => ReadWithNewsApi(page.Name, page.Html) == 0).Select(page => page.Name).ToList();
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
            $"{pages.Count} pages ({pages.Sum(page => page.Html.Length) / 1024.0:F0} KiB, {refused.Count} refused by NewsApi{(refused.Count > 0 ? ": " + string.Join(", ", refused) : "")}) read {repeat} times per round; NewsApi / SmartReader = {Median(newsApi) / Median(smartReader):F2}.");
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

    /// <summary>The page with about <paramref name="kilobytes"/> KiB of menus, link lists, script and comments around its story.</summary>
    private static string WithFurniture(string html, int kilobytes)
    {
        if (kilobytes <= 0 || html.IndexOf("<body", StringComparison.OrdinalIgnoreCase) is var body && body < 0)
        {
            return html;
        }

        var furniture = new System.Text.StringBuilder();
        for (var block = 0; furniture.Length < kilobytes * 1024; block++)
        {
            furniture.Append(CultureInfo.InvariantCulture, $"<div class=\"block-{block}\"><ul>");
            for (var link = 0; link < 12; link++)
            {
                furniture.Append(CultureInfo.InvariantCulture, $"<li class=\"item\"><a href=\"/section/{block}/{link}\">Section {block} story {link} headline</a></li>");
            }

            furniture.Append(CultureInfo.InvariantCulture,
                $"</ul></div><script>window.slot{block} = {{ id: {block}, sizes: [[300, 250], [728, 90]] }};</script>" +
                $"<div class=\"entry-{block}\"><p>Reader {block} wrote a comment of a few sentences about the story, which goes on for a while.</p></div>");
        }

        var start = html.IndexOf('>', body) + 1;
        var half = furniture.Length / 2;
        return string.Concat(html.AsSpan(0, start), furniture.ToString(0, half), html.AsSpan(start), furniture.ToString(half, furniture.Length - half));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Format(double pagesPerSecond) => pagesPerSecond.ToString(pagesPerSecond < 100 ? "N1" : "N0", CultureInfo.InvariantCulture);
}
