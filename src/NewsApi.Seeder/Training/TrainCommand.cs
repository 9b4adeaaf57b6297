using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Tagging.Training;
using Spectre.Console;

namespace NewsApi.Seeder.Training;

/// <summary>
/// `train`: trains the name tagger on the shared NER corpora, writes the model the Extraction library embeds, and prints
/// span-level precision, recall and F1 on the held-out files. `train --evaluate MODEL` only measures a model.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var corpora = new Option<DirectoryInfo>("--corpora")
        {
            HelpName = "DIR",
            Description = "Folder of the shared NER corpora (*.conll, see its README.md).",
            Required = true,
        };
        var output = new Option<FileInfo>("--output")
        {
            HelpName = "FILE",
            Description = "Where to write the model.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "NewsApi.Extraction", "Data", "ner-model.bin")),
        };
        var epochs = new Option<int>("--epochs")
        {
            HelpName = "N",
            Description = "Passes over the training data.",
            DefaultValueFactory = _ => TrainingPlan.Default.Epochs,
        };
        var evaluate = new Option<FileInfo?>("--evaluate")
        {
            HelpName = "MODEL",
            Description = "Train nothing: print the held-out scores of this model file (say, the shipped one).",
        };

        var command = new Command("train", "Train the person/organisation/place tagger and write its model.") { corpora, output, epochs, evaluate };
        command.SetAction(parse => Run(parse.GetValue(corpora)!, parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(evaluate)));
        return command;
    }

    private static int Run(DirectoryInfo corpora, FileInfo output, int epochs, FileInfo? evaluate)
    {
        if (!corpora.Exists)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No corpora folder at {corpora.FullName}.[/]");
            return 1;
        }

        var plan = TrainingPlan.Default with { Epochs = epochs };
        NerTagger tagger;
        if (evaluate is not null)
        {
            if (!evaluate.Exists)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No model at {evaluate.FullName}.[/]");
                return 1;
            }

            using var stream = evaluate.OpenRead();
            tagger = NerTagger.Load(stream);
        }
        else
        {
            var clock = Stopwatch.StartNew();
            var model = new NerTrainer(Gazetteer.Default).Train(corpora.FullName, plan, message => AnsiConsole.WriteLine(message));
            output.Directory?.Create();
            using (var stream = output.Create()) model.Write(stream);
            output.Refresh();
            AnsiConsole.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"Wrote [bold]{output.FullName}[/]: {model.FeatureCount:N0} features, {output.Length / 1024.0 / 1024.0:F1} MB, trained in {clock.Elapsed.TotalSeconds:F0} s.");
            tagger = model.ToTagger();
        }

        foreach (var heldOut in plan.HeldOut)
        {
            AnsiConsole.Write(ScoreTable(heldOut, NerTrainer.Evaluate(tagger, Path.Combine(corpora.FullName, heldOut))));
        }

        return 0;
    }

    private static Table ScoreTable(string file, SpanScores scores)
    {
        var table = new Table().Title($"held out: {file}").AddColumns("type", "precision", "recall", "F1", "gold");
        foreach (var type in Enum.GetValues<EntityType>()) AddRow(table, type.ToString(), scores.For(type));
        AddRow(table, "micro", scores.Micro);
        return table;
    }

    private static void AddRow(Table table, string label, PrecisionRecall score) =>
        table.AddRow(label, $"{score.Precision:F3}", $"{score.Recall:F3}", $"{score.F1:F3}", $"{score.TruePositives + score.FalseNegatives}");
}
