using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Pfizer, which bought obesity developer Metsera", "a sell-off in Citigroup shares": a listed company of one word that
/// the tagger did not see at all (it opens a sentence, or stands before a common noun) is the company when the text speaks
/// of it as of a firm, the way <see cref="NameWords.IsNamedAsCompany"/> and <see cref="NameWords.IsSpokenOfAsFirm"/> read
/// it. Not a word the article also writes in lower case, a common word, a given name, a listed place or city ("Dover"),
/// part of someone's name the article has found ("Dr Alan Pfizer", then "Pfizer said"), or part of a longer name
/// ("Republic of China", "United States").
/// </summary>
internal static class UnfoundCompanies
{
    private const int MinLength = 4;

    public static List<NameMention> Find(
        TextField field, string text, IReadOnlyList<Sentence> sentences, HashSet<string> lowerCaseWords, List<NameMention> mentions,
        Gazetteer gazetteer, Func<string, bool> isGivenName)
    {
        var found = new List<NameMention>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var index = 0; index < tokens.Length; index++)
            {
                if (MultiWordCompanyAt(tokens, index, mentions, field, gazetteer, isGivenName) is var length and > 0
                    && new SentenceText(field, text, sentence) is var company
                    && (!IsOfCommonWords(tokens, index, length) || IsSpokenOfAsCompany(text, company.Slice(index, index + length))))
                {
                    found.Add(company.Mention(EntityType.Organisation, index, index + length));
                    index += length - 1;
                    continue;
                }

                var word = tokens[index].Text;
                if (word.Length < MinLength || !char.IsUpper(word[0]) || !gazetteer.IsOneWordCompany(word)) continue;
                if (lowerCaseWords.Contains(word.ToLowerInvariant()) || SentenceWords.IsSentenceWord(word) || SentenceWords.IsCommonWord(word)
                    || isGivenName(word) || gazetteer.IsPlace(word) || NameLists.Default.IsCityOrRegion(word) || IsJoined(tokens, index)
                    || IsInLongerName(tokens, index, index + 1)) continue;
                if (MentionSpans.AnyOverlaps(mentions, field, tokens[index].Start, tokens[index].End)) continue;
                if (!NameWords.IsNamedAsCompany(text, word) && !NameWords.IsSpokenOfAsFirm(text, word) && !NameWords.IsNamedAsTraded(text, word)) continue;

                found.Add(new SentenceText(field, text, sentence).Mention(EntityType.Organisation, index, index + 1));
            }
        }

        return found;
    }

    /// <summary>
    /// "Shares of Best Buy fell", "Home Depot and Lowe's", "Hewlett-Packard": a listed company of two or more words, written with the list's
    /// capitals, that no mention covers, that is not part of a longer name and does not open with a given name ("Charles
    /// Schwab" may be the man). Its words together name the firm, so no firm context is asked for unless they are all
    /// common words ("Clean Energy advocates").
    /// </summary>
    private static int MultiWordCompanyAt(
        Token[] tokens, int index, List<NameMention> mentions, TextField field, Gazetteer gazetteer, Func<string, bool> isGivenName)
    {
        var length = gazetteer.MultiWordCompanyLengthAt(tokens, index);
        if (length == 0 || (length == 1 && !tokens[index].Text.Contains('-')) || isGivenName(tokens[index].Text)
            || IsJoined(tokens, index) || IsJoined(tokens, index + length - 1))
        {
            return 0;
        }

        var end = index + length;
        return IsInLongerName(tokens, index, end) || MentionSpans.AnyOverlaps(mentions, field, tokens[index].Start, tokens[end - 1].End) ? 0 : length;
    }

    /// <summary>"Clean Energy advocates", "Best Buy": a listed name all of whose words are common words, which then needs a firm's context.</summary>
    private static bool IsOfCommonWords(Token[] tokens, int index, int length) =>
        Enumerable.Range(index, length).All(at => SentenceWords.IsCommonWord(tokens[at].Text) || SentenceWords.IsSentenceWord(tokens[at].Text));

    private static bool IsSpokenOfAsCompany(string text, string name) =>
        NameWords.IsNamedAsCompany(text, name) || NameWords.IsSpokenOfAsFirm(text, name) || NameWords.IsNamedAsTraded(text, name);

    /// <summary>
    /// "Republic of China", "the United States": words [first, end) next to another capitalised one, or before "of", are
    /// part of a longer name.
    /// </summary>
    private static bool IsInLongerName(Token[] tokens, int first, int end) =>
        (end < tokens.Length && (tokens[end].Text == "of" || NameWords.IsCapitalised(tokens[end].Text)))
        || (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text) && tokens[first - 1].Text is not ("The" or "A" or "An"));

    /// <summary>"Pfizer-BioNTech", "Intel/AMD": part of a longer written name.</summary>
    private static bool IsJoined(Token[] tokens, int index) =>
        (index + 1 < tokens.Length && tokens[index + 1].Start == tokens[index].End && tokens[index + 1].Text is "-" or "/")
        || (index > 0 && tokens[index - 1].End == tokens[index].Start && tokens[index - 1].Text is "-" or "/");
}
