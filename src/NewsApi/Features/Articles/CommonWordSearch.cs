using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using NewsApi.Storage.Search;

namespace NewsApi.Features.Articles;

/// <summary>
/// The relevance page of a search for plain words that must all occur (one word, or "tax reform"), without filters,
/// when every word is common: Lucene 4.8 has no block-max WAND, so it decodes and scores every article holding all the
/// words (77% of a 100k archive for "investment") to keep the best 20. Here each common word has a table, built from the
/// index on first use and kept while the index is open: the articles holding it (a bitset), the BM25 score Lucene gives
/// each, and the best score in each block of 64 articles. A page then ANDs the bitsets (which counts the total exactly),
/// passes over every block whose best possible sum cannot beat the page's worst hit so far, and scores the others from
/// the tables. The hits, their scores (the same float sums as Lucene's conjunction) and the total are Lucene's own.
/// Anything else (a rare word, phrases, OR, NOT, prefixes, filters, date order) is left to Lucene: null.
/// </summary>
public sealed class CommonWordSearch
{
    /// <summary>A word is common in a segment from this share of its articles on: below it Lucene's own walk is short.</summary>
    private const int CommonShare = 64;

    /// <summary>Tables kept per open index, all dropped past this: 4 bytes per article holding a word, a quarter byte per article of the segment.</summary>
    private const long MaxTableBytes = 64L << 20;

    private static readonly BM25Similarity Similarity = new();

    private readonly ConditionalWeakTable<IndexReader, Tables> _tablesByReader = [];

    /// <summary>The page after <paramref name="after"/> (doc -1: the first) of at most <paramref name="take"/> hits, or null.</summary>
    public TopDocs? Search(IndexSearcher searcher, Query query, ScoreDoc after, int take)
    {
        if (Words(query) is not { Count: > 0 } words || searcher.IndexReader.Leaves.Any(leaf => leaf.AtomicReader.HasDeletions))
        {
            return null;
        }

        var tables = _tablesByReader.GetValue(searcher.IndexReader, _ => new Tables());
        if ((tables.Built(searcher.IndexReader.Leaves, words) ?? Build(searcher, tables, words)) is not { } leafTables)
        {
            return null;
        }

        var best = new BestHits(take, after);
        foreach (var (leaf, wordTables) in leafTables)
        {
            best.Collect(leaf.DocBase, wordTables);
        }

        return best.ToTopDocs();
    }

    /// <summary>Each segment's tables of the words, building those missing; null when a word is not common in a segment.</summary>
    private static List<(AtomicReaderContext Leaf, WordTable[] Words)>? Build(IndexSearcher searcher, Tables tables, List<string> words)
    {
        var terms = words.Select(word => new Term(ArticleIndex.Text, word)).ToArray();
        var contexts = terms.Select(term => TermContext.Build(searcher.TopReaderContext, term)).ToArray();
        var collection = searcher.CollectionStatistics(ArticleIndex.Text);
        var weights = terms.Select((term, i) =>
        {
            var weight = Similarity.ComputeWeight(1f, collection, searcher.TermStatistics(term, contexts[i]));
            weight.Normalize(1f, 1f); // as a top-level query's; BM25 ignores the query norm
            return weight;
        }).ToArray();

        var leafTables = new List<(AtomicReaderContext Leaf, WordTable[] Words)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var states = contexts.Select(context => context.Get(leaf.Ord)).ToArray();
            if (states.Any(state => state is null))
            {
                continue; // a word this segment lacks: none of its articles match
            }

            var docFreqs = terms.Select((term, i) => states[i] is BlockTermState block ? block.DocFreq : leaf.AtomicReader.DocFreq(term)).ToArray();
            if (docFreqs.Any(docFreq => (long)docFreq * CommonShare < leaf.AtomicReader.MaxDoc))
            {
                return null;
            }

            leafTables.Add((leaf, InSumOrder(terms.Select((term, i) => tables.For(leaf, term, states[i], docFreqs[i], weights[i])))));
        }

