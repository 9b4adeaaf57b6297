using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Joaquin "El Chapo" Guzman", "Enrique "Kiki" Camarena": a nickname in quotes between a given name and a surname. The
/// tagger, which reads the quotes as the end of a name, kept "Joaquin" or "Kiki" Camarena" or nothing; the whole run is one
/// person's name. The given name must be a listed one or the tagger's person; the nickname is one to three capitalised words.
/// </summary>
internal static class QuotedNicknames
{
    private const int MaxNicknameWords = 3;

    public static List<TaggedSpan> Widen(IReadOnlyList<Token> tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var open = 1; open + 3 < tokens.Count; open++)
        {
            if (!IsQuote(tokens[open].Text) || !IsNameWord(tokens[open - 1].Text) || RoleWords.StartsTitle(tokens[open - 1].Text)) continue; // First Lady "Lady Bird" Johnson
            var close = open + 1;
            while (close < tokens.Count && close - open <= MaxNicknameWords && IsNameWord(tokens[close].Text)) close++;
            if (close == open + 1 || close + 1 >= tokens.Count || !IsQuote(tokens[close].Text) || !IsNameWord(tokens[close + 1].Text)) continue;

            var first = open - 1;
            if (first > 0 && IsNameWord(tokens[first - 1].Text) && gazetteer.IsFirstName(tokens[first - 1].Text)) first--;
            var current = widened ?? spans;
            if (!gazetteer.IsFirstName(tokens[first].Text) && !MentionSpans.AnyPersonCovering(current, first) && !MentionSpans.AnyPersonCovering(current, close + 1)) continue;

            var last = close + 1;
            if (last + 1 < tokens.Count && IsNameWord(tokens[last + 1].Text) && MentionSpans.Covering(current, last + 1) is not null) last++;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, first, last, tokens[first].Start, tokens[last].End, Confidence: 0.5f));
            open = last;
        }

        return widened ?? spans;
    }

    private static bool IsQuote(string token) => token is "\"" or "\u201c" or "\u201d";

    private static bool IsNameWord(string word) => NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !SentenceWords.IsDateWord(word);
}
