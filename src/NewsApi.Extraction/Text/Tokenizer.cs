using System.Globalization;

namespace NewsApi.Extraction.Text;

/// <summary>
/// Splits news text into sentences and tokens in one pass; every token and sentence keeps its offsets into the text.
/// </summary>
/// <remarks>
/// The token stream follows the UD/PTB style of the GUM and UNER training corpora:
/// <list type="bullet">
/// <item>A hyphen between two letters is a token of its own ("Inter", "-", "Services"), so "Pakistan-Turkiye-Azerbaijan"
/// yields three place names while the tagger can still label "Inter-Services Public Relations" as one span. A hyphen next
/// to a digit stays inside the word ("F-16", "2025-05-28").</item>
/// <item>The possessive 's (or ’s) is a token of its own; other apostrophes stay in the word ("O'Brien", "don't").</item>
/// <item>Dashes (— – --), quotes and brackets are tokens; URLs and e-mail addresses are kept whole.</item>
/// <item>A full stop stays on known abbreviations ("Gen.", "Jan."), initials ("J.") and dotted acronyms ("U.S.", "e.g.").</item>
/// </list>
/// A sentence ends after . ! ? or … (with any closing quotes) when the next word does not start in lower case, at a blank
/// line, and at a line break unless the next line starts in lower case (headlines and subheadings have no final stop).
/// Titles and initials never end a sentence ("Gen. Munir", "J. K. Rowling"); dotted acronyms and "Inc.", "etc." end one
/// only before a typical opener ("... in the U.S. The talks ..."), because "U.S. President" is far more common in news.
/// </remarks>
public static class Tokenizer
{
    // Case-sensitive, without the full stop. Titles and the like never end a sentence: "Gen. Munir", "Jan. 5".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Brig", "Gov",
        "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "St", "Mt", "Ft", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Rd", "Dept", "Univ", "approx", "est", "al", "cf",
        "Fig", "Vol", "pp",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // These, like dotted acronyms ("U.S."), end a sentence when a typical sentence opener follows: "... in the U.S. The ...".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "etc",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Filipino abbreviations before a name: "Ma. Teresa" (Maria), "Sta. Rosa" (Santa), "Sto. Tomas" (Santo), and "Sen." for
    // senator. They keep their stop only before a capitalised word that does not open sentences: "Jack Ma. The company ...",
    // "Prime Minister Hun Sen. The talks ..." end one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameAbbreviations = FrozenSet.Create(StringComparer.Ordinal, ["Ma", "Sta", "Sto", "Sen"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Its",
        "Their", "Our", "There", "But", "And", "Yet", "So", "In", "On", "At", "For", "If", "When", "While", "After", "Before",
        "However", "Meanwhile", "According", "Earlier", "Later",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A sentence is cut after this many tokens. News sentences run to a few dozen; a hostile text with no sentence end
    /// ("Mr. Mr. Mr. ...", 80,000 times) was one sentence, and rules that look along a sentence took a minute over it
    /// (2 MiB of it: most of an hour).
    /// </summary>
    public const int MaxSentenceTokens = 250;

    public static IReadOnlyList<Sentence> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new SentenceBuilder(text);
        var hasAt = text.Contains('@'); // most texts hold no e-mail address, and then no word is scanned twice for one
        var position = 0;
        while (position < text.Length)
        {
            if (IsSpace(text[position]))
            {
                position = SkipSpace(text, position, builder);
                continue;
            }

            var end = ScanToken(text, position, builder.PreviousTokenEnd, hasAt);
            builder.Add(position, end, SentenceEndAfter(text, position, end));
            position = end;
        }

