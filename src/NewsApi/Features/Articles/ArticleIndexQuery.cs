using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsApi.Storage.Search;

namespace NewsApi.Features.Articles;

/// <summary>A parsed search and an article list's filters as Lucene queries over the article index.</summary>
public static class ArticleIndexQuery
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = ArticleIndex.CreateAnalyzer();

    public static Query For(SearchExpression search) => search switch
    {
        SearchPhrase phrase => Match(phrase),
        SearchAll all => Combine(all.Included.Select(item => (For(item), Occur.MUST)).Concat(all.Excluded.Select(item => (For(item), Occur.MUST_NOT)))),
        SearchAny any => Combine(any.Alternatives.Select(item => (For(item), Occur.SHOULD))),
        _ => throw new ArgumentOutOfRangeException(nameof(search)),
    };

    /// <summary>The words a search looks for (not those it excludes), analysed as the index is: what a snippet marks.</summary>
    public static IReadOnlyList<SearchTerm> Terms(SearchExpression search) => search switch
    {
        SearchPhrase phrase => Words(phrase.Text) is var words ? [.. words.Select((word, i) => new SearchTerm(word, phrase.Prefix && i == words.Count - 1))] : [],
        SearchAll all => [.. all.Included.SelectMany(Terms).Distinct()],
        SearchAny any => [.. any.Alternatives.SelectMany(Terms).Distinct()],
        _ => throw new ArgumentOutOfRangeException(nameof(search)),
    };

    /// <summary>Entities, dates and section as a filter: it narrows the hits without changing their scores.</summary>
    public static Filter? FilterFor(ArticleQuery query)
    {
        var clauses = query.EntityIds.Select(id => (Query)new TermQuery(new Term(ArticleIndex.Entity, id)))
            .Concat(query.Section is null ? [] : [new TermQuery(new Term(ArticleIndex.Section, ArticleIndex.SectionKey(query.Section)))])
            .Concat(query.From is null && query.To is null ? [] : [TermRangeQuery.NewStringRange(ArticleIndex.Published,
                query.From?.ToString("yyyy-MM-dd", null), query.To?.ToString("yyyy-MM-dd", null), includeLower: true, includeUpper: true)])
            .ToList();
        return clauses.Count == 0 ? null : new QueryWrapperFilter(Combine(clauses.Select(clause => (clause, Occur.MUST))));
    }

    private static BooleanQuery Combine(IEnumerable<(Query Query, Occur Occur)> clauses)
    {
        var combined = new BooleanQuery();
        foreach (var (query, occur) in clauses)
        {
            combined.Add(query, occur);
        }

        return combined;
    }

    /// <summary>A word or phrase in the headline or the body; as in FTS5, a phrase's words are analysed like the text.</summary>
    private static Query Match(SearchPhrase phrase)
    {
        var words = Words(phrase.Text);
        return words.Count switch
        {
            0 => new BooleanQuery(), // only characters the index drops: matches nothing, as in FTS5
            1 when !phrase.Prefix => new TermQuery(new Term(ArticleIndex.Text, words[0])),
            _ => Phrase(ArticleIndex.Text, phrase, words),
        };
    }

    /// <summary>Consecutive words; with a trailing *, the last one (stemmed, as FTS5 does) is the start of an indexed word.</summary>
    private static Query Phrase(string field, SearchPhrase phrase, List<string> words)
    {
        if (!phrase.Prefix)
        {
            var exact = new PhraseQuery();
            words.ForEach(word => exact.Add(new Term(field, word)));
            return exact;
        }

        var prefix = new PrefixQuery(new Term(field, words[^1]));
        if (words.Count == 1)
        {
            return prefix;
        }

        // "new yor"*: the words before the prefix in order, and the prefix right after them.
        return new SpanNearQuery(
            [.. words[..^1].Select(word => (SpanQuery)new SpanTermQuery(new Term(field, word))), new SpanMultiTermQueryWrapper<PrefixQuery>(prefix)],
            slop: 0, inOrder: true);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream(ArticleIndex.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}
