using System.Diagnostics;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Trains the averaged-perceptron tagger on CoNLL files: word clusters first (from unlabelled news and the training text),
/// then a structured perceptron over Viterbi-decoded sentences. Deterministic: the same files and plan give the same model
/// bytes.
/// </summary>
public sealed class NerTrainer(Gazetteer gazetteer)
{
    private const int Tags = BilouTags.Count;
    private readonly NameLists _lists = NameLists.Default;

    /// <summary>
    /// Trains on the plan's files in <paramref name="corporaDirectory"/> and on <paramref name="annotated"/> texts (each at its weight),
    /// reporting each step through <paramref name="progress"/>.
    /// </summary>
    public TrainedTagger Train(string corporaDirectory, TrainingPlan plan, Action<string> progress, IReadOnlyList<AnnotatedText>? annotated = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var random = new Random(plan.Seed);
        var corpora = plan.Training
            .SelectMany(file => Read(Path.Combine(corporaDirectory, file.FileName), file.Weight))
            .Concat((annotated ?? []).Select(text => text.ToDocument()))
            .ToList();
        var clusters = Clusters(corporaDirectory, plan, corpora);
        progress($"{clusters.WordCount:N0} words clustered ({string.Join(", ", clusters.Sizes)} classes), {clock.Elapsed.TotalSeconds:F0} s");

        var newsLike = corpora.Where(document => document.Weight >= 1f);
        var documents = corpora.Concat(Augmentation.Create(newsLike, plan.HeadlineShare, plan.CapitalsShare, random)).ToList();
        var perceptron = new AveragedPerceptron();
        var prepared = Prepare(documents, clusters, perceptron);
        progress($"{prepared.Length:N0} documents, {prepared.Sum(d => d.Sum(s => s.Gold.Length)):N0} tokens, {perceptron.RowCount:N0} features, {clock.Elapsed.TotalSeconds:F0} s");

        // Each run sees the documents in its own order; averaging the runs' weights gives one linear model (the same size
        // and speed as one run's) that depends less on the order any one shuffle happened to give.
        var averaged = new Dictionary<ulong, float[]>();
        float[] weights = [.. documents.Select(document => document.Weight)];
        for (var run = 1; run <= plan.Runs; run++)
        {
            var thisRun = run == 1 ? perceptron : new AveragedPerceptron(perceptron);
            TrainPerceptron(prepared, weights, thisRun, plan, random, message => progress(plan.Runs == 1 ? message : $"run {run}/{plan.Runs}, {message}"));
            thisRun.AddAverageTo(averaged, plan.Runs);
        }

        // The perceptron finds fewer names than the corpora hold (precision above recall on every held-out file): a lower
        // score for "outside any name" on every token moves the decoder's choice towards names.
        if (plan.OutsideBias != 0) averaged[FeatureHash.Of(FeatureTemplate.Bias)][BilouTags.Outside] -= plan.OutsideBias;
        return new TrainedTagger(AveragedPerceptron.Model(averaged, plan.PruneBelow, clusters), gazetteer, _lists);
    }

    /// <summary>Span-level scores of <paramref name="tagger"/> on a CoNLL file it was not trained on, tagged one document at a time as news is.</summary>
    public static SpanScores Evaluate(NerTagger tagger, string conllFile, Action<string>? error = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var scores = new SpanScores();
        foreach (var document in Read(conllFile, 1f))
        {
            var sentences = document.Sentences.Select(sentence => new Sentence(0, 0, LaidOut(sentence.Words))).ToList();
            var found = tagger.Tag(sentences).ToLookup(span => span.Sentence);
            for (var s = 0; s < sentences.Count; s++) scores.Add(document.Sentences[s].Tags, found[s], document.Sentences[s].Words, error);
        }

        return scores;
    }

    /// <summary>Word classes from the plan's unlabelled news and the training text.</summary>
    private static WordClusters Clusters(string corporaDirectory, TrainingPlan plan, List<TrainingDocument> corpora)
    {
        if (plan.ClusterSizes.Count == 0) return WordClusters.None;
        var training = corpora.SelectMany(document => document.Sentences).Select(sentence => (IReadOnlyList<string>)sentence.Words);
        var unlabelled = plan.UnlabelledTexts.SelectMany(file => UnlabelledSentences(Path.Combine(corporaDirectory, file)));
        return ClusterBuilder.Build(unlabelled.Concat(training), plan.ClusterSizes, plan.ClusterMinimumCount, plan.ClusterIterations);
    }

