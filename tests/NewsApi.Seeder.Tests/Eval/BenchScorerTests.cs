using NewsApi.Seeder.Eval;

namespace NewsApi.Seeder.Tests.Eval;

/// <summary>The port of the bench's score.py, on one small article whose counts were worked out by hand.</summary>
public sealed class BenchScorerTests : IDisposable
{
    private const string Gold = """
        {"entities": [
          {"type": "person", "name": "Syed Asim Munir", "surfaces": ["Field Marshal Syed Asim Munir", "Syed Asim Munir", "Munir"],
           "variant_groups": [["Field Marshal Syed Asim Munir", "Syed Asim Munir"], ["Munir"]]},
          {"type": "organization", "name": "Inter-Services Public Relations", "surfaces": ["Inter-Services Public Relations", "ISPR"],
           "variant_groups": [["Inter-Services Public Relations"], ["ISPR"]]},
          {"type": "place", "name": "Lachin", "surfaces": ["Lachin"]},
          {"type": "place", "name": "Azerbaijan", "surfaces": ["Azerbaijan", "Azerbaijan's"], "nested_only": true}
        ]}
        """;

    // Munir merged; ISPR found only by its acronym; Lachin typed wrongly; Sharif is no gold entity; Azerbaijan (optional) missed.
    private const string System = """
        {"entities": [
          {"type": "person", "name": "Syed Asim Munir", "aliases": ["Munir"]},
          {"type": "organisation", "name": "ISPR", "aliases": []},
          {"type": "organisation", "name": "The Lachin", "aliases": []},
          {"type": "person", "name": "Sharif", "aliases": []}
        ]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("bench-scorer-").FullName;

    public BenchScorerTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "gold"));
        Directory.CreateDirectory(Path.Combine(_folder, "system"));
        File.WriteAllText(Path.Combine(_folder, "gold", "article.json"), Gold);
        File.WriteAllText(Path.Combine(_folder, "system", "article.json"), System);
    }

    [Fact]
    public void Entities_match_by_any_name_within_their_type_one_to_one()
    {
        var score = Score(lenient: false);

        Assert.Equal((1, 2, 1), Counts(score.PerType["person"]));
        Assert.Equal((1, 2, 1), Counts(score.PerType["organization"]));
        Assert.Equal((2, 0, 0), Counts(score.PerType["place"]));
        Assert.Equal((4, 4, 2), Counts(score.Micro));
        Assert.Equal(0.5, score.Micro.F1, precision: 6);
    }

    [Fact]
    public void Ignoring_types_a_wrongly_typed_entity_still_counts_and_a_leading_the_is_ignored()
    {
        Assert.Equal((4, 4, 3), Counts(Score(lenient: false).TypeAgnostic));
    }

    [Fact]
    public void Alias_merging_counts_gold_entities_whose_name_variants_one_system_entity_covers()
    {
        var score = Score(lenient: false);

        // Azerbaijan counts: without variant groups each surface ("Azerbaijan's" too) is a variant of its own.
        Assert.Equal(3, score.AliasEligible);
        Assert.Equal(1, score.AliasMerged);
        Assert.Equal(2, Score(lenient: true).AliasEligible);
    }

    [Fact]
    public void Lenient_scoring_leaves_nested_only_gold_entities_out()
    {
        Assert.Equal((1, 0, 0), Counts(Score(lenient: true).PerType["place"]));
    }

    [Fact]
    public void Each_article_lists_its_misses_and_false_positives_by_name()
    {
        var report = Assert.Single(Score(lenient: false).Documents);

        Assert.Equal(["place Lachin", "place Azerbaijan (optional)"], report.Misses);
        Assert.Equal(["organization The Lachin", "person Sharif"], report.FalsePositives);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BenchScore Score(bool lenient) => new BenchScorer(lenient).Score(Path.Combine(_folder, "gold"), Path.Combine(_folder, "system"));

    private static (int Gold, int System, int TruePositives) Counts(Counts counts) => (counts.Gold, counts.System, counts.TruePositives);
}
