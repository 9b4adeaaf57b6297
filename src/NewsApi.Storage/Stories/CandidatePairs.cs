namespace NewsApi.Storage.Stories;

/// <summary>
/// Chooses which pairs of articles are worth scoring. Scoring every pair is quadratic (5 billion pairs at 100k articles), so
/// each article only looks at the articles it shares something with, and keeps a few of them:
/// <list type="bullet">
/// <item>those agreeing on the most MinHash bands (locality-sensitive hashing: near-duplicates agree on many bands);</item>
/// <item>those sharing the most entity salience, over all dates and within <see cref="StoryBuilder.SameEventDays"/> days.</item>
/// </list>
/// An entity in more than <see cref="StoryBuilder.CommonEntityArticles"/> articles (a country, a head of state) says little
/// about which articles belong together and is not followed. The work per article follows how much it shares, not the size
/// of the archive; articles are processed in parallel, and the result is the same whatever the thread count.
/// </summary>
internal sealed class CandidatePairs
{
    public const int Bands = 32;
    public const int NearDuplicateCandidates = 16;
    public const int SharedEntityCandidates = 32;
    public const int SameDaysCandidates = 16;
    private const int RowsPerBand = ArticleFingerprint.SignatureLength / Bands;

    private readonly IReadOnlyList<ArticleFingerprint> _articles;
    private readonly (int[] Articles, float[] Saliences)?[] _postings;
    private readonly int[][] _bucketMembers; // per band: article indexes ordered by band key
    private readonly int[][] _bucketStart;   // per band and article: where its bucket starts in _bucketMembers[band]
    private readonly int[][] _bucketLength;

    private CandidatePairs(IReadOnlyList<ArticleFingerprint> articles, int entityCount)
    {
        _articles = articles;
        _postings = Postings(articles, entityCount);
        (_bucketMembers, _bucketStart, _bucketLength) = Buckets(articles);
    }