    /// <summary>One tokenized sentence a line, its words split again as the tokenizer splits news ("Britain's" would be two).</summary>
    private static IEnumerable<IReadOnlyList<string>> UnlabelledSentences(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(word => Tokenizer.Tokenize(word).SelectMany(sentence => sentence.Tokens).Select(token => token.Text))
                .ToList();
            if (words.Count > 0) yield return words;
        }
    }

    /// <summary>Each token's static features as rows of the perceptron, computed once for all epochs.</summary>
    private PreparedSentence[][] Prepare(List<TrainingDocument> training, WordClusters clusters, AveragedPerceptron perceptron)
    {
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        var rows = new List<int>();
        var prepared = new PreparedSentence[training.Count][];
        for (var d = 0; d < training.Count; d++)
        {
            var sentences = training[d].Sentences;
            prepared[d] = new PreparedSentence[sentences.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                var context = SentenceContext.Create(LaidOut(sentences[s].Words), gazetteer, _lists, clusters);
                var starts = new int[context.Length + 1];
                rows.Clear();
                for (var i = 0; i < context.Length; i++)
                {
                    foreach (var feature in features[..FeatureExtractor.Static(context, i, features)]) rows.Add(perceptron.RowOf(feature));
                    starts[i + 1] = rows.Count;
                }

                prepared[d][s] = new PreparedSentence(context, sentences[s].Tags, [.. rows], starts);
            }
        }

        return prepared;
    }

    private static void TrainPerceptron(
        PreparedSentence[][] documents, float[] weights, AveragedPerceptron perceptron, TrainingPlan plan, Random random, Action<string> progress)
    {
        var transitionRows = Enumerable.Range(0, Tags).Select(previous => perceptron.RowOf(FeatureExtractor.PreviousTag(previous))).ToArray();
        var order = Enumerable.Range(0, documents.Length).ToArray();
        for (var epoch = 1; epoch <= plan.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var (tokens, correct) = (0, 0);
            foreach (var d in order)
            {
                var memory = new DocumentMemory();
                foreach (var sentence in documents[d])
                {
                    var guesses = Step(sentence, memory, perceptron, transitionRows, weights[d], plan.Margin);
                    correct += sentence.Gold.Where((tag, i) => tag == guesses[i]).Count();
                    tokens += guesses.Length;
                    memory.Remember(sentence.Context, guesses);
                }
            }

            progress($"epoch {epoch}/{plan.Epochs}: {100.0 * correct / tokens:F2}% of training tokens right, {clock.Elapsed.TotalSeconds:F1} s");
        }
    }

    /// <summary>
    /// One structured-perceptron step (Collins 2002): the best sequence under the current weights; if it is wrong, each
    /// token's features move towards its gold tag and away from the guess, and so do the transitions the two paths took.
    /// </summary>
    private static int[] Step(PreparedSentence sentence, DocumentMemory memory, AveragedPerceptron perceptron, int[] transitionRows, float weight, float margin)
    {
        var (context, gold) = (sentence.Context, sentence.Gold);
        var n = gold.Length;
        var scores = new float[n * Tags];
        var documentRows = new int[n][];
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        for (var i = 0; i < n; i++)
        {
            var own = scores.AsSpan(i * Tags, Tags);
            perceptron.AddScores(sentence.RowsOf(i), own);
            var count = FeatureExtractor.Document(context, i, memory, features);
            documentRows[i] = count == 0 ? [] : [.. features[..count].ToArray().Select(perceptron.RowOf)];
            perceptron.AddScores(documentRows[i], own);
            if (margin != 0)
            {
                for (var tag = 0; tag < Tags; tag++)
                {
                    if (tag != gold[i]) own[tag] += margin;
                }
            }
        }

        var transitions = new float[Tags * Tags];
        for (var previous = 0; previous < Tags; previous++) perceptron.AddScores([transitionRows[previous]], transitions.AsSpan(previous * Tags, Tags));
        var guesses = new int[n];
        ViterbiDecoder.Best(scores, transitions, guesses);

        for (var i = 0; i < n; i++)
        {
            var (goldPrevious, guessPrevious) = i > 0 ? (gold[i - 1], guesses[i - 1]) : (BilouTags.Outside, BilouTags.Outside);
            if (gold[i] != guesses[i])
            {
                perceptron.Update(sentence.RowsOf(i), gold[i], guesses[i], weight);
                perceptron.Update(documentRows[i], gold[i], guesses[i], weight);
            }

            if (goldPrevious != guessPrevious || gold[i] != guesses[i])
            {
                perceptron.Add([transitionRows[goldPrevious]], gold[i], weight);
                perceptron.Add([transitionRows[guessPrevious]], guesses[i], -weight);
            }

            perceptron.Tick();
        }

        return guesses;
    }

    private static List<TrainingDocument> Read(string path, float weight)
    {
        using var reader = new StreamReader(path);
        return ConllReader.Read(reader, weight);
    }

    /// <summary>Corpus words as tokens laid out one space apart.</summary>
    private static Token[] LaidOut(string[] words)
    {
        var tokens = new Token[words.Length];
        var offset = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(offset, offset + words[i].Length, words[i]);
            offset = tokens[i].End + 1;
        }

        return tokens;
    }

    /// <summary>A training sentence, its gold tags and the rows of its tokens' static features (token i: Rows[Starts[i]..Starts[i + 1]]).</summary>
    private sealed record PreparedSentence(SentenceContext Context, int[] Gold, int[] Rows, int[] Starts)
    {
        public ReadOnlySpan<int> RowsOf(int token) => Rows.AsSpan(Starts[token], Starts[token + 1] - Starts[token]);
    }
}

/// <summary>A trained model, ready to be measured and written where <see cref="NerTagger.Load"/> reads it.</summary>
public sealed class TrainedTagger
{
    private readonly Gazetteer _gazetteer;
    private readonly NameLists _lists;

    internal TrainedTagger(PerceptronModel model, Gazetteer gazetteer, NameLists lists) => (Model, _gazetteer, _lists) = (model, gazetteer, lists);

    public int FeatureCount => Model.FeatureCount;

    internal PerceptronModel Model { get; }

    public void Write(Stream stream) => Model.Write(stream);

    /// <summary>The tagger exactly as <see cref="NerTagger.Load"/> would read it back from <see cref="Write"/> (weights rounded to halves).</summary>
    public NerTagger ToTagger() => new(Model.RoundedToHalves(), _gazetteer, _lists);
}
