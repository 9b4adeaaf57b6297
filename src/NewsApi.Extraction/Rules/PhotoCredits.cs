using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Photo credits: a name joined by a slash to a news agency or picture desk is the photographer, a person, whatever the
/// tagger made of it ("REUTERS/Kevin Lamarque", "/ Yerzhan Mukanov / AFP", "Photo: Anna Berg/Reuters"). Only a name of two
/// to four capitalised words that is itself no agency, with nothing capitalised running on past its ends.
/// </summary>
internal static class PhotoCredits
{
    private const int MaxNameWords = 4;

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 0; index < tokens.Length; index++)
        {
            if (tokens[index].Text == "/") AddBesideSlash(sentence, index, gazetteer, found);
            else if (tokens[index].Text.Length > 2) AddAfterJoinedAgency(sentence, index, gazetteer, found);
        }
    }

    private static void AddBesideSlash(SentenceText sentence, int slash, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;

        // "AGENCY/Name": the name runs from the slash to the credit's end.
        if (slash > 0 && IsAgency(tokens, slash - 1, gazetteer) && NameEnd(tokens, slash + 1) is var end and > 0
            && (end == tokens.Length || tokens[end].Text is "/" or ")" or "," or "." or ";"))
        {
            AddPerson(sentence, slash + 1, end, gazetteer, found);
        }

        // "Name / AGENCY": the name runs back to a slash, a colon or the line's start; not a name after another one and a
        // slash ("Kasper Lindgaard / Ritzau Scanpix / AFP": the photographer, then the agencies).
        if (slash + 1 < tokens.Length && AgencyLengthAt(tokens, slash + 1, gazetteer) > 0 && NameStart(tokens, slash - 1) is var first and >= 0
            && (first == 0 || tokens[first - 1].Text is "/" or ":" or "(" or ".")
            && !(first >= 2 && tokens[first - 1].Text == "/" && IsNameWord(tokens[first - 2].Text)))
        {
            AddPerson(sentence, first, slash, gazetteer, found);
        }
    }

    /// <summary>"REUTERS/Kevin Lamarque": the tokenizer keeps "REUTERS/Kevin" whole, as it keeps "AC/DC".</summary>
    private static void AddAfterJoinedAgency(SentenceText sentence, int index, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        var text = tokens[index].Text;
        var slash = text.IndexOf('/');
        if (slash <= 0 || !gazetteer.IsNewsMedia(text[..slash]) || !IsNameWord(text[(slash + 1)..])) return;
        var end = index + 1 < tokens.Length ? NameEnd(tokens, index + 1) : 0;
        if (end == 0 || !(end == tokens.Length || tokens[end].Text is "/" or ")" or "," or "." or ";")) return;
        var (start, last) = (tokens[index].Start + slash + 1, tokens[end - 1].End);
        if (end - index > MaxNameWords || MentionSpans.AnyOverlaps(found, start, last)) return;
        found.Add(sentence.MentionOfCharacters(EntityType.Person, start, last));
    }

    private static void AddPerson(SentenceText sentence, int first, int end, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        var words = Enumerable.Range(first, end - first).Count(index => tokens[index].Text != "-");
        if (words is < 2 or > MaxNameWords || AgencyLengthAt(tokens, first, gazetteer) > 0) return;
        if (MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End)) return;
        found.Add(sentence.Mention(EntityType.Person, first, end));
    }

    private static bool IsAgency(Token[] tokens, int last, Gazetteer gazetteer) =>
        gazetteer.IsNewsMedia(tokens[last].Text) // "REUTERS", "AFP"
        || (tokens[last].Text == "Photo" && last > 0 && gazetteer.IsNewsMedia(tokens[last - 1].Text)) // "AP Photo"
        || (last > 0 && gazetteer.NewsMediaLengthAt(tokens, last - 1) == 2); // "Getty Images"

    private static int AgencyLengthAt(Token[] tokens, int start, Gazetteer gazetteer) =>
        Math.Max(gazetteer.NewsMediaLengthAt(tokens, start), gazetteer.IsNewsMedia(tokens[start].Text) ? 1 : 0);

    /// <summary>The end of a run of capitalised words (joined by hyphens: "Bat-Erdene") from <paramref name="first"/>, or 0 when none starts there.</summary>
    private static int NameEnd(Token[] tokens, int first)
    {
        var end = first;
        while (end < tokens.Length && (IsNameWord(tokens[end].Text) || NameWords.IsHyphenInWord(tokens, end))) end++;
        return end > first && tokens[end - 1].Text != "-" ? end : 0;
    }

    /// <summary>The start of a run of capitalised words ending at <paramref name="last"/>, or -1 when none ends there.</summary>
    private static int NameStart(Token[] tokens, int last)
    {
        var first = last + 1;
        while (first > 0 && (IsNameWord(tokens[first - 1].Text) || NameWords.IsHyphenInWord(tokens, first - 1))) first--;
        return first <= last && tokens[first].Text != "-" ? first : -1;
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && WordChars.All(word, char.IsLetter);
}
