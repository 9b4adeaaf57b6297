using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsApi.Extraction;
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
    // Annotated news counts half as much as the corpora: its names come from entity lists (surfaces matched, or the pipeline's
    // own mentions in a silver set), not from spans marked by hand.
    private const float NewsWeight = 0.5f;

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
        var runs = new Option<int>("--runs")
        {
            HelpName = "N",
            Description = "Training runs over different shuffles, averaged into one model.",
            DefaultValueFactory = _ => TrainingPlan.Default.Runs,
        };
        var evaluate = new Option<FileInfo?>("--evaluate")
        {
            HelpName = "MODEL",
            Description = "Train nothing: print the held-out scores of this model file (say, the shipped one).",
        };

        var outsideBias = new Option<float>("--outside-bias")
        {
            HelpName = "B",
            Description = "Lower every token's score for 'outside any name' by B (more names found).",
            DefaultValueFactory = _ => TrainingPlan.Default.OutsideBias,
        };
        var margin = new Option<float>("--margin")
        {
            HelpName = "M",
            Description = "While training, add M to every wrong tag's score before each step's decoding (a margin; 0 as shipped).",
            DefaultValueFactory = _ => TrainingPlan.Default.Margin,
        };
        var training = new Option<string[]>("--train")
        {
            HelpName = "FILE[:WEIGHT]",
            Description = "Train on these corpus files instead of the plan's (to choose settings on a dev split: hold it out of training).",
            AllowMultipleArgumentsPerToken = true,
        };
        var heldOut = new Option<string[]>("--held-out")
        {
            HelpName = "FILE",
            Description = "Score these corpus files instead of the plan's test files.",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed")
        {
            HelpName = "N",
            Description = "The shuffle's seed (to see how much a setting's figure moves with the shuffle alone).",
            DefaultValueFactory = _ => TrainingPlan.Default.Seed,
        };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            HelpName = "FILE",
            Description = "Cluster the words of these texts (one sentence a line, relative to the corpora folder) instead of the plan's.",
            AllowMultipleArgumentsPerToken = true,
        };
        var clusterSizes = new Option<int[]>("--cluster-sizes")
        {
            HelpName = "N",
            Description = "Classes per level of the word clusters, finest first, instead of the plan's.",
            AllowMultipleArgumentsPerToken = true,
        };
        var news = new Option<string[]>("--news")
        {
            HelpName = "DIR[:WEIGHT]",
            Description = $"Also train on annotated news: a set folder (articles/*.txt, gold/*.json with each entity's surfaces or mentions) or a folder of sets. Weight {NewsWeight} unless given.",
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<DirectoryInfo?>("--errors")
        {
            HelpName = "DIR",
            Description = "Also write each held-out file's wrong spans (missed, extra) to DIR/FILE.errors.tsv.",
        };

        var command = new Command("train", "Train the person/organisation/place tagger and write its model.") { corpora, output, epochs, runs, seed, outsideBias, margin, training, news, heldOut, unlabelled, clusterSizes, evaluate, errors };
        command.SetAction(parse =>
        {
            var plan = TrainingPlan.Default with
            {
                Epochs = parse.GetValue(epochs), Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), OutsideBias = parse.GetValue(outsideBias), Margin = parse.GetValue(margin),
            };
            if (parse.GetValue(unlabelled) is { Length: > 0 } texts) plan = plan with { UnlabelledTexts = texts };
            if (parse.GetValue(clusterSizes) is { Length: > 0 } sizes) plan = plan with { ClusterSizes = sizes };
            if (parse.GetValue(training) is { Length: > 0 } files) plan = plan with { Training = [.. files.Select(file => ParseCorpusFile(file))] };
            if (parse.GetValue(heldOut) is { Length: > 0 } scored) plan = plan with { HeldOut = scored };
            var annotated = (parse.GetValue(news) ?? []).Select(set => ParseCorpusFile(set, NewsWeight)).Select(set => (set.FileName, set.Weight)).ToList();
            return Run(parse.GetValue(corpora)!, parse.GetValue(output)!, plan, annotated, parse.GetValue(evaluate), parse.GetValue(errors));
        });
        return command;
    }

    private static int Run(
        DirectoryInfo corpora, FileInfo output, TrainingPlan plan, List<(string Folder, float Weight)> news, FileInfo? evaluate, DirectoryInfo? errors)
    {
        if (!corpora.Exists)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No corpora folder at {corpora.FullName}.[/]");
            return 1;
        }

        if (news.FirstOrDefault(set => !Directory.Exists(set.Folder)) is { Folder: not null } missing)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No news set folder at {Path.GetFullPath(missing.Folder)}.[/]");
            return 1;
        }

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
            List<AnnotatedText> annotated;
            try
            {
                annotated = [.. news.SelectMany(set => NewsSets.Read(set.Folder, set.Weight))];
            }
            catch (InvalidDataException error)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{error.Message}[/]");
                return 1;
            }

            if (annotated.Count > 0) AnsiConsole.WriteLine($"{annotated.Count:N0} annotated news articles, {annotated.Sum(text => text.Names.Count):N0} names marked");
            var model = new NerTrainer(Gazetteer.Default).Train(corpora.FullName, plan, message => AnsiConsole.WriteLine(message), annotated);
            output.Directory?.Create();
            using (var stream = output.Create()) model.Write(stream);
            output.Refresh();
            AnsiConsole.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"Wrote [bold]{output.FullName}[/]: {model.FeatureCount:N0} features, {output.Length / 1024.0 / 1024.0:F1} MB, trained in {clock.Elapsed.TotalSeconds:F0} s.");
            tagger = model.ToTagger();
        }

        errors?.Create();
        var pipeline = NewsPipeline.Create(tagger);
        foreach (var heldOut in plan.HeldOut)
        {
            using var errorFile = errors is null ? null : new StreamWriter(Path.Combine(errors.FullName, heldOut + ".errors.tsv"));
            var scores = NerTrainer.Evaluate(tagger, Path.Combine(corpora.FullName, heldOut), errorFile is null ? null : errorFile.WriteLine);
            AnsiConsole.Write(ScoreTable(heldOut, scores));
            using var pipelineErrors = errors is null ? null : new StreamWriter(Path.Combine(errors.FullName, heldOut + ".pipeline-errors.tsv"));
            var pipelineScores = PipelineSpans.Evaluate(pipeline, Path.Combine(corpora.FullName, heldOut), pipelineErrors is null ? null : pipelineErrors.WriteLine);
            AnsiConsole.Write(ScoreTable(heldOut + " (whole pipeline)", pipelineScores));
        }

        return 0;
    }

    /// <summary>"gum-train.conll" (weight 1, or <paramref name="weight"/>) or "btc-train.conll:0.3".</summary>
    private static CorpusFile ParseCorpusFile(string text, float weight = 1f) =>
        text.LastIndexOf(':') is var colon and > 0
            ? new CorpusFile(text[..colon], float.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture))
            : new CorpusFile(text, weight);

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
