namespace NewsApi.Storage.Stories;

/// <summary>
/// What one article looks like to story grouping: a MinHash signature of its word 3-shingles (so the Jaccard similarity of
/// two texts is estimated from 128 numbers instead of comparing the shingle sets), its entities weighted by salience,
/// and its date.
/// <para>
/// The signature is a one-permutation MinHash: each shingle is hashed once and kept in one of 128 bins when it is the
/// smallest there, and an empty bin borrows from the next filled one ("densification"). Classic MinHash hashes every
/// shingle 128 times; this costs one hash per shingle, which is what lets a 100k-article rebuild take seconds.
/// </para>
/// </summary>
public sealed class ArticleFingerprint
{
    public const int SignatureLength = 128;
    private const int BinShift = 64 - 7; // the top 7 bits of a shingle hash choose one of the 128 bins
    private const uint DensifyStep = 0x9E3779B9; // sets apart values borrowed from different distances
    private const int ShingleWords = 3;

    private ArticleFingerprint(string id, DateOnly? published, uint[] signature, int[] entityIds, float[] saliences)
    {
        Id = id;
        Published = published;
        Signature = signature;
        EntityIds = entityIds;
        Saliences = saliences;
    }

    public string Id { get; }
    public DateOnly? Published { get; }

    /// <summary>The 128 minimum hashes; empty when the text has fewer than three words (nothing to compare).</summary>
    public uint[] Signature { get; }

    public bool HasText => Signature.Length > 0;

    /// <summary>The article's entities as numbers (ascending), and their salience (0..1) in the same order.</summary>
    public int[] EntityIds { get; }

    public float[] Saliences { get; }

    public static ArticleFingerprint Create(string id, DateOnly? published, string text, IEnumerable<(int EntityId, float Salience)> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = entities.OrderBy(entity => entity.EntityId).ToArray();
        return new ArticleFingerprint(
            id, published, Sign(text), [.. ordered.Select(entity => entity.EntityId)], [.. ordered.Select(entity => entity.Salience)]);
    }

    /// <summary>The share of signature positions that agree: an estimate of the shingle sets' Jaccard similarity.</summary>
    public double TextSimilarity(ArticleFingerprint other)
    {
        if (!HasText || !other.HasText)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            same += Signature[i] == other.Signature[i] ? 1 : 0;
        }

        return (double)same / SignatureLength;
    }

    /// <summary>Weighted Jaccard of the entity sets: sum of the smaller saliences over sum of the larger ones.</summary>
    public double EntitySimilarity(ArticleFingerprint other)
    {
        double shared = 0, all = 0;
        int i = 0, j = 0;
        while (i < EntityIds.Length || j < other.EntityIds.Length)
        {
            var mine = j == other.EntityIds.Length || (i < EntityIds.Length && EntityIds[i] < other.EntityIds[j]);
            var theirs = i == EntityIds.Length || (j < other.EntityIds.Length && other.EntityIds[j] < EntityIds[i]);
            if (mine)
            {
                all += Saliences[i++];
            }
            else if (theirs)
            {
                all += other.Saliences[j++];
            }
            else
            {
                shared += Math.Min(Saliences[i], other.Saliences[j]);
                all += Math.Max(Saliences[i++], other.Saliences[j++]);
            }
        }

        return all == 0 ? 0 : shared / all;
    }

    /// <summary>Days between the two dates; null when either article is undated.</summary>
    public int? DaysApart(ArticleFingerprint other) =>
        Published is { } mine && other.Published is { } theirs ? Math.Abs(mine.DayNumber - theirs.DayNumber) : null;

    /// <summary>The key of signature rows [start, start + count): articles with the same key agree on all of them.</summary>
    public ulong BandKey(int band, int start, int count)
    {
        var key = Mix((ulong)band + 1);
        for (var i = start; i < start + count; i++)
        {
            key = Mix(key ^ Signature[i]);
        }

        return key;
    }

    private static uint[] Sign(string text)
    {
        var signature = new uint[SignatureLength];
        var filled = new bool[SignatureLength];
        var any = false;
        foreach (var shingle in Shingles(text))
        {
            var bin = (int)(shingle >> BinShift);
            var value = (uint)shingle;
            if (!filled[bin] || value < signature[bin])
            {
                (signature[bin], filled[bin], any) = (value, true, true);
            }
        }

        if (!any)
        {
            return [];
        }

        // An empty bin takes the value of the next filled bin to its right (wrapping), shifted by the distance: two
        // texts agree there exactly when they agree on that bin at that distance, which keeps the estimate unbiased.
        var densified = (uint[])signature.Clone();
        for (var bin = 0; bin < SignatureLength; bin++)
        {
            var distance = 1;
            while (!filled[bin])
            {
                var next = (bin + distance) % SignatureLength;
                if (filled[next])
                {
                    densified[bin] = signature[next] + (uint)distance * DensifyStep;
                    break;
                }

                distance++;
            }
        }

        return densified;
    }

    /// <summary>Hashes of every run of three consecutive words, lower-cased, letters and digits only; no strings built.</summary>
    private static IEnumerable<ulong> Shingles(string text)
    {
        ulong first = 0, second = 0;
        var words = 0;
        var word = WordStart;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ char.ToLowerInvariant(text[i])) * WordPrime; // FNV-1a over the word's characters
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            if (++words >= ShingleWords)
            {
                yield return Mix(Mix(Mix(first) ^ second) ^ word);
            }

            (first, second, word, inWord) = (second, word, WordStart, false);
        }
    }

    private const ulong WordStart = 14695981039346656037UL;
    private const ulong WordPrime = 1099511628211UL;

    // SplitMix64's finaliser: a strong 64-bit mixer, so every bit of a shingle hash depends on every word character.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
