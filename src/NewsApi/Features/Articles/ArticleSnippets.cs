using System.Buffers;
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

    // The query words' ASCII first letters, bit c for letter c: most words of a body start with none of them and are
    // passed over on that alone.
    private readonly UInt128 _firstLetters = terms.Select(term => term.Text[0]).Where(char.IsAscii)
        .Aggregate(UInt128.Zero, (letters, letter) => letters | (UInt128.One << char.ToLowerInvariant(letter)));

    /// <summary>The snippet as HTML: from the body, else the headline, else the body's start when neither shows a match.</summary>
    public string For(string headline, string body) => ToHtml(Snippet(body) ?? Snippet(headline) ?? Start(body));

    /// <summary>A snippet with match markers (FTS5's too) as HTML; paragraph breaks inside it read as one line in a result list.</summary>
    internal static string ToHtml(string snippet) =>
        Whitespace().Replace(System.Net.WebUtility.HtmlEncode(snippet), " ")
            .Replace(MatchStart.ToString(), "<b>", StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), "</b>", StringComparison.Ordinal);

    private string? Snippet(string text)
    {
        using var words = WordPositions.Of(text);
        var matches = new List<(int Term, int Index)>();
        for (var index = 0; index < words.Count; index++)
        {
            if (TermOf(text.AsSpan(words.Starts[index], words.Lengths[index])) is var term and >= 0)
            {
                matches.Add((term, index));
            }
        }

        return matches.Count == 0 ? null : Marked(text, words, matches);
    }

    private string Marked(string text, WordPositions words, List<(int Term, int Index)> matches)
    {
        var (starts, lengths, count) = (words.Starts, words.Lengths, words.Count);
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

        var start = Math.Max(0, Math.Min(matches[first].Index - 3, count - WindowWords));
        var end = Math.Min(count, start + WindowWords) - 1;
        var marked = new StringBuilder(start == 0 ? "" : "…");
        var at = starts[start];
        foreach (var match in matches.Where(match => match.Index >= start && match.Index <= end))
        {
            var (wordStart, wordLength) = (starts[match.Index], lengths[match.Index]);
            marked.Append(text, at, wordStart - at).Append(MatchStart).Append(text, wordStart, wordLength).Append(MatchEnd);
            at = wordStart + wordLength;
        }

        var stop = end == count - 1 ? text.Length : starts[end] + lengths[end];
        return marked.Append(text, at, stop - at).Append(stop == text.Length ? "" : "…").ToString();
    }

    private static string Start(string body)
    {
        using var words = WordPositions.Of(body);
        return words.Count > WindowWords ? body[..(words.Starts[WindowWords - 1] + words.Lengths[WindowWords - 1])] + "…" : body;
    }

    /// <summary>The index of the query word this word matches, or -1.</summary>
    private int TermOf(ReadOnlySpan<char> word)
    {
        // Analysis keeps an ASCII first letter, lower-cased (folding rewrites only other letters, stemming only endings),
        // so a word whose ASCII first letter starts no query word matches none.
        if (char.IsAscii(word[0]) && (_firstLetters & (UInt128.One << char.ToLowerInvariant(word[0]))) == UInt128.Zero)
        {
            return -1;
        }

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

    /// <summary>
    /// The words of a text, (start, length) at [0, Count): runs of letters, digits and marks, as the index's tokenizer
    /// splits them. In pooled arrays, returned on Dispose: a list grown word by word for every hit's body was half of a
    /// search's CPU.
    /// </summary>
    private readonly struct WordPositions(int[] starts, int[] lengths, int count) : IDisposable
    {
        public int[] Starts => starts;

        public int[] Lengths => lengths;

        public int Count => count;

        public static WordPositions Of(string text)
        {
            var most = (text.Length / 2) + 1; // words are separated by at least one other character
            var (starts, lengths, count) = (ArrayPool<int>.Shared.Rent(most), ArrayPool<int>.Shared.Rent(most), 0);
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

                (starts[count], lengths[count]) = (start, i - start);
                count++;
            }

            return new WordPositions(starts, lengths, count);
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(lengths);
        }
    }

    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A word of a search as the index holds it (analysed); with Prefix, any indexed word starting with it.</summary>
public sealed record SearchTerm(string Text, bool Prefix);
