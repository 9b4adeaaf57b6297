using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Jeff Gannon, whose real name is James Guckert", "Thiaguinho, whose full name is Thiago Nascimento Reis", "Gabino Sierra,
/// whose real name, according to prosecutors, is Nelson Rojas Quintero": the name a person goes by and the name they were
/// given are one person. The name right before ", whose" is the one the article uses; the other becomes its alias.
/// </summary>
internal static class RealNames
{
    private const int MaxNameTokens = 5;
    private const int MaxInsertTokens = 8; // ", according to Colombian prosecutors,"

    private static readonly FrozenSet<string> NameKinds = FrozenSet.Create(StringComparer.Ordinal,
        ["real", "full", "birth", "given", "legal", "actual", "original", "true"]);

    /// <summary>Each (given name, name used) pair the sentence states.</summary>
    public static IEnumerable<(string RealName, string UsedName)> Find(Token[] tokens, int sentence, IReadOnlyList<TaggedSpan> spans)
    {
        for (var whose = 2; whose + 4 < tokens.Length; whose++)
        {
            if (tokens[whose].Text != "whose" || tokens[whose - 1].Text != "," || !NameKinds.Contains(tokens[whose + 1].Text)
                || tokens[whose + 2].Text != "name") continue;

            var verb = whose + 3;
            if (tokens[verb].Text == ",")
            {
                while (verb < tokens.Length && verb - whose < 3 + MaxInsertTokens && tokens[verb].Text is not ("is" or "was")) verb++;
                if (verb >= tokens.Length || tokens[verb - 1].Text != ",") continue;
            }

            if (verb + 1 >= tokens.Length || tokens[verb].Text is not ("is" or "was")) continue;
            var realEnd = NameEnd(tokens, verb + 1);
            var usedFirst = UsedNameStart(tokens, sentence, whose - 1, spans);
            if (realEnd - (verb + 1) < 2 || usedFirst < 0) continue;

            yield return (Acronyms.LongForm(tokens, verb + 1, realEnd), Acronyms.LongForm(tokens, usedFirst, whose - 1));
        }
    }

    /// <summary>The end of a name of capitalised words (particles between them) from <paramref name="first"/>.</summary>
    private static int NameEnd(Token[] tokens, int first)
    {
        var end = first;
        while (end < tokens.Length && end - first < MaxNameTokens
               && (NameWords.IsCapitalised(tokens[end].Text) || (end > first && (NameWords.IsNameParticle(tokens[end].Text) || NameWords.IsRomanceParticle(tokens[end].Text)) && end + 1 < tokens.Length
                   && NameWords.IsCapitalised(tokens[end + 1].Text)))
               && WordChars.All(tokens[end].Text, character => char.IsLetter(character) || character is '-' or '\'' or '.')) end++;
        return end;
    }

    /// <summary>Where the person's name that ends right before the comma starts: the tagger's person span there, or -1.</summary>
    private static int UsedNameStart(Token[] tokens, int sentence, int end, IReadOnlyList<TaggedSpan> spans)
    {
        var span = spans.FirstOrDefault(span => span.Sentence == sentence && span.LastToken == end - 1 && span.Type == EntityType.Person);
        if (span is not null) return span.FirstToken;

        // A one-word name the tagger did not see ("Thiaguinho, whose full name is"), after a lower-case word or a clause's start.
        var word = tokens[end - 1].Text;
        return end >= 2 && NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !SentenceWords.IsSentenceWord(word)
            && (tokens[end - 2].Text is "and" or "," || char.IsLower(tokens[end - 2].Text[0]))
            ? end - 1
            : -1;
    }
}
