using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.TokenAttributes;
using NewsApi.Storage.Search;

namespace NewsApi.Features.Articles;

/// <summary>
/// The snippet of a search hit, cut from its body (or headline) as FTS5's snippet() cuts it: the window of about 24
/// words with the most distinct query words, the matches marked. Words are matched as the index matches them
/// ("floods" finds flood), but only a word that starts like a query word is run through the index's analyzer: analysing
/// whole bodies (as Lucene's highlighter does) cost 2-3 ms of CPU per page of 20 at 100k articles, more than the search.
/// One instance per request (it remembers the words it has analysed).
/// </summary>
public sealed partial class ArticleSnippets(IReadOnlyList<SearchTerm> terms)
{
    // Markers that cannot occur in stored text (control characters are removed at read time): the snippet is
    // HTML-escaped first, then they become <b> and </b>. FTS5's snippets use the same ones.
    private const char MatchStart = '\u0002', MatchEnd = '\u0003';
    private const int WindowWords = 24;

    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = ArticleIndex.CreateAnalyzer();

    private readonly Dictionary<string, int> _termOfWord = new(StringComparer.Ordinal);

    /// <summary>The snippet as HTML: from the body, else the headline, else the body's start when neither shows a match.</summary>
    public string For(string headline, string body) => ToHtml(Snippet(body) ?? Snippet(headline) ?? Start(body));

    /// <summary>A snippet with match markers (FTS5's too) as HTML; paragraph breaks inside it read as one line in a result list.</summary>
    internal static string ToHtml(string snippet) =>
        Whitespace().Replace(System.Net.WebUtility.HtmlEncode(snippet), " ")
            .Replace(MatchStart.ToString(), "<b>", StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), "</b>", StringComparison.Ordinal);

    private string? Snippet(string text)
    {
        var words = Words(text);
        var matches = words.Select((word, index) => (Term: TermOf(text.AsSpan(word.Start, word.Length)), Index: index))
            .Where(match => match.Term >= 0).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        // The window with the most distinct query words, then the most matches, the earliest on a tie; it starts a few
        // words before its first match so the match reads in context.
        var (first, best) = (0, (Distinct: -1, Count: -1));
        var counts = new int[terms.Count];
        var (distinct, last) = (0, -1);
        for (var i = 0; i < matches.Count; i++)
        {
            // Grow the window [i, last] while it spans fewer than WindowWords words.
            while (last + 1 < matches.Count && matches[last + 1].Index < matches[i].Index + WindowWords)
            {
                distinct += counts[matches[++last].Term]++ == 0 ? 1 : 0;
            }

            if (distinct > best.Distinct || (distinct == best.Distinct && last - i + 1 > best.Count))
            {
                (first, best) = (i, (distinct, last - i + 1));
            }

            distinct -= --counts[matches[i].Term] == 0 ? 1 : 0;
        }

        var start = Math.Max(0, Math.Min(matches[first].Index - 3, words.Count - WindowWords));
        var end = Math.Min(words.Count, start + WindowWords) - 1;
        var marked = new StringBuilder(start == 0 ? "" : "…");
        var at = words[start].Start;
        foreach (var match in matches.Where(match => match.Index >= start && match.Index <= end))
        {
            var word = words[match.Index];
            marked.Append(text, at, word.Start - at).Append(MatchStart).Append(text, word.Start, word.Length).Append(MatchEnd);
            at = word.Start + word.Length;
        }

        var stop = end == words.Count - 1 ? text.Length : words[end].Start + words[end].Length;
        return marked.Append(text, at, stop - at).Append(stop == text.Length ? "" : "…").ToString();
    }

    private static string Start(string body) =>
        Words(body) is { Count: > WindowWords } words ? body[..(words[WindowWords - 1].Start + words[WindowWords - 1].Length)] + "…" : body;

    /// <summary>The index of the query word this word matches, or -1.</summary>
    private int TermOf(ReadOnlySpan<char> word)
    {
        // Porter only rewrites a word's ending, so a word can stem to a query word only when it starts with that word
        // less its last two letters; other ASCII words are not analysed at all.
        if (Ascii.IsValid(word) && !StartsLikeATerm(word))
        {
            return -1;
        }

        var text = word.ToString();
        if (!_termOfWord.TryGetValue(text, out var found))
        {
            var stem = Stem(text);
            found = -1;
            for (var i = 0; i < terms.Count && stem is not null && found < 0; i++)
            {
                found = terms[i].Prefix ? (stem.StartsWith(terms[i].Text, StringComparison.Ordinal) ? i : -1) : (stem == terms[i].Text ? i : -1);
            }

            _termOfWord[text] = found;
        }

        return found;
    }

    private bool StartsLikeATerm(ReadOnlySpan<char> word)
    {
        foreach (var term in terms)
        {
            if (word.StartsWith(term.Text.AsSpan(0, Math.Max(1, term.Text.Length - 2)), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Stem(string word)
    {
        using var stream = Analyzer.GetTokenStream(ArticleIndex.Text, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }

    /// <summary>The words of a text as (start, length): runs of letters, digits and marks, as the index's tokenizer splits them.</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A word of a search as the index holds it (analysed); with Prefix, any indexed word starting with it.</summary>
public sealed record SearchTerm(string Text, bool Prefix);
