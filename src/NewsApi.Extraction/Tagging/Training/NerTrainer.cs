using System.Diagnostics;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Trains the averaged-perceptron tagger on CoNLL files. Deterministic: the same files and plan give the same model bytes.
/// </summary>
public sealed class NerTrainer(Gazetteer gazetteer)
{
    /// <summary>
    /// Trains on the plan's files in <paramref name="corporaDirectory"/> and on <paramref name="annotated"/> texts (weight 1),
    /// reporting each epoch through <paramref name="progress"/>.
    /// </summary>
    public TrainedTagger Train(string corporaDirectory, TrainingPlan plan, Action<string> progress, IReadOnlyList<AnnotatedText>? annotated = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var random = new Random(plan.Seed);
        var corpora = plan.Training
            .SelectMany(file => Read(Path.Combine(corporaDirectory, file.FileName), file.Weight))
            .Concat((annotated ?? []).Select(text => text.ToDocument(1f)))
            .ToList();
        var newsLike = corpora.Where(document => document.Weight >= 1f);
        var documents = corpora.Concat(Augmentation.Create(newsLike, plan.HeadlineShare, plan.CapitalsShare, random))
            .Select(document => (Document: document, Contexts: document.Sentences.Select(Context).ToArray()))
            .ToArray();
        progress($"{documents.Length:N0} documents, {documents.Sum(d => d.Document.Sentences.Sum(s => s.Words.Length)):N0} tokens");

        return new TrainedTagger(TrainPerceptron(documents, plan, random, progress).Average(plan.PruneBelow), gazetteer);
    }

    private static AveragedPerceptron TrainPerceptron(
        (TrainingDocument Document, SentenceContext[] Contexts)[] documents, TrainingPlan plan, Random random, Action<string> progress)
    {
        var perceptron = new AveragedPerceptron();
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        Span<float> scores = stackalloc float[BilouTags.Count];
        for (var epoch = 1; epoch <= plan.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(documents);
            var (tokens, correct) = (0, 0);
            foreach (var (document, contexts) in documents)
            {
                var memory = new DocumentMemory();
                for (var s = 0; s < contexts.Length; s++)
                {
                    var (context, gold) = (contexts[s], document.Sentences[s].Tags);
                    var guesses = new int[gold.Length];
                    for (var i = 0; i < gold.Length; i++)
                    {
                        var previous = i > 0 ? guesses[i - 1] : BilouTags.Outside;
                        var secondPrevious = i > 1 ? guesses[i - 2] : BilouTags.Outside;
                        var count = FeatureExtractor.Extract(context, i, previous, secondPrevious, memory.EarlierType(context.Words[i]), features);
                        perceptron.Score(features[..count], scores);
                        guesses[i] = BilouTags.BestAllowed(scores, previous, isLast: i == gold.Length - 1);
                        if (guesses[i] != gold[i]) perceptron.Update(features[..count], gold[i], guesses[i], document.Weight);
                        else correct++;
                        perceptron.Tick();
                        tokens++;
                    }

                    memory.Remember(context, guesses);
                }
            }

            progress($"epoch {epoch}/{plan.Epochs}: {100.0 * correct / tokens:F2}% of training tokens right, {clock.Elapsed.TotalSeconds:F1} s");
        }

        return perceptron;
    }

    /// <summary>Span-level scores of <paramref name="tagger"/> on a CoNLL file it was not trained on, tagged one document at a time as news is.</summary>
    public static SpanScores Evaluate(NerTagger tagger, string conllFile)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var scores = new SpanScores();
        foreach (var document in Read(conllFile, 1f))
        {
            var sentences = document.Sentences.Select(sentence => new Sentence(0, 0, LaidOut(sentence.Words))).ToList();
            var found = tagger.Tag(sentences).ToLookup(span => span.Sentence);
            for (var s = 0; s < sentences.Count; s++) scores.Add(document.Sentences[s].Tags, found[s]);
        }

        return scores;
    }

    private static List<TrainingDocument> Read(string path, float weight)
    {
        using var reader = new StreamReader(path);
        return ConllReader.Read(reader, weight);
    }

    /// <summary>The sentence as the tagger sees it.</summary>
    private SentenceContext Context(TrainingSentence sentence) => SentenceContext.Create(LaidOut(sentence.Words), gazetteer);

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
}

/// <summary>A trained model, ready to be measured and written where <see cref="NerTagger.Load"/> reads it.</summary>
public sealed class TrainedTagger
{
    private readonly Gazetteer _gazetteer;

    internal TrainedTagger(PerceptronModel model, Gazetteer gazetteer) => (Model, _gazetteer) = (model, gazetteer);

    public int FeatureCount => Model.FeatureCount;

    internal PerceptronModel Model { get; }

    public void Write(Stream stream) => Model.Write(stream);

    /// <summary>The tagger exactly as <see cref="NerTagger.Load"/> would read it back from <see cref="Write"/> (weights rounded to halves).</summary>
    public NerTagger ToTagger() => new(Model.RoundedToHalves(), _gazetteer);
}