        builder.EndSentence();
        return builder.Sentences;
    }

    private static int SkipSpace(string text, int position, SentenceBuilder builder)
    {
        var lineBreaks = 0;
        for (; position < text.Length && IsSpace(text[position]); position++)
        {
            if (text[position] is '\n' or '\u2028' or '\u2029') lineBreaks++;
        }

        var nextStartsInLowerCase = position < text.Length && char.IsLower(text[position]);
        if (lineBreaks >= 2 || (lineBreaks == 1 && !nextStartsInLowerCase)) builder.EndSentence();
        return position;
    }

    /// <summary>Whether the token may end its sentence, subject to what follows it.</summary>
    private static SentenceEnd SentenceEndAfter(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        if (token[0] is '.' or '!' or '?' or '…') return SentenceEnd.Yes;
        if (token.Length < 3 || token[^1] != '.') return SentenceEnd.No;

        var word = token[..^1];
        var isFinal = word.Contains('.') || FinalAbbreviations.Contains(word);
        return isFinal ? SentenceEnd.BeforeAnOpener : SentenceEnd.No;
    }

    private static int ScanToken(string text, int start, int previousTokenEnd, bool hasAt)
    {
        var c = text[start];
        if (IsUrlStart(text, start)) return TrimTrailingPunctuation(text, start, ChunkEnd(text, start));
        if (IsWordChar(c) || ((c is '@' or '#') && start + 1 < text.Length && IsWordChar(text[start + 1])))
        {
            return hasAt && EmailEnd(text, start) is var email and > 0 ? email : WordEnd(text, start);
        }

        if (c is '\'' or '’' && start == previousTokenEnd && IsPossessive(text, start)) return start + 2;
        if (c == '-' || c == '.') return RunEnd(text, start, c);
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1])) return start + 2;
        return start + 1;
    }

    private static int WordEnd(string text, int start)
    {
        var position = start + 1;
        while (position < text.Length)
        {
            var c = text[position];
            if (IsWordChar(c) || IsJoiner(text, position)) position++;
            else break;
        }

        // Keep the full stop on "Gen.", "J." and "U.S." but not on "Azerbaijan." or before an ellipsis.
        var keepsStop = position < text.Length && text[position] == '.'
            && !(position + 1 < text.Length && text[position + 1] == '.')
            && !IsPlatformX(text, start, position)
            && (IsAbbreviation(text.AsSpan(start, position - start))
                || (NameAbbreviations.Contains(text.AsSpan(start, position - start)) && IsNameAfter(text, position + 1)));
        return keepsStop ? position + 1 : position;
    }

    /// <summary>"said on X. Sharafat said": the platform ends the sentence, where another capital letter would be an initial.</summary>
    private static bool IsPlatformX(string text, int start, int end) =>
        end - start == 1 && text[start] == 'X' && start >= 3 && text.AsSpan(start - 3, 3) is "on " or "On ";

    /// <summary>Whether a capitalised word that does not open sentences follows on the same line: "Ma. Teresa", not "Ma. The".</summary>
    private static bool IsNameAfter(string text, int position)
    {
        if (position >= text.Length || text[position] != ' ') return false;
        var start = position + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > start + 1 && char.IsUpper(text[start]) && char.IsLower(text[start + 1])
            && !SentenceOpeners.Contains(text.AsSpan(start, end - start));
    }

    /// <summary>A character that joins two parts of one word: "3.5", "1,000", "10:30", "O'Brien", "F-16", "AT&amp;T", "24/7".</summary>
    private static bool IsJoiner(string text, int position)
    {
        if (position + 1 >= text.Length) return false;
        var (before, c, after) = (text[position - 1], text[position], text[position + 1]);
        return c switch
        {
            '.' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
            ',' or ':' => char.IsDigit(before) && char.IsDigit(after),
            '\'' or '’' or '`' => char.IsLetter(before) && char.IsLetter(after) && !IsPossessive(text, position),
            '-' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) && (char.IsDigit(before) || char.IsDigit(after)),
            '&' => char.IsUpper(before) && char.IsUpper(after),
            '/' => (char.IsDigit(before) && char.IsDigit(after)) || (char.IsUpper(before) && char.IsUpper(after)), // "24/7", "AC/DC"; not "Japan/China"
            _ => false,
        };
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return char.IsUpper(word[0]); // an initial
        if (word.Contains('.')) return IsDottedAcronym(word);
        return Abbreviations.Contains(word)
            || FinalAbbreviations.Contains(word);
    }

    /// <summary>"U.S", "e.g", "Ph.D", "a.m": short letter groups between stops (not "example.com").</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            var part = word[range];
            if (part.Length is 0 or > 2) return false;
            foreach (var c in part)
            {
                if (!char.IsLetter(c)) return false;
            }
        }

        return true;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static int RunEnd(string text, int start, char c)
    {
        var end = start + 1;
        while (end < text.Length && text[end] == c) end++;
        return end;
    }

    private static bool IsUrlStart(string text, int start) =>
        text.AsSpan(start).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(start).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(start).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of an e-mail address starting at <paramref name="start"/>, or 0 when there is none.</summary>
    private static int EmailEnd(string text, int start)
    {
        var position = start;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '.' or '_' or '-' or '+')) position++;
        if (position == start || position >= text.Length || text[position] != '@') return 0;

        var domainStart = ++position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '.' or '-')) position++;
        var end = TrimTrailingPunctuation(text, domainStart, position);
        return text.AsSpan(domainStart, end - domainStart).Contains('.') ? end : 0;
    }

    private static int ChunkEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !IsSpace(text[end])) end++;
        return end;
    }

    private static int TrimTrailingPunctuation(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '-')
        {
            end--;
        }

        return end;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Collects tokens into sentences, deciding where a sentence ends once it sees the next token.</summary>
    private sealed class SentenceBuilder(string text)
    {
        private readonly List<Token> _tokens = [];
        private SentenceEnd _pending;

        public List<Sentence> Sentences { get; } = [];

        public int PreviousTokenEnd => _tokens.Count > 0 ? _tokens[^1].End : -1;

        public void Add(int start, int end, SentenceEnd after)
        {
            if (_pending != SentenceEnd.No && !StaysWithStop(start))
            {
                var endsHere = _pending == SentenceEnd.Yes
                    // "e.g. the army" or "3 p.m., he said": a lower-case word or comma means the stop did not end the sentence.
                    ? !char.IsLower(text[start]) && text[start] is not (',' or ';')
                    : SentenceOpeners.Contains(text.AsSpan(start, end - start));
                if (endsHere) EndSentence();
                else _pending = SentenceEnd.No;
            }

            _tokens.Add(new Token(start, end, text[start..end]));
            if (after != SentenceEnd.No) _pending = after;
            if (_tokens.Count == MaxSentenceTokens) EndSentence();
        }

        public void EndSentence()
        {
            _pending = SentenceEnd.No;
            if (_tokens.Count == 0) return;
            Sentences.Add(new Sentence(_tokens[0].Start, _tokens[^1].End, _tokens.ToArray()));
            _tokens.Clear();
        }

        /// <summary>Closing quotes, brackets and further stops written right after a stop belong to its sentence.</summary>
        private bool StaysWithStop(int start) =>
            start == PreviousTokenEnd && text[start] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?';
    }

    private enum SentenceEnd
    {
        No,
        Yes,
        BeforeAnOpener,
    }
}
