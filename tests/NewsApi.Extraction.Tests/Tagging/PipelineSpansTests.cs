using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class PipelineSpansTests : IDisposable
{
    // Two sentences of one document: the second names Ashworth by surname only, which the pipeline's alias matching finds;
    // the gold calls the ministry a place, so the pipeline's organisation is one span wrong and one missed.
    private const string Corpus = """
        -DOCSTART-

        Prime	O
        Minister	O
        Helen	B-PER
        Ashworth	I-PER
        visited	O
        Manchester	B-LOC
        on	O
        Monday	O
        .	O

        Ashworth	B-PER
        later	O
        met	O
        officials	O
        from	O
        the	O
        Ministry	B-LOC
        of	I-LOC
        Defence	I-LOC
        .	O

        """;

    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("pipeline-spans-").FullName, "tiny.conll");

    public PipelineSpansTests() => File.WriteAllText(_file, Corpus.Replace("\r\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void Every_mention_the_pipeline_finds_is_scored_against_the_gold_spans_of_its_sentence()
    {
        var errors = new List<string>();

        var scores = PipelineSpans.Evaluate(NewsPipeline.CreateDefault(), _file, errors.Add);

        Assert.Equal(new PrecisionRecall(2, 0, 0), scores.For(EntityType.Person));
        Assert.Equal(new PrecisionRecall(1, 0, 1), scores.For(EntityType.Place));
        Assert.Equal(new PrecisionRecall(0, 1, 0), scores.For(EntityType.Organisation));
        Assert.Contains(errors, error => error.StartsWith("extra\torganisation\tMinistry of Defence", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