    /// <summary>The candidate pairs (a &lt; b, by article index), ascending.</summary>
    public static List<(int A, int B)> Find(IReadOnlyList<ArticleFingerprint> articles, int entityCount)
    {
        var finder = new CandidatePairs(articles, entityCount);
        var chosen = new List<long>[articles.Count];
        Parallel.For(
            0,
            articles.Count,
            () => new Accumulator(articles.Count),
            (i, _, accumulator) =>
            {
                chosen[i] = finder.Choose(i, accumulator);
                return accumulator;
            },
            _ => { });

        var pairs = chosen.SelectMany(list => list).ToArray();
        Array.Sort(pairs);
        return pairs.Distinct().Select(pair => ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF))).ToList();
    }

    private List<long> Choose(int i, Accumulator accumulator)
    {
        accumulator.Reset();
        var article = _articles[i];
        for (var e = 0; e < article.EntityIds.Length; e++)
        {
            if (_postings[article.EntityIds[e]] is not { } posting)
            {
                continue;
            }

            var (others, saliences) = posting;

            for (var k = 0; k < others.Length; k++)
            {
                if (others[k] != i)
                {
                    accumulator.AddEntity(others[k], Math.Min(article.Saliences[e], saliences[k]));
                }
            }
        }

        for (var band = 0; band < Bands && article.HasText; band++)
        {
            var (start, length) = (_bucketStart[band][i], _bucketLength[band][i]);
            if (length > StoryBuilder.CommonEntityArticles)
            {
                continue; // a key half the archive shares is boilerplate, not a near-duplicate
            }

            for (var k = start; k < start + length; k++)
            {
                if (_bucketMembers[band][k] != i)
                {
                    accumulator.AddBand(_bucketMembers[band][k]);
                }
            }
        }

        var touched = accumulator.Touched;
        var pairs = new List<long>();
        void Keep(IEnumerable<int> others)
        {
            foreach (var j in others)
            {
                pairs.Add(((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j));
            }
        }

        Keep(touched.Where(j => accumulator.BandsOf(j) > 0)
            .OrderByDescending(accumulator.BandsOf).ThenByDescending(accumulator.OverlapOf).ThenBy(j => j)
            .Take(NearDuplicateCandidates));
        var byOverlap = touched.Where(j => accumulator.OverlapOf(j) > 0)
            .OrderByDescending(accumulator.OverlapOf).ThenByDescending(accumulator.BandsOf).ThenBy(j => j);
        Keep(byOverlap.Take(SharedEntityCandidates));
        Keep(byOverlap.Where(j => article.DaysApart(_articles[j]) is null or <= StoryBuilder.SameEventDays).Take(SameDaysCandidates));
        return pairs;
    }

    /// <summary>For each entity in at most <see cref="StoryBuilder.CommonEntityArticles"/> articles, its articles and saliences.</summary>
    private static (int[], float[])?[] Postings(IReadOnlyList<ArticleFingerprint> articles, int entityCount)
    {
        var counts = new int[entityCount];
        foreach (var article in articles)
        {
            foreach (var entity in article.EntityIds)
            {
                counts[entity]++;
            }
        }

        var postings = new (int[], float[])?[entityCount];
        var filled = new int[entityCount];
        for (var entity = 0; entity < entityCount; entity++)
        {
            if (counts[entity] is > 1 and <= StoryBuilder.CommonEntityArticles)
            {
                postings[entity] = (new int[counts[entity]], new float[counts[entity]]);
            }
        }

        for (var i = 0; i < articles.Count; i++)
        {
            for (var e = 0; e < articles[i].EntityIds.Length; e++)
            {
                if (postings[articles[i].EntityIds[e]] is ({ } others, { } saliences))
                {
                    var at = filled[articles[i].EntityIds[e]]++;
                    (others[at], saliences[at]) = (i, articles[i].Saliences[e]);
                }
            }
        }

        return postings;
    }

    /// <summary>Per band, the articles sorted by band key, so each article's bucket is one run of that order.</summary>
    private static (int[][], int[][], int[][]) Buckets(IReadOnlyList<ArticleFingerprint> articles)
    {
        var members = new int[Bands][];
        var starts = new int[Bands][];
        var lengths = new int[Bands][];
        Parallel.For(0, Bands, band =>
        {
            var withText = Enumerable.Range(0, articles.Count).Where(i => articles[i].HasText).ToArray();
            var keys = withText.Select(i => articles[i].BandKey(band, band * RowsPerBand, RowsPerBand)).ToArray();
            Array.Sort(keys, withText);
            (members[band], starts[band], lengths[band]) = (withText, new int[articles.Count], new int[articles.Count]);
            for (var runStart = 0; runStart < keys.Length;)
            {
                var runEnd = runStart + 1;
                while (runEnd < keys.Length && keys[runEnd] == keys[runStart])
                {
                    runEnd++;
                }

                for (var k = runStart; k < runEnd; k++)
                {
                    (starts[band][withText[k]], lengths[band][withText[k]]) = (runStart, runEnd - runStart);
                }

                runStart = runEnd;
            }
        });
        return (members, starts, lengths);
    }

    /// <summary>One thread's running totals for the article being processed: shared salience and agreeing bands per other article.</summary>
    private sealed class Accumulator(int articleCount)
    {
        private readonly float[] _overlap = new float[articleCount];
        private readonly byte[] _bands = new byte[articleCount];
        private readonly int[] _seenFor = new int[articleCount]; // equals _generation once touched for the current article
        private readonly List<int> _touched = [];
        private int _generation = 1;

        public IReadOnlyList<int> Touched => _touched;

        public float OverlapOf(int j) => _overlap[j];

        public int BandsOf(int j) => _bands[j];

        public void AddEntity(int j, float salience)
        {
            Touch(j);
            _overlap[j] += salience;
        }

        public void AddBand(int j)
        {
            Touch(j);
            _bands[j]++;
        }

        public void Reset()
        {
            foreach (var j in _touched)
            {
                (_overlap[j], _bands[j]) = (0, 0);
            }

            _touched.Clear();
            _generation++;
        }

        private void Touch(int j)
        {
            if (_seenFor[j] != _generation)
            {
                _seenFor[j] = _generation;
                _touched.Add(j);
            }
        }
    }
}
