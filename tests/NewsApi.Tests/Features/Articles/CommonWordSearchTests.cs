using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsApi.Features.Articles;
using NewsApi.Storage.Search;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Articles;

/// <summary>
/// Pages of common-word searches from <see cref="CommonWordSearch"/>'s tables must be Lucene's own pages: the same
/// articles in the same order, the same float scores (which cursors carry from page to page) and the same totals, on the
/// search index of a seeded archive of 1,100 articles, whose template-made texts give many tied scores.
/// </summary>
[Collection(SharedArchive.Name)]
public sealed class CommonWordSearchTests(ArchiveNewsApi archive) : IDisposable
{
    private readonly DirectoryReader _reader = DirectoryReader.Open(FSDirectory.Open(ArticleIndex.PathFor(archive.DatabasePath)));

    public void Dispose() => _reader.Dispose();

    [Fact]
    public void Every_page_of_one_two_and_three_common_words_is_the_page_lucene_gives()
    {
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        // Words of fewer than half the articles: the template-made words of every article all score the same there.
        var common = Words().Where(word => IsCommon(word) && _reader.DocFreq(new Term(ArticleIndex.Text, word)) * 2 < _reader.MaxDoc).Take(12).ToList();
        Assert.True(common.Count >= 8, $"{common.Count} common words");
        List<string[]> searches =
        [
            .. common.Select(word => new[] { word }),
            .. common.Zip(common.Skip(1)).Select(pair => new[] { pair.First, pair.Second }),
            [common[0], common[5], common[9]],
            [common[3], common[3]], // a word twice counts twice, as in Lucene
        ];

        // One instance, as the API keeps: a search's first page builds the tables, the later pages reuse them.
        var commonWords = new CommonWordSearch();
        var pages = 0;
        foreach (var words in searches)
        {
            var query = Query(words);
            var after = new ScoreDoc(-1, float.NaN);
            for (var page = 0; page < 40; page++, pages++)
            {
                var expected = searcher.SearchAfter(after.Doc < 0 ? null : after, query, 7);
                var fromTables = commonWords.Search(searcher, query, after, 7);

                Assert.NotNull(fromTables);
                Assert.Equal(expected.TotalHits, fromTables.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(hit => (hit.Doc, hit.Score)), fromTables.ScoreDocs.Select(hit => (hit.Doc, hit.Score)));
                if (expected.ScoreDocs.Length < 7)
                {
                    break;
                }

                after = expected.ScoreDocs[^1];
            }
        }

        Assert.True(pages > 100, $"{pages} pages compared");
    }

    [Fact]
    public void Searches_the_tables_do_not_serve_are_left_to_lucene()
    {
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var common = Words().First(IsCommon);
        var rare = Words().First(word => !IsCommon(word));
        var first = new ScoreDoc(-1, float.NaN);
        var either = new BooleanQuery { { Term(common), Occur.SHOULD }, { Term(rare), Occur.SHOULD } };
        var phrase = new PhraseQuery { new Term(ArticleIndex.Text, common), new Term(ArticleIndex.Text, rare) };

        Assert.Null(new CommonWordSearch().Search(searcher, Query([common, rare]), first, 20));
        Assert.Null(new CommonWordSearch().Search(searcher, either, first, 20));
        Assert.Null(new CommonWordSearch().Search(searcher, phrase, first, 20));
    }

    /// <summary>The index's words, most frequent first.</summary>
    private List<string> Words()
    {
        var words = new List<(string Word, int Articles)>();
        var terms = MultiFields.GetTerms(_reader, ArticleIndex.Text).GetEnumerator();
        while (terms.MoveNext())
        {
            words.Add((terms.Term.Utf8ToString(), terms.DocFreq));
        }

        return [.. words.OrderByDescending(word => word.Articles).ThenBy(word => word.Word, StringComparer.Ordinal).Select(word => word.Word)];
    }

    /// <summary>In at least one article in 64 of every segment: what the tables serve.</summary>
    private bool IsCommon(string word) => _reader.Leaves.All(leaf => leaf.AtomicReader.DocFreq(new Term(ArticleIndex.Text, word)) * 64 >= leaf.AtomicReader.MaxDoc);

    private static TermQuery Term(string word) => new(new Term(ArticleIndex.Text, word));

    /// <summary>As the API builds it (ArticleIndexQuery): one word is a term query, several a conjunction.</summary>
    private static Query Query(string[] words) => words.Length == 1
        ? Term(words[0])
        : words.Aggregate(new BooleanQuery(), (all, word) =>
        {
            all.Add(Term(word), Occur.MUST);
            return all;
        });
}
