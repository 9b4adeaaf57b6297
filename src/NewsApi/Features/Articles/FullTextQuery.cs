using System.Diagnostics.CodeAnalysis;

namespace NewsApi.Features.Articles;

/// <summary>A parsed search: words and "phrases" (each matched as typed) combined with AND, OR and NOT.</summary>
public abstract record SearchExpression
{
    /// <summary>The expression as a safe SQLite FTS5 query: every word quoted, so FTS5 syntax in it is just text.</summary>
    public abstract string ToFts5();
}

/// <summary>A word or a quoted phrase; with Prefix, its last word may continue (defen* matches defence).</summary>
public sealed record SearchPhrase(string Text, bool Prefix) : SearchExpression
{
    public override string ToFts5() => $"\"{Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(Prefix ? "*" : "")}";
}

/// <summary>Every one of Included, and none of Excluded.</summary>
public sealed record SearchAll(IReadOnlyList<SearchExpression> Included, IReadOnlyList<SearchExpression> Excluded) : SearchExpression
{
    public override string ToFts5() => Excluded.Aggregate(
        Included.Count == 1 ? Included[0].ToFts5() : $"({string.Join(" AND ", Included.Select(item => item.ToFts5()))})",
        (expression, excluded) => $"({expression} NOT {excluded.ToFts5()})");
}

/// <summary>Any one of the alternatives.</summary>
public sealed record SearchAny(IReadOnlyList<SearchExpression> Alternatives) : SearchExpression
{
    public override string ToFts5() => $"({string.Join(" OR ", Alternatives.Select(item => item.ToFts5()))})";
}

/// <summary>
/// Reads the search a user types. Words and "quoted phrases" are matched as text (FTS5 syntax such as NEAR( or column
/// filters is just text); OR, AND, NOT, a leading - and a trailing * (prefix) are supported on purpose, as are
/// parentheses. Anything that cannot be read is rejected with a message for the caller, so a search never reaches the
/// index as a syntax error.
/// </summary>
public static class FullTextQuery
{
    private const int MaxNesting = 8;

    /// <summary>The search as an FTS5 expression (see <see cref="TryParse"/>).</summary>
    public static bool TryTranslate(
        string text, [NotNullWhen(true)] out string? expression, [NotNullWhen(false)] out string? error)
    {
        expression = TryParse(text, out var parsed, out error) ? parsed.ToFts5() : null;
        return expression is not null;
    }

    public static bool TryParse(
        string text, [NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
    {
        expression = null;
        // Control characters (NUL above all) would end or corrupt the FTS5 string literal: they separate words instead.
        text = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        if (!Lexer.TryRead(text, out var tokens, out error))
        {
            return false;
        }

        if (tokens.Count == 0)
        {
            error = "The search has no words to look for.";
            return false;
        }

        var parser = new Parser(tokens);
        if (!parser.TryParse(out expression, out error))
        {
            expression = null;
            return false;
        }

        return true;
    }

    private enum Kind { Term, LeftParen, RightParen, Or, And, Not, Minus }

    private sealed record Token(Kind Kind, SearchPhrase? Phrase = null);

    private static class Lexer
    {
        public static bool TryRead(string text, out List<Token> tokens, [NotNullWhen(false)] out string? error)
        {
            tokens = [];
            error = null;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '(' or ')')
                {
                    tokens.Add(new Token(c == '(' ? Kind.LeftParen : Kind.RightParen));
                    i++;
                }
                else if (c == '-' && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '"' or '('))
                {
                    tokens.Add(new Token(Kind.Minus));
                    i++;
                }
                else if (c == '"')
                {
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        error = "The search has an unclosed quote (\"). Close the phrase or remove the quote.";
                        return false;
                    }

                    var prefix = close + 1 < text.Length && text[close + 1] == '*';
                    AddTerm(tokens, text[(i + 1)..close], prefix);
                    i = close + (prefix ? 2 : 1);
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '(' or ')'))
                    {
                        end++;
                    }

                    if (!TryAddWord(tokens, text[i..end], out error))
                    {
                        return false;
                    }

