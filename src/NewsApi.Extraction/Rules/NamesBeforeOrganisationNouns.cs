using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the far-right Chega party", "the opposition Tisza party", "the Wagner militia": one to three capitalised words right
/// before a lower-case noun that only organisations are ("party", "militia", "gang", "newspaper", "airline"...) name one,
/// where the tagger, never having seen the name, found nothing there (a name it found, the type rules judge). Not a word
/// the article or news in general writes in lower case, a sentence's opening word, a nationality or place ("the Kenyan
/// party", "the Mexico gang"), a faith's, doctrine's or people's word ("the Shia militia", "an Islamist party"), a
/// weekday ("the Saturday newspaper"), or a party's adjective ("the Conservative party", a member's word by the conventions).
/// The noun is strong evidence, so the mention's type outweighs the tagger's elsewhere in the article ("Chega topped the
/// poll", read as a place).
/// </summary>
internal static class NamesBeforeOrganisationNouns
{
    private const int MaxWords = 3;

    private static readonly FrozenSet<string> Nouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "party", "militia", "gang", "newspaper", "broadcaster", "airline", "daily", "magazine", "tabloid", "movement",
    ]);

    public static List<NameMention> Find(
        TextField field, string text, IReadOnlyList<Sentence> sentences, HashSet<string> lowerCaseWords, List<NameMention> mentions, Gazetteer gazetteer)
    {
        var found = new List<NameMention>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var noun = 1; noun < tokens.Length; noun++)
            {
                if (!Nouns.Contains(tokens[noun].Text)) continue;
                var first = noun;
                while (first > 0 && noun - first < MaxWords && IsNameWord(tokens[first - 1].Text, lowerCaseWords, gazetteer)) first--;
                // Not a sentence's opening or the end of a longer name, a name found already, or "the South African airline".
                var before = tokens[first == 0 ? 0 : first - 1].Text;
                // "the Dignidad Cafetera movement": a movement named by two words or more; "the Brexit movement" is its cause.
                if (first == noun || first == 0 || (tokens[noun].Text == "movement" && noun - first < 2) || (NameWords.IsCapitalised(before) && !SentenceWords.IsSentenceWord(before))
                    || MentionSpans.AnyOverlaps(mentions, field, tokens[first].Start, tokens[noun - 1].End)
                    || gazetteer.IsPlaceOrNationality(string.Join(' ', tokens.Skip(first).Take(noun - first).Select(token => token.Text)))) continue;

                found.Add(new SentenceText(field, text, sentence).Mention(EntityType.Organisation, first, noun) with { IsCertain = true });
            }
        }

        return found;
    }

    private static bool IsNameWord(string word, HashSet<string> lowerCaseWords, Gazetteer gazetteer) =>
        word.Length > 1 && char.IsUpper(word[0]) && WordChars.All(word, character => char.IsLetter(character) || character == '-')
        && !lowerCaseWords.Contains(word.ToLowerInvariant()) && !SentenceWords.IsSentenceWord(word) && !SentenceWords.IsCommonWord(word)
        && !gazetteer.IsPlaceOrNationality(word) && !PartyWords.Contains(word) && !Adherents.Contains(word) && !NameWords.IsNotName(word)
        && !NameWords.IsDoctrine(word) && !AdjectiveEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));

    // "the Arab militia", "a Shia militia", "the Hutu militia", "the Basque party": who a group is, not its name.
    private static readonly FrozenSet<string> Adherents = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Arab", "Shia", "Sunni", "Muslim", "Hutu", "Tutsi", "Basque", "Kurd", "Hindu", "Hindutva", "Sikh", "Jewish", "Catholic",
        "Protestant", "Christian", "Druze", "Alawite", "Pashtun", "Tamil", "Sinhalese", "Maori", "Aboriginal", "Mahdi",
    ]);

    // Adjectives of faiths and peoples ("Islamic", "Flemish", "Shiite", "Lebanese"); a doctrine's ("Islamist") is NameWords'.
    private static readonly string[] AdjectiveEndings = ["ic", "ish", "ite", "ese", "ian", "ean"];

    // Party adjectives: "the Conservative party" names a member's party by its adjective, no name by the conventions.
    private static readonly FrozenSet<string> PartyWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Conservative", "Liberal", "Labour", "Labor", "Democratic", "Republican", "Green", "Socialist", "Communist", "Social",
        "Christian", "Progressive", "National", "Nationalist", "Democrat", "Tory", "Independent", "Opposition", "Ruling",
    ]);
}
