using NewsApi.Extraction.Gazetteers;
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

    // Capitalised at a sentence's start, yet no part of the name after them ("His New Flemish Alliance (N-VA)", "Despite
    // the Zimbabwe Electoral Commission (ZEC)").
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "A", "An", "Its", "His", "Her", "Their", "Our", "This", "That", "These", "Despite", "After", "Before", "With", "Without",
        "Under", "Since", "Although", "Though", "While", "When", "If", "As", "By", "From", "Into", "Through", "Against", "Also",
        "But", "Yet", "Meanwhile", "However", "Then", "Now", "Today", "Yesterday", "Earlier", "Later", "Both", "Even", "Only",
        "Once", "Until", "Unlike", "Like", "Among", "Amid", "Following", "According", "Including", "Via", "Where", "Whereas",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "for", "in" };

    // What joins the words of a name before a bracket: "Bank of England", "Party for Freedom", "Food and Agriculture",
    // "Mission in Haiti", "Party of the Democratic Revolution"; not "to", "at" or "on", which run on into the sentence.
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "of", "for", "and", "in", "&", "-", "de", "du", "des", "the", "la", "le" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "la", "le" };

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

    /// <summary>
    /// "European Cybercrime Centre (EC3)", "Belgian Transport Union (BTB)", "Republican People's Party (CHP)": an acronym in
    /// brackets right after a name of two or more capitalised words, one of them an organisation's word, is that name's
    /// short form, though its letters spell the name in another language or not at all. Brackets <paramref name="spelt"/>
    /// already defines are left to it, and so is a name that starts inside a person's (<paramref name="isPerson"/>: "Ernest
    /// Bai Koroma of All People's Congress (APC)" defines the congress) or after a comma in a list of names.
    /// </summary>
    public static IEnumerable<AcronymDefinition> ShortFormsAfterNames(
        IReadOnlyList<Token> tokens, IReadOnlyList<AcronymDefinition> spelt, Func<int, bool> isPerson, Gazetteer gazetteer)
    {
        for (var open = 2; open + 2 < tokens.Count; open++)
        {
            // "Lucent Technologies (USA)": a country's letters say where the firm is, not what it is called.
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")" || !RoleChain.IsAcronym(tokens[open + 1].Text)
                || gazetteer.IsPlace(tokens[open + 1].Text) || gazetteer.IsCountry(tokens[open + 1].Text)
                || spelt.Any(definition => definition.AcronymIndex == open + 1))
            {
                continue;
            }

            var first = NameStartBefore(tokens, open, isPerson, gazetteer);
            var afterList = first >= 2 && tokens[first - 1].Text == "," && char.IsUpper(tokens[first - 2].Text[0]); // "Educational, Scientific and Cultural"
            if (open - first >= 2 && !afterList && NamesOrganisation(tokens, first, open, gazetteer))
            {
                yield return new AcronymDefinition(tokens[open + 1].Text, LongForm(tokens, first, open), first, open, open + 1, IsRole: false);
            }
        }
    }

    /// <summary>
    /// The first word of the capitalised name ending right before token <paramref name="end"/>: "of", "for", "of the" may join
    /// its words, and so may a possessive after a word that is neither a place nor an organisation's ("People's Liberation
    /// Army"; not "Germany's Federal Office", "Navy's Maritime Liaison Office"). Words that open a sentence ("Despite the")
    /// and people's names are left out.
    /// </summary>
    private static int NameStartBefore(IReadOnlyList<Token> tokens, int end, Func<int, bool> isPerson, Gazetteer gazetteer)
    {
        var first = end;
        for (var index = end - 1; index >= 0 && end - index <= MaxLongFormTokens && !isPerson(index); index--)
        {
            var word = tokens[index].Text;
            if (char.IsUpper(word[0]))
            {
                first = index;
            }
            else if (!(JoiningWords.Contains(word) && FollowsCapitalised(tokens, index)
                || word is "'s" or "’s" or "'" or "’" && index > 0 && char.IsUpper(tokens[index - 1].Text[0]) && !gazetteer.IsPlace(tokens[index - 1].Text)
                    && !gazetteer.IsCountry(tokens[index - 1].Text) && !IsOrganisationWord(tokens[index - 1].Text, gazetteer)))
            {
                break;
            }
        }

        while (first < end && (OpeningWords.Contains(tokens[first].Text) || SkippableWords.Contains(tokens[first].Text))) first++;

        // "Koroma of All People's Congress", "General in the Chinese People's Liberation Army": words before a preposition
        // that name no organisation are someone's, not the name's ("Bank of England", "Mission in Haiti" keep theirs).
        var preposition = Enumerable.Range(first + 1, Math.Max(0, end - first - 2)).FirstOrDefault(index => Prepositions.Contains(tokens[index].Text));
        if (preposition > 0 && !NamesOrganisation(tokens, first, preposition, gazetteer))
        {
            first = NameStartAfter(tokens, preposition, end);
        }

        // "the Investigative Committee and the Federal Security Service (FSB)": two names, the bracket's is the second.
        for (var index = first + 1; index < end - 2; index++)
        {
            if (tokens[index].Text == "and" && Articles.Contains(tokens[index + 1].Text)
                && NamesOrganisation(tokens, first, index, gazetteer) && NamesOrganisation(tokens, index + 2, end, gazetteer))
            {
                first = NameStartAfter(tokens, index, end);
            }
        }

        return first;
    }

    /// <summary>Where the name starts after the joining word at <paramref name="joining"/> ("of", "and"): past small words and opening words.</summary>
    private static int NameStartAfter(IReadOnlyList<Token> tokens, int joining, int end)
    {
        var first = joining;
        while (first < end && (SkippableWords.Contains(tokens[first].Text) || OpeningWords.Contains(tokens[first].Text))) first++;
        return first;
    }

    private static bool NamesOrganisation(IReadOnlyList<Token> tokens, int first, int end, Gazetteer gazetteer) =>
        Enumerable.Range(first, end - first).Any(index => IsOrganisationWord(tokens[index].Text, gazetteer));

    private static bool IsOrganisationWord(string word, Gazetteer gazetteer) => NameWords.IsOrganisationWord(word) || gazetteer.IsOrganisationCue(word);

    /// <summary>Whether a capitalised word comes right before token <paramref name="index"/>, or before the joining word ahead of an article ("of the", "in the").</summary>
    private static bool FollowsCapitalised(IReadOnlyList<Token> tokens, int index)
    {
        var before = index - 1;
        if (before > 0 && Articles.Contains(tokens[index].Text) && JoiningWords.Contains(tokens[before].Text) && !Articles.Contains(tokens[before].Text)) before--;
        return before >= 0 && char.IsUpper(tokens[before].Text[0]);
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
        var longForm = LongForm(tokens, first, end);
        var isRole = roles.ParseExactly(tokens, first, end, lowerCase: true) is not null;
        return new AcronymDefinition(acronym, longForm, first, end, acronymIndex, isRole);
    }

    /// <summary>The words of tokens [first, end) as written, one space where the text has any.</summary>
    private static string LongForm(IReadOnlyList<Token> tokens, int first, int end) => string.Concat(tokens.Skip(first).Take(end - first)
        .Select((token, index) => index > 0 && tokens[first + index - 1].End < token.Start ? " " + token.Text : token.Text));

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
