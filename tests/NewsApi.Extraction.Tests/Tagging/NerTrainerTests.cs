using System.IO.Compression;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Tagging.Training;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class NerTrainerTests : IDisposable
{
    // A tiny corpus in the shared format, with a hyphenated name and a stop wrongly inside a name, as BTC has. Every tag the
    // test sentences need is seen at least once: a structured perceptron cannot score a tag it never saw.
    private const string Corpus = """
        -DOCSTART-

        Mr.	O
        Ilham	B-PER
        Aliyev	I-PER
        visited	O
        Inter-Services	B-ORG
        Public	I-ORG
        Relations	I-ORG
        in	O
        Rawalpindi	B-LOC
        .	I-LOC

        Ilham	B-PER
        Aliyev	I-PER
        then	O
        flew	O
        to	O
        Baku	B-LOC
        .	O

        Aliyev	B-PER
        spoke	O
        .	O

        Talks	O
        in	O
        Rawalpindi	B-LOC
        ended	O
        .	O

        Jürgen	B-PER
        Müller	I-PER
        left	O
        Zürich	B-LOC
        .	O

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("ner-corpus-").FullName;

    public NerTrainerTests() => File.WriteAllText(Path.Combine(_directory, "tiny.conll"), Corpus.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static TrainingPlan Plan => TrainingPlan.Default with
    {
        Training = [new CorpusFile("tiny.conll", 1f)],
        HeldOut = ["tiny.conll"],
        Epochs = 10,
        UnlabelledTexts = [],
        ClusterSizes = [4, 2],
        ClusterMinimumCount = 1,
    };

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model_bytes()
    {
        Assert.Equal(TrainToBytes(), TrainToBytes());
    }

    [Fact]
    public void A_written_model_reads_back_with_its_word_classes_in_any_script()
    {
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = PerceptronModel.Read(stream);

        Assert.Equal(model.FeatureCount, read.FeatureCount);
        Assert.All(["Jürgen", "Müller", "Zürich", "Aliyev"], word =>
            Assert.Equal(model.Model.Clusters.ClassOf(model.Model.Clusters.Find(word), 0), read.Clusters.ClassOf(read.Clusters.Find(word), 0)));
        Assert.Equal(model.Model.Transitions.Select(weight => (float)(Half)weight), read.Transitions);
    }

    [Fact]
    public void A_trained_model_tags_names_it_was_taught_in_new_text()
    {
        using var stream = new MemoryStream(TrainToBytes());
        var tagger = NerTagger.Load(stream);
        const string text = "Ilham Aliyev visited Inter-Services Public Relations in Rawalpindi.";

        var names = tagger.Tag(Tokenizer.Tokenize(text)).Select(span => (span.Type, text[span.Start..span.End])).ToList();

        Assert.Equal(
            [(EntityType.Person, "Ilham Aliyev"), (EntityType.Organisation, "Inter-Services Public Relations"), (EntityType.Place, "Rawalpindi")],
            names);
    }

    [Fact]
    public void Evaluation_counts_a_name_only_with_exactly_the_gold_tokens_and_type()
    {
        var scores = new SpanScores();
        int[] gold = [Tag(EntityType.Person, TagPosition.Begin), Tag(EntityType.Person, TagPosition.Last), BilouTags.Outside,
            Tag(EntityType.Place, TagPosition.Unit), Tag(EntityType.Organisation, TagPosition.Begin), Tag(EntityType.Organisation, TagPosition.Last)];

        var errors = new List<string>();

        scores.Add(gold, [Span(EntityType.Person, 0, 1), Span(EntityType.Organisation, 3, 3), Span(EntityType.Organisation, 4, 4)],
            ["Ilham", "Aliyev", "visited", "Baku", "Azersun", "Holding"], errors.Add);

        Assert.Equal(new PrecisionRecall(1, 0, 0), scores.For(EntityType.Person));
        Assert.Equal(new PrecisionRecall(0, 0, 1), scores.For(EntityType.Place));
        Assert.Equal(new PrecisionRecall(0, 2, 1), scores.For(EntityType.Organisation));
        Assert.Equal(1.0 / 3, scores.Micro.Precision, precision: 6);
        Assert.Equal(1.0 / 3, scores.Micro.Recall, precision: 6);
        Assert.Equal(
            ["extra\torganisation\tAzersun", "extra\torganisation\tBaku", "missed\torganisation\tAzersun Holding", "missed\tplace\tBaku"],
            errors.Select(error => string.Join('\t', error.Split('\t')[..3])).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Runs_over_other_shuffles_average_into_one_model_that_still_tags_what_it_was_taught()
    {
        var plan = Plan with { Runs = 3 };
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, plan, _ => { });
        var single = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });
        const string text = "Ilham Aliyev visited Inter-Services Public Relations in Rawalpindi.";

        var names = model.ToTagger().Tag(Tokenizer.Tokenize(text)).Select(span => (span.Type, text[span.Start..span.End])).ToList();

        Assert.Equal(
            [(EntityType.Person, "Ilham Aliyev"), (EntityType.Organisation, "Inter-Services Public Relations"), (EntityType.Place, "Rawalpindi")],
            names);
        Assert.NotEqual(single.Model.Transitions, model.Model.Transitions); // three runs' weights, not the first run's
    }

    [Fact]
    public void Training_with_a_margin_gives_another_model_that_still_tags_what_it_was_taught()
    {
        var plan = Plan with { Margin = 0.5f };
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, plan, _ => { });
        var plain = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });
        const string text = "Ilham Aliyev visited Inter-Services Public Relations in Rawalpindi.";

        var names = model.ToTagger().Tag(Tokenizer.Tokenize(text)).Select(span => (span.Type, text[span.Start..span.End])).ToList();

        Assert.Equal(
            [(EntityType.Person, "Ilham Aliyev"), (EntityType.Organisation, "Inter-Services Public Relations"), (EntityType.Place, "Rawalpindi")],
            names);
        Assert.NotEqual(plain.Model.Transitions, model.Model.Transitions); // the margin made it correct steps the plain run did not
    }

    [Fact]
    public void A_model_is_measured_on_a_corpus_file_span_by_span()
    {
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });

        var scores = NerTrainer.Evaluate(model.ToTagger(), Path.Combine(_directory, "tiny.conll"));

        Assert.Equal(4, scores.For(EntityType.Person).TruePositives + scores.For(EntityType.Person).FalseNegatives);
        Assert.Equal(4, scores.For(EntityType.Place).TruePositives + scores.For(EntityType.Place).FalseNegatives);
        Assert.Equal(1, scores.For(EntityType.Organisation).TruePositives + scores.For(EntityType.Organisation).FalseNegatives);
        Assert.True(scores.Micro.Recall == 1.0, $"recall {scores.Micro.Recall} on the training data");
    }

    [Fact]
    public void A_model_read_back_writes_the_same_bytes_and_tags_the_same()
    {
        var written = TrainToBytes();
        const string text = "Ilham Aliyev flew to Baku to meet Inter-Services Public Relations.";

        using var stream = new MemoryStream(written);
        var read = PerceptronModel.Read(stream);
        using var rewritten = new MemoryStream();
        read.Write(rewritten);

        Assert.Equal(written, rewritten.ToArray());
        var tagger = new NerTagger(read, Gazetteer.Default, NameLists.Default);
        Assert.Equal(
            NerTagger.Load(new MemoryStream(written)).Tag(Tokenizer.Tokenize(text)),
            tagger.Tag(Tokenizer.Tokenize(text)));
    }

    [Fact]
    public void A_model_in_the_format_before_version_3_is_refused_with_a_reason()
    {
        // Version 2 was Brotli-compressed; its bytes are not zlib.
        var written = TrainToBytes();
        using var plain = new MemoryStream();
        using (var inflate = new ZLibStream(new MemoryStream(written), CompressionMode.Decompress)) inflate.CopyTo(plain);
        using var brotli = new MemoryStream();
        using (var compress = new BrotliStream(brotli, CompressionLevel.Fastest, leaveOpen: true)) compress.Write(plain.ToArray());

        brotli.Position = 0;
        var refused = Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(brotli));
        Assert.Contains("not a tagger model of the version", refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new MemoryStream(written[..10])));
    }

    private static int Tag(EntityType type, TagPosition position) => BilouTags.Tag(type, position);

    private static TaggedSpan Span(EntityType type, int first, int last) => new(type, 0, first, last, first, last + 1, 1f);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private byte[] TrainToBytes()
    {
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
