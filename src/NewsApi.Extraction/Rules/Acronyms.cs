using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>Finds acronym definitions in a sentence, in both orders, by matching the acronym to the long form's initials.</summary>
internal sealed class Acronyms(RoleChain roles)
{
    private const int MaxLongFormTokens = 14;
    private const int MaxTokensBetweenAcronymAndBracket = 3;

    // Small words a long form may skip when spelling its acronym ("Ministry of Defence" -> MOD or MD).
    private static readonly HashSet<string> SkippableWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "the", "for", "on", "in", "at", "to", "&", "-", "de", "du", "des", "la", "le",
    };

    public IReadOnlyList<AcronymDefinition> Find(IReadOnlyList<Token> tokens)
    {
        var definitions = new List<AcronymDefinition>();
        for (var open = 1; open < tokens.Count; open++)
        {
            if (tokens[open].Text != "(" || CloseOf(tokens, open) is not (var close and > 0))
            {
                continue;
            }

            if (close == open + 2 && RoleChain.IsAcronym(tokens[open + 1].Text)
                && LongFormBefore(tokens, open, tokens[open + 1].Text) is var first and >= 0)
            {
                definitions.Add(Define(tokens, tokens[open + 1].Text, first, open, open + 1));
            }
            else if (AcronymBefore(tokens, open, open + 1, close) is var acronymIndex and >= 0)
            {
                definitions.Add(Define(tokens, tokens[acronymIndex].Text, open + 1, close, acronymIndex));
            }
            else if (LongFormEnd(tokens, open, close) is var longFormEnd and > 0)
            {
                definitions.Add(Define(tokens, tokens[close - 1].Text, open + 1, longFormEnd, close - 1)); // "(Koalisi Indonesia Maju, or KIM)"
            }
        }

        return definitions;
    }

    /// <summary>Whether the words of tokens [first, end) spell <paramref name="acronym"/> by their initials.</summary>
    public static bool Spells(IReadOnlyList<Token> tokens, int first, int end, string acronym)
    {
        var letters = acronym.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        return Spells(tokens, first, end, letters, 0);
    }

    private static bool Spells(IReadOnlyList<Token> tokens, int position, int end, char[] letters, int letter)
    {
        if (position == end)
        {
            return letter == letters.Length;
        }

        var word = tokens[position].Text;
        var initialMatches = letter < letters.Length && char.ToUpperInvariant(word[0]) == letters[letter];
        return (initialMatches && Spells(tokens, position + 1, end, letters, letter + 1))
            || (SpellsWhole(word, letters, letter) && Spells(tokens, position + 1, end, letters, letter + word.Length))
            || (SkippableWords.Contains(word) && Spells(tokens, position + 1, end, letters, letter))
            || (word == "-" && position + 1 < end && char.IsLower(tokens[position + 1].Text[0]) && Spells(tokens, position + 2, end, letters, letter)); // "Co-operation" gives one letter
    }

    /// <summary>An acronym inside the long form gives all its letters: "UK Independence Party (UKIP)".</summary>
    private static bool SpellsWhole(string word, char[] letters, int letter) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsAsciiLetterUpper)
        && letters.AsSpan(letter).StartsWith(word.AsSpan());

    private AcronymDefinition Define(IReadOnlyList<Token> tokens, string acronym, int first, int end, int acronymIndex)
    {
        var longForm = string.Concat(tokens.Skip(first).Take(end - first)
            .Select((token, index) => index > 0 && tokens[first + index - 1].End < token.Start ? " " + token.Text : token.Text));
        var isRole = roles.ParseExactly(tokens, first, end, lowerCase: true) is not null;
        return new AcronymDefinition(acronym, longForm, first, end, acronymIndex, isRole);
    }

    /// <summary>Where a long form spelling <paramref name="acronym"/> starts, ending right before the bracket; -1 if none.</summary>
    private static int LongFormBefore(IReadOnlyList<Token> tokens, int open, string acronym)
    {
        for (var first = open - 1; first >= Math.Max(0, open - MaxLongFormTokens); first--)
        {
            if (char.IsUpper(tokens[first].Text[0]) || char.IsLower(tokens[first].Text[0]) && !SkippableWords.Contains(tokens[first].Text))
            {
                if (Spells(tokens, first, open, acronym))
                {
                    return first;
                }
            }
        }

        return -1;
    }

    /// <summary>"FIRST Global competition (For Inspiration and ...)": an acronym just before the bracket that its contents spell.</summary>
    private static int AcronymBefore(IReadOnlyList<Token> tokens, int open, int first, int close)
    {
        for (var index = open - 1; index >= Math.Max(0, open - MaxTokensBetweenAcronymAndBracket); index--)
        {
            if (RoleChain.IsAcronym(tokens[index].Text) && Spells(tokens, first, close, tokens[index].Text))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>"(Koalisi Indonesia Maju, or KIM)": where a long form ends that the bracket's last word, after "or", spells; -1 if none.</summary>
    private static int LongFormEnd(IReadOnlyList<Token> tokens, int open, int close)
    {
        if (close - open < 4 || tokens[close - 2].Text != "or" || !RoleChain.IsAcronym(tokens[close - 1].Text))
        {
            return -1;
        }

        var end = tokens[close - 3].Text == "," ? close - 3 : close - 2;
        return end > open + 1 && char.IsUpper(tokens[open + 1].Text[0]) && Spells(tokens, open + 1, end, tokens[close - 1].Text) ? end : -1;
    }

    private static int CloseOf(IReadOnlyList<Token> tokens, int open)
    {
        for (var position = open + 1; position < tokens.Count && position <= open + MaxLongFormTokens + 1; position++)
        {
            if (tokens[position].Text == ")")
            {
                return position;
            }
        }

        return -1;
    }
}
