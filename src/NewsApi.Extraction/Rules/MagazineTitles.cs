using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "People magazine first reported", "told Time magazine": capitalised words right before "magazine", "newspaper" or
/// "tabloid" are the publication's title, common words as they may be. Only words the tagger left untagged, one to three,
/// none a date word, a place or a people's adjective ("the Sunday newspaper", "a Spanish newspaper"); not after an article
/// ("the Basque newspaper Gara", whose title follows; "The Independent" is a title rule's) or before a capitalised word.
/// </summary>
internal static class MagazineTitles
{
    private const int MaxTitleWords = 3;

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var noun = 1; noun < tokens.Length; noun++)
        {
            if (tokens[noun].Text is not ("magazine" or "newspaper" or "tabloid")) continue;
            var first = noun;
            while (first > 0 && noun - first < MaxTitleWords && IsTitleWord(tokens[first - 1].Text, gazetteer)) first--;
            if (first == noun || MentionSpans.AnyTagged(spans, first, noun - 1) || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[noun - 1].End)
                || gazetteer.IsPlaceOrNationality(sentence.Slice(first, noun)) // "North Korean"
                || (first > 0 && (IsTitleWord(tokens[first - 1].Text, gazetteer) || Articles.Contains(tokens[first - 1].Text) || tokens[first - 1].Text == "-")) // a longer run; "the Basque newspaper"; "pro-"
                || (noun + 1 < tokens.Length && NameWords.IsCapitalised(tokens[noun + 1].Text))) // "the North Korean newspaper Rodong Sinmun": the title follows
            {
                continue;
            }

            found.Add(sentence.Mention(EntityType.Organisation, first, noun));
        }
    }

    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.Ordinal, ["the", "a", "an", "The", "A", "An"]);

    private static bool IsTitleWord(string word, Gazetteer gazetteer) =>
        NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !SentenceWords.IsDateWord(word) && !gazetteer.IsPlaceOrNationality(word)
        && !Articles.Contains(word) && word is not ("This" or "That" or "These" or "Those" or "Its" or "Our" or "Their" or "His" or "Her" or "Each" or "Every" or "Another");
}
