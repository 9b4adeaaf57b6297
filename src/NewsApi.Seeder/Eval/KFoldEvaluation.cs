using NewsApi.Extraction;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging.Training;
using NewsApi.Seeder.Extract;

namespace NewsApi.Seeder.Eval;

/// <summary>
/// The honest dev figure: the dev articles split into k folds; for each fold a tagger is trained on the corpora plus the
/// other folds' articles (their gold names as training sentences), and the fold's articles go through the whole pipeline
/// and are scored. No article is ever scored by a tagger that saw it.
/// </summary>
public static class KFoldEvaluation
{
    /// <summary>Per-fold scores, then the score of all articles pooled.</summary>
    public static (List<(List<string> Articles, BenchScore Score)> Folds, BenchScore Pooled) Run(
        string corporaFolder, string devFolder, int folds, TrainingPlan plan, Action<string> progress)
    {
        var articles = DevArticles.Read(devFolder);
        var gold = Path.Combine(devFolder, "gold");
        var system = Directory.CreateTempSubdirectory("kfold-").FullName;
        try
        {
            var foldOf = articles.Select((article, index) => (article, Fold: index % folds)).ToList();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, folds, parallel, fold =>
            {
                var training = foldOf.Where(pair => pair.Fold != fold).Select(pair => pair.article.Annotated).ToList();
                var model = new NerTrainer(Gazetteer.Default).Train(corporaFolder, plan, message => progress($"fold {fold + 1}: {message}"), training);
                var pipeline = NewsPipeline.Create(model.ToTagger());
                foreach (var (article, _) in foldOf.Where(pair => pair.Fold == fold))
                {
                    var json = ExtractionJson.From(pipeline.Process(article.Name, article.Text)).ToJson();
                    File.WriteAllText(Path.Combine(system, Path.GetFileNameWithoutExtension(article.Name) + ".json"), json);
                }
            });

            var scorer = new BenchScorer();
            var perFold = Enumerable.Range(0, folds).Select(fold =>
            {
                var names = foldOf.Where(pair => pair.Fold == fold).Select(pair => Path.GetFileNameWithoutExtension(pair.article.Name)).ToList();
                return (names, scorer.Score(gold, system, names));
            }).ToList();
            return (perFold, scorer.Score(gold, system));
        }
        finally
        {
            Directory.Delete(system, recursive: true);
        }
    }
}