                    i = end;
                }
            }

            return true;
        }

        private static bool TryAddWord(List<Token> tokens, string word, [NotNullWhen(false)] out string? error)
        {
            error = null;
            switch (word)
            {
                case "OR":
                    tokens.Add(new Token(Kind.Or));
                    return true;
                case "AND":
                    tokens.Add(new Token(Kind.And));
                    return true;
                case "NOT":
                    tokens.Add(new Token(Kind.Not));
                    return true;
            }

            var stem = word.TrimEnd('*');
            var prefix = stem.Length < word.Length;
            if (prefix && !stem.Any(char.IsLetterOrDigit))
            {
                error = "A * must end a word, as in defen* (it matches defence, defend...).";
                return false;
            }

            AddTerm(tokens, stem, prefix);
            return true;
        }

        // Punctuation-only words ("-", "&") have nothing FTS5 could index, so they are dropped rather than searched for.
        private static void AddTerm(List<Token> tokens, string text, bool prefix)
        {
            if (text.Any(char.IsLetterOrDigit))
            {
                tokens.Add(new Token(Kind.Term, new SearchPhrase(text, prefix)));
            }
        }
    }

    // or  := and (OR and)*
    // and := item ((AND | NOT | -)? item)*    at least one item not excluded
    // item := term | ( or )
    private sealed class Parser(List<Token> tokens)
    {
        private int _position;
        private int _nesting;

        private Token? Current => _position < tokens.Count ? tokens[_position] : null;

        private Token? Previous => _position > 0 ? tokens[_position - 1] : null;

        private Token? Next => _position + 1 < tokens.Count ? tokens[_position + 1] : null;

        public bool TryParse([NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
        {
            if (!TryParseOr(out expression, out error))
            {
                return false;
            }

            if (Current is not null)
            {
                (expression, error) = (null, Current.Kind == Kind.RightParen
                    ? "The search has a ) without a matching (."
                    : "The search could not be read; check its operators.");
                return false;
            }

            return true;
        }

        private bool TryParseOr([NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
        {
            expression = null;
            var alternatives = new List<SearchExpression>();
            while (true)
            {
                if (!TryParseAnd(out var alternative, out error))
                {
                    return false;
                }

                alternatives.Add(alternative);
                if (Current?.Kind != Kind.Or)
                {
                    break;
                }

                _position++;
            }

            expression = alternatives.Count == 1 ? alternatives[0] : new SearchAny(alternatives);
            return true;
        }

        private bool TryParseAnd([NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
        {
            expression = null;
            var included = new List<SearchExpression>();
            var excluded = new List<SearchExpression>();
            while (Current is { Kind: not (Kind.Or or Kind.RightParen) } token)
            {
                var exclude = token.Kind is Kind.Not or Kind.Minus;
                if (token.Kind == Kind.And && included.Count + excluded.Count == 0)
                {
                    error = "AND needs a word on each side.";
                    return false;
                }

                if (token.Kind == Kind.And && Next?.Kind == Kind.Not)
                {
                    _position++; // "a AND NOT b" reads as "a NOT b"
                    continue;
                }

                if (token.Kind is Kind.And or Kind.Not or Kind.Minus)
                {
                    _position++;
                    if (Current is null or { Kind: Kind.Or or Kind.RightParen or Kind.And or Kind.Not or Kind.Minus })
                    {
                        error = token.Kind == Kind.And ? "AND needs a word on each side." : $"{Describe(token)} needs a word after it.";
                        return false;
                    }
                }

                if (!TryParseItem(out var item, out error))
                {
                    return false;
                }

                (exclude ? excluded : included).Add(item);
            }

            if (included.Count == 0)
            {
                error = excluded.Count > 0 ? "A search needs at least one word to look for, not only words to leave out."
                    : Current?.Kind == Kind.Or || Previous?.Kind == Kind.Or ? "OR needs a word on each side."
                    : "The search has a ( without a matching ).";
                return false;
            }

            expression = included.Count == 1 && excluded.Count == 0 ? included[0] : new SearchAll(included, excluded);
            error = null;
            return true;
        }

        private bool TryParseItem([NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
        {
            expression = null;
            var token = Current!;
            _position++;
            if (token.Kind == Kind.Term)
            {
                (expression, error) = (token.Phrase!, null);
                return true;
            }

            // Only a ( can start an item here: the caller has already turned every other token away.
            if (Current?.Kind == Kind.RightParen)
            {
                error = "The search has empty parentheses.";
                return false;
            }

            if (++_nesting > MaxNesting)
            {
                error = $"The search nests parentheses more than {MaxNesting} deep.";
                return false;
            }

            if (!TryParseOr(out var inner, out error))
            {
                return false;
            }

            if (Current?.Kind != Kind.RightParen)
            {
                error = "The search has a ( without a matching ).";
                return false;
            }

            _position++;
            _nesting--;
            expression = inner;
            return true;
        }

        private static string Describe(Token token) => token.Kind == Kind.Minus ? "A leading -" : "NOT";
    }
}
