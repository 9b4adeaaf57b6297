using NewsApi.Extraction.Tagging;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class FeatureRowsTests
{
    [Fact]
    public void Every_feature_finds_its_own_row_and_an_unknown_one_none()
    {
        var random = new Random(7);
        // 0 and the largest hash too, and hashes that share their home slot (equal high bits after the multiply).
        var features = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64())
            .Concat([0UL, ulong.MaxValue, 1UL, 2UL, 3UL])
            .Distinct().ToArray();
        var unknown = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64()).Except(features).ToArray();

        var rows = new FeatureRows(features);

        Assert.Equal(features.Length, rows.Count);
        Assert.Equal(Enumerable.Range(0, features.Length), features.Select(rows.Find));
        Assert.All(unknown, feature => Assert.Equal(-1, rows.Find(feature)));
    }

    [Fact]
    public void A_feature_given_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FeatureRows([5UL, 9UL, 5UL]));
    }
}
