using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Aston Martin's Lance Stroll was seventh", "Britain's Lewis Hamilton": the tagger sometimes reads an owner's
/// possessive and the person after it as one person. The person is the words after the possessive, when they open with a
/// listed given name; the owner is a place
/// when listed, else an organisation (a team, a firm).
/// </summary>
internal static class PossessivePeople
{
    public static List<TaggedSpan> Split(IReadOnlyList<Token> tokens, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? split = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var possessive = span.Type == EntityType.Person ? PossessiveInside(tokens, span) : -1;
            // A person's name after it, a given name first: not "Francesca's Café", "Zoe's Ark".
            if (possessive >= 0 && (span.LastToken - possessive < 2 || !gazetteer.IsFirstName(tokens[possessive + 1].Text))) possessive = -1;
            if (possessive < 0)
            {
                split?.Add(span);
                continue;
            }

            split ??= [.. spans.Take(index)];
            var owner = string.Join(' ', tokens.Skip(span.FirstToken).Take(possessive - span.FirstToken).Select(token => token.Text));
            var ownerType = gazetteer.IsPlace(owner) || gazetteer.IsCountry(owner) ? EntityType.Place : EntityType.Organisation;
            split.Add(span with { Type = ownerType, LastToken = possessive - 1, End = tokens[possessive - 1].End });
            split.Add(span with { FirstToken = possessive + 1, Start = tokens[possessive + 1].Start });
        }

        return split ?? spans;
    }

    private static int PossessiveInside(IReadOnlyList<Token> tokens, TaggedSpan span)
    {
        for (var token = span.FirstToken + 1; token < span.LastToken; token++)
        {
            if (tokens[token].Text is "'s" or "’s") return token;
        }

        return -1;
    }
}
