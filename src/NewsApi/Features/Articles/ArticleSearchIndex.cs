using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsApi.Infrastructure;
using NewsApi.Storage.Search;

namespace NewsApi.Features.Articles;

/// <summary>One hit of a search in the index: the article and its score (NaN in a date order).</summary>
public sealed record IndexHit(string Id, double Score);

/// <summary>A page of hits in the list's order (limit + 1, after the cursor) and how many articles match in all.</summary>
public sealed record IndexHits(IReadOnlyList<IndexHit> Hits, long Total);

/// <summary>
/// Searches the Lucene index the seeder builds beside the database (<see cref="ArticleIndex"/>): BM25 over headline (x4)
/// and body, keeping the best limit + 1 as it goes, so a common word costs one pass over its postings rather than a bm25
/// for every hit in SQLite; a page of common words without filters comes from <see cref="CommonWordSearch"/>'s tables,
/// with the same hits. Filters, sorts and cursors are the list's own. Only an index built from the database's
/// current data version is used: missing or stale, <see cref="SearchAsync"/> answers null and the caller searches with
/// SQLite's FTS5 (the log says which, once per change).
/// </summary>
public sealed partial class ArticleSearchIndex(NewsDatabase database, DataVersion dataVersion, ILogger<ArticleSearchIndex> logger) : IDisposable
{
    // While the index is stale (the seeder rebuilds it after the database's data version moved), look again at most this often.
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private static readonly BM25Similarity Similarity = new();
    private static readonly SortField ById = new(ArticleIndex.Id, SortFieldType.STRING);

    private readonly System.Threading.Lock _lock = new();
    private readonly CommonWordSearch _commonWords = new();
    private readonly string _path = ArticleIndex.PathFor(database.FilePath);
    private SearcherManager? _searchers;
    private (long Version, SearcherManager Searchers)? _current;
    private (long? Version, long Tried) _lastTry = (null, 0);
    private string? _lastState;

