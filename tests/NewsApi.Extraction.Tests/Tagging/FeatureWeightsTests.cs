using NewsApi.Extraction.Tagging;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class FeatureWeightsTests
{
    private const int Tags = 13;

    [Fact]
    public void Every_feature_finds_its_own_weights_and_an_unknown_one_none()
    {
        var random = new Random(7);
        // 0 and the largest hash too, and small hashes, which share their home slot.
        var features = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64())
            .Concat([0UL, ulong.MaxValue, 1UL, 2UL, 3UL])
            .Distinct().ToArray();
        var weights = Enumerable.Range(0, features.Length * Tags).Select(i => (float)i).ToArray();
        var unknown = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64()).Except(features).ToArray();

        var table = new FeatureWeights(features, weights);

        Assert.All(Enumerable.Range(0, features.Length), row =>
            Assert.Equal(weights.AsSpan(row * Tags, Tags).ToArray(), table.Find(features[row]).ToArray()));
        Assert.All(unknown, feature => Assert.True(table.Find(feature).IsEmpty));
    }

    [Fact]
    public void A_feature_given_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FeatureWeights([5UL, 9UL, 5UL], new float[3 * Tags]));
    }
}
