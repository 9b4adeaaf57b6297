using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging.Training;
using NewsApi.Seeder.Eval;
using NewsApi.Testing;

namespace NewsApi.Seeder.Tests.Eval;

/// <summary>The dev set as tagger training data, and the k-fold run over it, on two small articles written for the test.</summary>
public sealed class KFoldEvaluationTests : IDisposable
{
    private const string Baku = "Talks in Baku\n2025-05-28\n\nThe President met Ilham Aliyev in Baku. Azerbaijanis cheered the Baku Chamber of Commerce.\n";
    private const string Lachin = "Visit to Lachin\n2025-05-29\n\nSyed Asim Munir visited Lachin with Ilham Aliyev.\n";

    private readonly string _root = Directory.CreateTempSubdirectory("kfold-").FullName;

    public KFoldEvaluationTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "corpora"));
        Directory.CreateDirectory(Path.Combine(_root, "dev", "articles"));
        Directory.CreateDirectory(Path.Combine(_root, "dev", "gold"));
        File.WriteAllText(Path.Combine(_root, "corpora", "tiny.conll"), "-DOCSTART-\n\nIlham\tB-PER\nAliyev\tI-PER\nvisited\tO\nBaku\tB-LOC\n.\tO\n\n");
        WriteArticle("baku", Baku, """
            {"entities": [
              {"type": "person", "name": "Ilham Aliyev", "surfaces": ["Ilham Aliyev"], "mentions": [MENTION:Ilham Aliyev], "variant_groups": []},
              {"type": "person", "name": "The President", "surfaces": ["The President"], "mentions": [MENTION:The President]},
              {"type": "person", "name": "Azerbaijanis", "surfaces": ["Azerbaijanis"], "plural_group": true, "mentions": [MENTION:Azerbaijanis]},
              {"type": "place", "name": "Baku", "surfaces": ["Baku"], "mentions": [MENTION:Baku]},
              {"type": "place", "name": "Baku", "surfaces": ["Baku"], "nested_only": true, "mentions": [MENTION:Baku Chamber]},
              {"type": "organization", "name": "Baku Chamber of Commerce", "surfaces": ["Baku Chamber of Commerce"], "mentions": [MENTION:Baku Chamber of Commerce]}
            ]}
            """);
        WriteArticle("lachin", Lachin, """
            {"entities": [
              {"type": "person", "name": "Syed Asim Munir", "surfaces": ["Syed Asim Munir"], "mentions": [MENTION:Syed Asim Munir]},
              {"type": "place", "name": "Lachin", "surfaces": ["Lachin"], "mentions": [MENTION:Lachin]},
              {"type": "person", "name": "Ilham Aliyev", "surfaces": ["Ilham Aliyev"], "mentions": [MENTION:Ilham Aliyev]}
            ]}
            """);
    }

    [Fact]
    public void Gold_mentions_become_names_without_titles_groups_or_names_nested_in_longer_ones()
    {
        var articles = DevArticles.Read(Path.Combine(_root, "dev"));

        var baku = Assert.Single(articles, article => article.Name == "baku.txt");
        var names = baku.Annotated.Names.Select(name => (Baku[name.Start..name.End], name.Type)).Order().ToList();
        Assert.Equal(
            [("Baku", EntityType.Place), ("Baku Chamber of Commerce", EntityType.Organisation), ("Ilham Aliyev", EntityType.Person)],
            names);
        Assert.Equal(Baku.IndexOf("The President", StringComparison.Ordinal), baku.Annotated.From);
    }

    [Fact]
    public void Every_article_is_scored_once_by_a_tagger_trained_without_it()
    {
        // The tiny corpora folder has no unlabelled news beside it: word classes come from the training text alone.
        var plan = TrainingPlan.Default with { Training = [new CorpusFile("tiny.conll", 1f)], HeldOut = [], Epochs = 2, UnlabelledTexts = [] };
        var messages = new List<string>();

        var (folds, pooled) = KFoldEvaluation.Run(Path.Combine(_root, "corpora"), Path.Combine(_root, "dev"), 2, plan, message =>
        {
            lock (messages) messages.Add(message);
        });

        Assert.Equal([["baku"], ["lachin"]], folds.Select(fold => fold.Articles).OrderBy(names => names[0]));
        Assert.All(folds, fold => Assert.Single(fold.Score.Documents));
        Assert.Equal(["baku", "lachin"], pooled.Documents.Select(document => document.Document));
        Assert.Equal(9, pooled.Micro.Gold);
        Assert.Contains(messages, message => message.StartsWith("fold 1:", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith("fold 2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kfold_without_corpora_or_with_more_folds_than_articles_is_refused_with_a_reason()
    {
        var dev = Path.Combine(_root, "dev");

        var (noCorpora, noCorporaOutput) = await SeederCli.RunAsync("eval", "--kfold", "2", "--dev", dev);
        var (tooMany, tooManyOutput) = await SeederCli.RunAsync("eval", "--kfold", "3", "--dev", dev, "--corpora", Path.Combine(_root, "corpora"));

        Assert.Equal(2, noCorpora);
        Assert.Contains("--corpora", noCorporaOutput, StringComparison.Ordinal);
        Assert.Equal(2, tooMany);
        Assert.Contains("2 dev articles", tooManyOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Writes the article and its gold, each MENTION:text replaced by that text's first mention object in the article.</summary>
    private void WriteArticle(string name, string text, string gold)
    {
        File.WriteAllText(Path.Combine(_root, "dev", "articles", name + ".txt"), text);
        var json = System.Text.RegularExpressions.Regex.Replace(gold, @"MENTION:([^\]]+)", match =>
        {
            var surface = match.Groups[1].Value;
            var start = text.IndexOf(surface, text.IndexOf("\n\n", StringComparison.Ordinal), StringComparison.Ordinal);
            var core = surface == "Baku Chamber" ? "Baku" : surface;
            return $$"""{"start": {{start}}, "end": {{start + surface.Length}}, "text": "{{surface}}", "core_start": {{start}}, "core_end": {{start + core.Length}}}""";
        });
        File.WriteAllText(Path.Combine(_root, "dev", "gold", name + ".json"), json);
    }
}
