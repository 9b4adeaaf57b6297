using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "JD(S)", "JD(U)", "CPI(M)": an acronym with a letter in brackets written onto it, as Indian news names parties that
/// split, is one organisation's name; the tagger reads the acronym alone, often as a person.
/// </summary>
internal static class BracketedAcronyms
{
    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first + 3 < tokens.Length; first++)
        {
            var (acronym, open, letters, close) = (tokens[first], tokens[first + 1], tokens[first + 2], tokens[first + 3]);
            if (open.Text != "(" || close.Text != ")" || acronym.End != open.Start || letters.Start != open.End || close.Start != letters.End
                || !RoleChain.IsAcronym(acronym.Text) || letters.Text.Length > 2 || !WordChars.All(letters.Text, char.IsAsciiLetterUpper))
            {
                continue;
            }

            var mention = sentence.Mention(EntityType.Organisation, first, first + 4) with { IsCertain = true };
            if (!found.Any(mention.Overlaps)) found.Add(mention);
            first += 3;
        }
    }
}
