using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Tagging.Training;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class NerTrainerTests : IDisposable
{
    // A tiny corpus in the shared format, with a hyphenated name and a stop wrongly inside a name, as BTC has.
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

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("ner-corpus-").FullName;

    public NerTrainerTests() => File.WriteAllText(Path.Combine(_directory, "tiny.conll"), Corpus.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static TrainingPlan Plan => TrainingPlan.Default with
    {
        Training = [new CorpusFile("tiny.conll", 1f)],
        HeldOut = ["tiny.conll"],
        Epochs = 3,
    };

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model_bytes()
    {
        Assert.Equal(TrainToBytes(), TrainToBytes());
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
    public void Evaluation_counts_exact_spans_per_type()
    {
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });

        var scores = NerTrainer.Evaluate(model.ToTagger(), Path.Combine(_directory, "tiny.conll"));

        Assert.Equal(2, scores.For(EntityType.Person).TruePositives + scores.For(EntityType.Person).FalseNegatives);
        Assert.Equal(2, scores.For(EntityType.Place).TruePositives + scores.For(EntityType.Place).FalseNegatives);
        Assert.Equal(1.0, scores.Micro.F1);
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
        var tagger = new NerTagger(read, Gazetteer.Default);
        Assert.Equal(
            NerTagger.Load(new MemoryStream(written)).Tag(Tokenizer.Tokenize(text)),
            tagger.Tag(Tokenizer.Tokenize(text)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private byte[] TrainToBytes()
    {
        var model = new NerTrainer(Gazetteer.Default).Train(_directory, Plan, _ => { });
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