        return leafTables;
    }

    /// <summary>In the order Lucene's conjunction sums them: fewest articles in the segment first, ties in the query's order.</summary>
    private static WordTable[] InSumOrder(IEnumerable<WordTable> tables) => [.. tables.OrderBy(table => table.Scores.Length)];

    /// <summary>The analysed words of a term query or of a conjunction of term queries, unboosted; null for any other query.</summary>
    private static List<string>? Words(Query query) => query switch
    {
        TermQuery { Boost: 1f } term when term.Term.Field == ArticleIndex.Text => [term.Term.Text],
        BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0 } all when all.Clauses.Count > 0
            && all.Clauses.All(clause => clause.Occur == Occur.MUST && clause.Query is TermQuery { Boost: 1f, Term.Field: ArticleIndex.Text }) =>
            [.. all.Clauses.Select(clause => ((TermQuery)clause.Query).Term.Text)],
        _ => null,
    };

    /// <summary>One word in one segment: its articles, each one's score and each block's best.</summary>
    private sealed class WordTable
    {
        public WordTable(AtomicReaderContext leaf, Term term, TermState state, int docFreq, Similarity.SimWeight weight)
        {
            var maxDoc = leaf.AtomicReader.MaxDoc;
            Docs = new ulong[(maxDoc + 63) >> 6];
            BlockBest = new float[Docs.Length];
            Scores = new float[docFreq];
            var words = leaf.AtomicReader.GetTerms(ArticleIndex.Text).GetEnumerator();
            words.SeekExact(term.Bytes, state);
            var postings = words.Docs(null, null, DocsFlags.FREQS);
            var scorer = Similarity.GetSimScorer(weight, leaf);
            var n = 0;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                var score = scorer.Score(doc, postings.Freq);
                Docs[doc >> 6] |= 1UL << doc;
                Scores[n++] = score;
                BlockBest[doc >> 6] = Math.Max(BlockBest[doc >> 6], score);
            }

            Before = new int[Docs.Length];
            for (int block = 0, count = 0; block < Docs.Length; count += BitOperations.PopCount(Docs[block]), block++)
            {
                Before[block] = count;
            }
        }

        /// <summary>Bit d of word d / 64: the segment's article d holds the word.</summary>
        public ulong[] Docs { get; }

        /// <summary>How many of the word's articles come before block b (each block is one word of <see cref="Docs"/>).</summary>
        public int[] Before { get; }

        /// <summary>The score of the word's n-th article, in doc order.</summary>
        public float[] Scores { get; }

        public float[] BlockBest { get; }

        public long Bytes => (Docs.Length * 16L) + (Scores.Length * 4L);

        public float Score(int block, ulong bit) => Scores[Before[block] + BitOperations.PopCount(Docs[block] & (bit - 1))];
    }

    /// <summary>The tables of one open index, built once per word and segment, all dropped when they grow past the budget.</summary>
    private sealed class Tables
    {
        private ConcurrentDictionary<(int Segment, string Word), Lazy<WordTable>> _tables = new();
        private long _bytes;

        /// <summary>Each segment's tables of the words when all are built (no word missing from a segment), else null.</summary>
        public List<(AtomicReaderContext Leaf, WordTable[] Words)>? Built(IList<AtomicReaderContext> leaves, List<string> words)
        {
            var built = new List<(AtomicReaderContext Leaf, WordTable[] Words)>(leaves.Count);
            foreach (var leaf in leaves)
            {
                var tables = new WordTable[words.Count];
                for (var i = 0; i < words.Count; i++)
                {
                    if (!_tables.TryGetValue((leaf.Ord, words[i]), out var table) || !table.IsValueCreated)
                    {
                        return null;
                    }

                    tables[i] = table.Value;
                }

                built.Add((leaf, InSumOrder(tables)));
            }

            return built;
        }

        public WordTable For(AtomicReaderContext leaf, Term term, TermState state, int docFreq, Similarity.SimWeight weight)
        {
            var made = false;
            var table = _tables.GetOrAdd((leaf.Ord, term.Text), _ =>
            {
                made = true;
                return new Lazy<WordTable>(() => new WordTable(leaf, term, state, docFreq, weight));
            }).Value;
            if (made && Interlocked.Add(ref _bytes, table.Bytes) > MaxTableBytes)
            {
                // Bounded: a long run meets many words. The pages being made keep the tables they hold.
                _tables = new();
                Interlocked.Exchange(ref _bytes, 0);
            }

            return table;
        }
    }

    /// <summary>
    /// The best hits in doc order as Lucene's paging top-k collector keeps them: every match counted; a hit on an earlier
    /// page (a higher score, or the cursor's score and not after its doc) skipped; a tie with the worst kept hit loses to it.
    /// </summary>
    private sealed class BestHits(int take, ScoreDoc after)
    {
        // The worst kept hit first: the lowest score, then the latest doc.
        private readonly PriorityQueue<ScoreDoc, (float Score, int Doc)> _kept = new(
            Comparer<(float Score, int Doc)>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

        private long _total;

        public void Collect(int docBase, WordTable[] words)
        {
            var first = words[0];
            for (var block = 0; block < first.Docs.Length; block++)
            {
                var docs = first.Docs[block];
                var bound = first.BlockBest[block];
                for (var i = 1; i < words.Length && docs != 0; i++)
                {
                    docs &= words[i].Docs[block];
                    bound += words[i].BlockBest[block];
                }

                _total += BitOperations.PopCount(docs);
                if (docs == 0 || (_kept.Count == take && bound <= _kept.Peek().Score))
                {
                    continue; // no article here can beat the worst hit kept, which comes before it
                }

                for (; docs != 0; docs &= docs - 1)
                {
                    var bit = docs & (~docs + 1);
                    var score = 0f;
                    foreach (var word in words)
                    {
                        score += word.Score(block, bit);
                    }

                    Offer(docBase + (block << 6) + BitOperations.TrailingZeroCount(docs), score);
                }
            }
        }

        public TopDocs ToTopDocs()
        {
            var hits = new ScoreDoc[_kept.Count];
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                hits[i] = _kept.Dequeue();
            }

            return new TopDocs((int)_total, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
        }

        private void Offer(int doc, float score)
        {
            if (score > after.Score || (score == after.Score && doc <= after.Doc))
            {
                return; // on an earlier page
            }

            if (_kept.Count < take)
            {
                _kept.Enqueue(new ScoreDoc(doc, score), (score, doc));
            }
            else if (score > _kept.Peek().Score)
            {
                _kept.DequeueEnqueue(new ScoreDoc(doc, score), (score, doc));
            }
        }
    }
}
