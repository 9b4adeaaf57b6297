using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class WordClusterTests
{
    private static readonly string[] Cities = ["Paris", "Lagos", "Lima", "Oslo"];
    private static readonly string[] People = ["Ahmed", "Maria", "Kofi", "Ingrid"];

    // Cities and people, each always between the same two frame words, so a group's members share their neighbours.
    private static readonly IReadOnlyList<string>[] Sentences =
    [
        .. from round in Enumerable.Range(0, 5) from city in Cities select new[] { "in", city, "today" },
        .. from round in Enumerable.Range(0, 5) from person in People select new[] { "minister", person, "said" },
    ];

    [Fact]
    public void Words_used_alike_share_a_class_at_every_level()
    {
        var clusters = ClusterBuilder.Build(Sentences, [7, 3], minimumCount: 2, maxIterations: 20);

        for (var level = 0; level < clusters.Levels; level++)
        {
            Assert.Single(Cities.Select(city => ClassOf(clusters, city, level)).Distinct());
            Assert.Single(People.Select(person => ClassOf(clusters, person, level)).Distinct());
        }

        Assert.NotEqual(ClassOf(clusters, "Paris", 0), ClassOf(clusters, "Ahmed", 0));
    }

    [Fact]
    public void Coarser_levels_group_whole_classes_of_the_finer_one_and_rare_words_are_left_out()
    {
        var clusters = ClusterBuilder.Build([.. Sentences, ["in", "hapax", "today"]], [7, 3], minimumCount: 2, maxIterations: 20);

        Assert.Equal(-1, clusters.Find("hapax"));
        var words = Enumerable.Range(0, clusters.WordCount).ToList();
        foreach (var group in words.GroupBy(word => clusters.ClassOf(word, 0)))
        {
            Assert.Single(group.Select(word => clusters.ClassOf(word, 1)).Distinct());
        }
    }

    [Fact]
    public void Clusters_survive_being_written_and_read()
    {
        var clusters = ClusterBuilder.Build(Sentences, [7, 3], minimumCount: 2, maxIterations: 20);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) clusters.Write(writer);
        stream.Position = 0;

        var read = WordClusters.Read(new BinaryReader(stream));

        Assert.Equal(clusters.Sizes, read.Sizes);
        Assert.All(Enumerable.Range(0, clusters.WordCount), word =>
            Assert.Equal(ClassOf(clusters, clusters.WordAt(word), 1), ClassOf(read, clusters.WordAt(word), 1)));
    }

    private static int ClassOf(WordClusters clusters, string word, int level) => clusters.ClassOf(clusters.Find(word), level);
}
