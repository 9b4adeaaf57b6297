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

    [Fact]
    public void Sum_gives_each_tag_the_same_float_sum_as_adding_the_rows_one_by_one()
    {
        var random = new Random(11);
        var features = Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64()).Append(0UL).Distinct().ToArray();
        var weights = Enumerable.Range(0, features.Length * Tags).Select(_ => (float)(random.NextDouble() - 0.5) * 3).ToArray();
        var table = new FeatureWeights(features, weights);

        for (var round = 0; round < 200; round++)
        {
            // Known features, unknown ones and the hash 0, in any order: a token's features as the tagger asks for them.
            var asked = Enumerable.Range(0, random.Next(0, 97))
                .Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64() : features[random.Next(features.Length)])
                .Append(0UL).ToArray();
            var expected = new float[Tags];
            foreach (var feature in asked)
            {
                var row = table.Find(feature);
                for (var tag = 0; tag < row.Length; tag++) expected[tag] += row[tag];
            }

            var scores = new float[Tags];
            table.Sum(asked, scores);
            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), scores.Select(BitConverter.SingleToInt32Bits));
        }
    }
}
