using System.CommandLine;
using System.Globalization;
using System.Text;

namespace NewsApi.Seeder.Eval;

/// <summary>
/// `eval --articles DIR --gold DIR`: scores the extract command's output against hand-made gold with the bench's rules
/// (see <see cref="BenchScorer"/>), then lists each article's misses and false positives.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var articles = new Option<DirectoryInfo>("--articles")
        {
            Description = "The extract command's output: one <article>.json per article.",
            Required = true,
        };
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Gold entities: one <article>.json per article.", Required = true };
        var lenient = new Option<bool>("--lenient") { Description = "Treat nested-only and plural-group gold entities as optional." };

        var command = new Command("eval", "Score extracted entities against gold annotations (precision, recall, F1, alias merging).")
        {
            articles, gold, lenient,
        };
        command.SetAction(parse => Run(parse.GetValue(articles)!, parse.GetValue(gold)!, parse.GetValue(lenient)));
        return command;
    }

    private static int Run(DirectoryInfo articles, DirectoryInfo gold, bool lenient)
    {
        if (!gold.Exists || !gold.EnumerateFiles("*.json").Any())
        {
            Console.Error.WriteLine($"error: no gold documents in {gold.FullName}");
            return 2;
        }

        var score = new BenchScorer(lenient).Score(gold.FullName, articles.FullName);
        foreach (var warning in score.Warnings)
        {
            Console.Error.WriteLine("warning: " + warning);
        }

        Console.WriteLine(Table(score));
        Console.WriteLine();
        Console.WriteLine(Errors(score));
        return 0;
    }

    /// <summary>The same table score.py prints, line for line.</summary>
    public static string Table(BenchScore score)
    {
        var lines = new StringBuilder();
        var gold = score.PerType;
        lines.AppendLine(Invariant($"docs {score.Documents.Count} | gold entities {score.Micro.Gold} (person {gold["person"].Gold}, organization {gold["organization"].Gold}, place {gold["place"].Gold}){(score.Lenient ? " | lenient" : "")}"));
        lines.AppendLine(Invariant($"{"type",-14} {"gold",5} {"sys",5} {"tp",5} {"P",7} {"R",7} {"F1",7}"));
        foreach (var (label, counts) in score.PerType.Select(pair => (pair.Key, pair.Value)).Append(("micro", score.Micro)).Append(("type-agnostic", score.TypeAgnostic)))
        {
            lines.AppendLine(Invariant($"{label,-14} {counts.Gold,5} {counts.System,5} {counts.TruePositives,5} {counts.Precision,7:F3} {counts.Recall,7:F3} {counts.F1,7:F3}"));
        }

        lines.Append(Invariant($"alias merging  {score.AliasMerged}/{score.AliasEligible} = {score.AliasMergingRate:F3} of gold entities with 2+ name variants covered by one system entity ({score.AliasFragmented} fragmented over several)"));
        if (score.InvalidSystemEntities > 0)
        {
            lines.AppendLine().Append(Invariant($"ignored system entities with an unknown type: {score.InvalidSystemEntities}"));
        }

        return lines.ToString();
    }

    private static string Errors(BenchScore score)
    {
        var lines = new StringBuilder();
        foreach (var document in score.Documents)
        {
            lines.AppendLine(Invariant($"== {document.Document}: {document.Matched.Count} matched, {document.Misses.Count} missed, {document.FalsePositives.Count} false positives"));
            foreach (var miss in document.Misses) lines.AppendLine("  missed          " + miss);
            foreach (var falsePositive in document.FalsePositives) lines.AppendLine("  false positive  " + falsePositive);
            foreach (var fragmented in document.Fragmented) lines.AppendLine("  fragmented      " + fragmented);
        }

        return lines.ToString().TrimEnd();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
