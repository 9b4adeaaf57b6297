using System.Text;

namespace NewsApi.Storage.Stories;

/// <summary>
/// What one article looks like to story grouping: a MinHash signature of its word 3-shingles (so the Jaccard similarity of
/// two texts is estimated from 128 numbers instead of comparing the shingle sets), its entities weighted by salience,
/// and its date.
/// </summary>
public sealed class ArticleFingerprint
{
    public const int SignatureLength = 128;
    private const int ShingleWords = 3;

    // Fixed seeds: the same text gives the same signature on every machine and run, so stories are deterministic.
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, SignatureLength).Select(i => SplitMix((ulong)i * 0x9E3779B97F4A7C15UL))];

    private ArticleFingerprint(string id, DateOnly? published, ulong[] signature, IReadOnlyDictionary<string, double> entities)
    {
        Id = id;
        Published = published;
        Signature = signature;
        Entities = entities;
    }

    public string Id { get; }
    public DateOnly? Published { get; }
    public ulong[] Signature { get; }

    /// <summary>Entity id to salience (0..1) in this article.</summary>
    public IReadOnlyDictionary<string, double> Entities { get; }

    public static ArticleFingerprint Create(string id, DateOnly? published, string text, IReadOnlyDictionary<string, double> entities)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in Shingles(text))
        {
            for (var i = 0; i < SignatureLength; i++)
            {
                signature[i] = Math.Min(signature[i], SplitMix(shingle ^ Seeds[i]));
            }
        }

        return new ArticleFingerprint(id, published, signature, entities);
    }

    /// <summary>The share of signature positions that agree: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public double TextSimilarity(ArticleFingerprint other)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            same += Signature[i] == other.Signature[i] && Signature[i] != ulong.MaxValue ? 1 : 0;
        }

        return (double)same / SignatureLength;
    }

    /// <summary>Weighted Jaccard of the entity sets: sum of the smaller saliences over sum of the larger ones.</summary>
    public double EntitySimilarity(ArticleFingerprint other)
    {
        double shared = 0, all = 0;
        foreach (var id in Entities.Keys.Union(other.Entities.Keys))
        {
            var mine = Entities.GetValueOrDefault(id);
            var theirs = other.Entities.GetValueOrDefault(id);
            shared += Math.Min(mine, theirs);
            all += Math.Max(mine, theirs);
        }

        return all == 0 ? 0 : shared / all;
    }

    /// <summary>Days between the two dates; null when either article is undated.</summary>
    public int? DaysApart(ArticleFingerprint other) =>
        Published is { } mine && other.Published is { } theirs ? Math.Abs(mine.DayNumber - theirs.DayNumber) : null;

    /// <summary>Hashes of every run of three consecutive words, lower-cased, letters and digits only.</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            shingles.Add(Fnv1a(string.Join(' ', words.Skip(i).Take(ShingleWords))));
        }

        return shingles;
    }

    private static ulong Fnv1a(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    // A strong 64-bit mixer: hashing a shingle hash with a different seed per position acts as a different permutation.
    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