    /// <summary>The page of hits for a query with a search, or null when the index cannot answer for this data.</summary>
    public async Task<IndexHits?> SearchAsync(ArticleQuery query, CancellationToken ct)
    {
        if (Current(await dataVersion.CurrentAsync(ct)) is not { } searchers)
        {
            return null;
        }

        var searcher = searchers.Acquire();
        try
        {
            searcher.Similarity = Similarity;
            var search = ArticleIndexQuery.For(query.Search!);
            var filter = ArticleIndexQuery.FilterFor(query);
            var take = query.Page.Limit + 1;
            var top = query.Sort == ArticleSort.Relevance && ByRelevanceAfter(searcher, query) is { } after
                ? (filter is null ? _commonWords.Search(searcher, search, after, take) : null)
                    ?? searcher.SearchAfter(after.Doc < 0 ? null : after, search, filter, take)
                : searcher.SearchAfter(After(query), search, filter, take, SortFor(query.Sort), doDocScores: true, doMaxScore: false);
            var ids = new BytesRef();
            var hits = top.ScoreDocs.Select(hit => new IndexHit(IdOf(searcher.IndexReader, hit.Doc, ids), hit.Score)).ToList();
            return new IndexHits(hits, top.TotalHits);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Where a relevance page starts for Lucene's plain top-k collector, which is cheaper than sorting on (score, id): the
    /// seeder adds articles in id order and merges keep that order, so document order is id order and equal scores come
    /// by id either way. Doc -1 on the first page; null when the cursor's article is no longer in the index (sort then).
    /// </summary>
    private static ScoreDoc? ByRelevanceAfter(IndexSearcher searcher, ArticleQuery query)
    {
        if (query.Page.After is not { } after)
        {
            return new ScoreDoc(-1, float.NaN);
        }

        var found = searcher.Search(new TermQuery(new Term(ArticleIndex.Id, after.Id)), 1);
        return found.TotalHits == 0 ? null : new ScoreDoc(found.ScoreDocs[0].Doc, (float)-after.Key.Rank!.Value);
    }

    // From the id's doc values (no stored document to read and decompress).
    private static string IdOf(IndexReader reader, int doc, BytesRef id)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        leaf.AtomicReader.GetSortedDocValues(ArticleIndex.Id).Get(doc - leaf.DocBase, id);
        return id.Utf8ToString();
    }

    public void Dispose() => _searchers?.Dispose();

    /// <summary>The searchers of an index built from this data version, or null (missing, stale, unreadable).</summary>
    private SearcherManager? Current(long? version)
    {
        if (_current is { } current && current.Version == version)
        {
            return current.Searchers;
        }

        lock (_lock)
        {
            if (_current is { } again && again.Version == version)
            {
                return again.Searchers;
            }

            if (version is null || (_lastTry.Version == version && Stopwatch.GetElapsedTime(_lastTry.Tried) < RetryEvery))
            {
                return null;
            }

            _lastTry = (version, Stopwatch.GetTimestamp());
            var (indexVersion, state) = Open();
            if (indexVersion == version)
            {
                _current = (version.Value, _searchers!);
                Report($"the search index at {_path} (data version {version})", fallback: false);
                return _searchers;
            }

            Report(state ?? $"the search index at {_path} is from data version {indexVersion}, the database is at {version}", fallback: true);
            return null;
        }
    }

    /// <summary>Opens the index, or sees the latest commit of the one open; its data version, or why there is none.</summary>
    private (long? Version, string? Problem) Open()
    {
        try
        {
            if (_searchers is null)
            {
                if (!System.IO.Directory.Exists(_path) || !DirectoryReader.IndexExists(FSDirectory.Open(_path)))
                {
                    return (null, $"no search index at {_path}");
                }

                _searchers = new SearcherManager(FSDirectory.Open(_path), null);
            }

            _searchers.MaybeRefreshBlocking();
            var searcher = _searchers.Acquire();
            try
            {
                return (ArticleIndex.DataVersionOf(((DirectoryReader)searcher.IndexReader).IndexCommit), null);
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
        catch (IOException exception)
        {
            return (null, $"the search index at {_path} cannot be read ({exception.Message})");
        }
    }

    private void Report(string state, bool fallback)
    {
        if (state == _lastState)
        {
            return;
        }

        _lastState = state;
        if (fallback)
        {
            LogFallback(state);
        }
        else
        {
            LogUsing(state);
        }
    }

    private static Sort SortFor(ArticleSort sort) => sort switch
    {
        ArticleSort.Relevance => new Sort(SortField.FIELD_SCORE, ById),
        // Undated articles have no value: last in both date orders.
        ArticleSort.Newest => new Sort(ByDate(reverse: true, SortField.STRING_FIRST), ById),
        _ => new Sort(ByDate(reverse: false, SortField.STRING_LAST), ById),
    };

    private static SortField ByDate(bool reverse, object missing)
    {
        var field = new SortField(ArticleIndex.Published, SortFieldType.STRING, reverse);
        field.SetMissingValue(missing);
        return field;
    }

    /// <summary>The cursor as the position Lucene continues after: the sort values of the last row seen.</summary>
    private static FieldDoc? After(ArticleQuery query)
    {
        if (query.Page.After is not { } after)
        {
            return null;
        }

        // The cursor keeps an undated article's date as its list's SQL key ('' newest first, '9999-12-31' oldest first).
        object? first = query.Sort == ArticleSort.Relevance
            ? J2N.Numerics.Single.GetInstance((float)-after.Key.Rank!.Value)
            : after.Key.Date is "" or "9999-12-31" ? null : new BytesRef(after.Key.Date);
        return new FieldDoc(int.MaxValue, float.NaN, [first, new BytesRef(after.Id)]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Searching articles with {State}")]
    private partial void LogUsing(string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Searching articles with SQLite's full-text index instead of the search index: {State}. Run the seeder (seed) to rebuild it")]
    private partial void LogFallback(string state);
}
