using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Seeder.Eval;

/// <summary>
/// `eval --articles DIR --gold DIR`: scores the extract command's output against hand-made gold with the bench's rules
/// (see <see cref="BenchScorer"/>), then lists each article's misses and false positives.
/// `eval --kfold N --corpora DIR`: the same scores, k-fold over the dev articles (see <see cref="KFoldEvaluation"/>).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var articles = new Option<DirectoryInfo?>("--articles") { HelpName = "DIR", Description = "The extract command's output: one <article>.json per article." };
        var gold = new Option<DirectoryInfo?>("--gold") { HelpName = "DIR", Description = "Gold entities: one <article>.json per article." };
        var lenient = new Option<bool>("--lenient") { Description = "Treat nested-only and plural-group gold entities as optional." };
        var kfold = new Option<int>("--kfold")
        {
            HelpName = "N",
            Description = "Instead: split the dev articles into this many folds, train a tagger per fold on --corpora plus the "
                + "other folds' articles, and score each fold's articles through the whole pipeline (takes minutes).",
        };
        var corpora = new Option<DirectoryInfo?>("--corpora") { HelpName = "DIR", Description = "With --kfold: the shared NER corpora folder." };
        var dev = new Option<DirectoryInfo>("--dev")
        {
            HelpName = "DIR",
            Description = "With --kfold: the dev set folder, with articles/*.txt and gold/*.json.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "bench", "gum-dev")),
        };

        var command = new Command("eval", "Score extracted entities against gold annotations (precision, recall, F1, alias merging).")
        {
            articles, gold, lenient, kfold, corpora, dev,
        };
        command.SetAction(parse => parse.GetValue(kfold) > 0
            ? RunKFold(parse.GetValue(kfold), parse.GetValue(corpora), parse.GetValue(dev)!)
            : Run(parse.GetValue(articles), parse.GetValue(gold), parse.GetValue(lenient)));
        return command;
    }

    private static int Run(DirectoryInfo? articles, DirectoryInfo? gold, bool lenient)
    {
        if (articles is null || gold is null)
        {
            Console.Error.WriteLine("error: --articles and --gold are required (or --kfold N --corpora DIR)");
            return 2;
        }

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

    private static int RunKFold(int folds, DirectoryInfo? corpora, DirectoryInfo dev)
    {
        if (corpora is null || !corpora.Exists)
        {
            Console.Error.WriteLine($"error: --kfold needs --corpora, the folder of the shared NER corpora{(corpora is null ? "" : $" ({corpora.FullName} does not exist)")}");
            return 2;
        }

        var articleCount = Directory.Exists(Path.Combine(dev.FullName, "gold")) ? Directory.EnumerateFiles(Path.Combine(dev.FullName, "gold"), "*.json").Count() : 0;
        if (folds < 2 || articleCount < folds)
        {
            Console.Error.WriteLine($"error: {articleCount} dev articles in {dev.FullName} cannot be split into {folds} folds (2 or more, at most one per article)");
            return 2;
        }

        var (perFold, pooled) = KFoldEvaluation.Run(corpora.FullName, dev.FullName, folds, TrainingPlan.Default, message => Console.WriteLine(message));
        Console.WriteLine();
        foreach (var (index, (names, score)) in perFold.Index())
        {
            Console.WriteLine(Invariant($"fold {index + 1}/{folds} ({string.Join(", ", names)}): micro P {score.Micro.Precision:F3} R {score.Micro.Recall:F3} F1 {score.Micro.F1:F3}, alias merging {score.AliasMerged}/{score.AliasEligible}"));
        }

        Console.WriteLine();
        Console.WriteLine($"pooled over the {folds} held-out folds:");
        Console.WriteLine(Table(pooled));
        Console.WriteLine();
        Console.WriteLine(Errors(pooled));
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
