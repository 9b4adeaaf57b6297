using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the MP for Swindon North", "the member for Stoke-on-Trent Central": a seat named by its town and a compass word is one
/// place. The tagger ends the place at the town and leaves "North" to be read as a name of its own.
/// </summary>
internal static class Constituencies
{
    private const int MaxTokens = 7;

    private static readonly FrozenSet<string> Members = FrozenSet.Create(StringComparer.Ordinal,
        ["MP", "MPs", "MSP", "MS", "MLA", "TD", "MEP", "member", "Member", "representative"]);

    private static readonly FrozenSet<string> Compass = FrozenSet.Create(StringComparer.Ordinal,
        ["North", "South", "East", "West", "Central", "Mid", "Northeast", "Northwest", "Southeast", "Southwest"]);

    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 2; index < tokens.Length; index++)
        {
            if (tokens[index - 1].Text != "for" || !Members.Contains(tokens[index - 2].Text) || !NameWords.IsCapitalised(tokens[index].Text)) continue;

            var end = index;
            var lastCompass = -1;
            while (end < tokens.Length && end - index < MaxTokens && IsSeatWord(tokens, end))
            {
                if (Compass.Contains(tokens[end].Text) && end > index) lastCompass = end;
                end++;
            }

            // The seat ends at its compass word, and nothing capitalised follows it ("Swindon North Labour party" is longer).
            if (lastCompass < 0 || lastCompass + 1 != end || MentionSpans.AnyOverlaps(found, tokens[index].Start, tokens[end - 1].End)) continue;
            found.Add(sentence.Mention(EntityType.Place, index, end));
            index = end;
        }
    }

    // "Stoke-on-Trent": a hyphen and the lower-case word of a town's name, written close.
    private static bool IsSeatWord(Token[] tokens, int index) =>
        (NameWords.IsCapitalised(tokens[index].Text) && WordChars.All(tokens[index].Text, char.IsLetter))
        || (index > 0 && tokens[index].Start == tokens[index - 1].End && (tokens[index].Text == "-" || tokens[index - 1].Text == "-"));
}
