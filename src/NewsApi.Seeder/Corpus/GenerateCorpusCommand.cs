using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace NewsApi.Seeder.Corpus;

/// <summary>`generate-corpus`: writes a reproducible synthetic corpus for benchmarks (seed, growth and load tests).</summary>
public static class GenerateCorpusCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { HelpName = "N", Description = "How many articles to write.", Required = true };
        var output = new Option<DirectoryInfo>("--output") { HelpName = "DIR", Description = "Folder to write the *.txt articles (or corpus.jsonl) into.", Required = true };
        var seed = new Option<int>("--seed") { HelpName = "N", Description = "Random seed: the same seed writes the same corpus.", DefaultValueFactory = _ => 1 };
        var jsonLines = new Option<bool>("--jsonl") { Description = "Write one JSON Lines export, corpus.jsonl, instead of a file per article." };
        var htmlKilobytes = new Option<int>("--html-kb")
        {
            HelpName = "KB",
            Description = "With --jsonl: give each record its saved page, about this many KiB, in an \"html\" field the readers ignore "
                + "(real scraped exports are that large).",
        };

        var command = new Command("generate-corpus", "Write N synthetic news articles in the seed plain-text format, or as one JSON Lines export.")
        {
            count, output, seed, jsonLines, htmlKilobytes,
        };
        command.SetAction(parse => Run(parse.GetValue(count), parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(jsonLines), parse.GetValue(htmlKilobytes)));
        return command;
    }

    private static int Run(int count, DirectoryInfo output, int seed, bool jsonLines, int htmlKilobytes)
    {
        if (count < 1 || htmlKilobytes < 0)
        {
            AnsiConsole.MarkupLine("[red]--count must be at least 1 and --html-kb at least 0.[/]");
            return 1;
        }

        output.Create();
        if (jsonLines)
        {
            var path = Path.Combine(output.FullName, "corpus.jsonl");
            var bytes = JsonLinesCorpus.Write(path, count, seed, htmlKilobytes);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote {count:N0} articles (seed {seed}, {bytes:N0} bytes) to {path}.");
            return 0;
        }

        var generator = new CorpusGenerator(seed);
        var digits = Math.Max(5, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var name = $"{i.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}_synthetic.txt";
            File.WriteAllText(Path.Combine(output.FullName, name), generator.NextArticle());
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote {count:N0} articles (seed {seed}) to {output.FullName}.");
        return 0;
    }
}
