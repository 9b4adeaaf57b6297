using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "told WCLE", "A KVAZ crew", "Copyright 2010 KSDX": an American radio or television station's call sign, four capitals
/// opening with K or W (a "-TV" or "-FM" after it), is the station. The tagger has never seen most of them and misses them
/// or takes them for places. Not "WWII" or "WWDC" (a war, a conference), nor a word written in capitals ("WORK") or a
/// sentence in capitals.
/// </summary>
internal static class CallSigns
{
    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        bool? inRunningText = null; // read only where a call sign is found: most sentences have none
        for (var index = 0; index < tokens.Length; index++)
        {
            if (!IsCallSign(tokens[index].Text) || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[index].End)) continue;
            if (!(inRunningText ??= tokens.Any(token => WordChars.Any(token.Text, char.IsLower)))) return; // a headline or a dateline in capitals
            // "KVAZ-TV": the band joins the name, written close.
            var end = index + 2 < tokens.Length && tokens[index + 1].Text == "-" && tokens[index + 2].Text is "TV" or "FM" or "AM" or "DT"
                && tokens[index + 1].Start == tokens[index].End && tokens[index + 2].Start == tokens[index + 1].End ? index + 3 : index + 1;
            found.Add(sentence.Mention(EntityType.Organisation, index, end));
            index = end - 1;
        }
    }

    private static bool IsCallSign(string word) =>
        word.Length == 4 && word[0] is 'K' or 'W' && word.All(letter => letter is >= 'A' and <= 'Z') && word is not ("WWII" or "WWDC")
        && !SentenceWords.IsSentenceWord(word.ToLowerInvariant()) && !SentenceWords.IsSentenceWord(word[0] + word[1..].ToLowerInvariant());
}
