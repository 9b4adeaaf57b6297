using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "a bill before Congress", "MPs in Parliament voted", "told the Commons": a legislature named by its one capitalised word is an
/// organisation, as the annotation conventions have it ("legislatures when named: Parliament, Congress"). The tagger,
/// trained on text where such words are often common nouns, leaves most of them out. Only inside a sentence (at its
/// start the capital says nothing) and alone: next to another capitalised word it is part of a longer name ("European
/// Parliament", "Congress Party"), which is the tagger's to find. Except after a nation's adjective: "elections to the
/// Scottish Parliament", "the Welsh Parliament voted", which the tagger often leaves out, are the organisation whole.
/// </summary>
internal static class Legislatures
{
    private static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.Ordinal, ["Parliament", "Congress", "Senate", "Commons"]);

    /// <summary>A chamber whose members a party's plural may name ("Senate Republicans", "House Democrats").</summary>
    public static bool IsChamber(string word) => word is "House" or "Senate" or "Assembly";

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!Names.Contains(tokens[i].Text) || (i + 1 < tokens.Length && char.IsUpper(tokens[i + 1].Text[0]))) continue;

            // "Republican Senate leaders": a party's adjective describes the chamber and is no part of its name
            // (PartyAdjectives.StripAffiliations cuts it where the tagger read it in).
            var first = char.IsUpper(tokens[i - 1].Text[0]) && !PartyAdjectives.IsAffiliation(tokens[i - 1].Text) ? i - 1 : i;
            if (first < i && (gazetteer.CountryForDemonym(tokens[first].Text) is null || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && tokens[first - 1].Text != "The")))
            {
                continue; // "European Parliament", "Congress Party": the tagger's; "[New] Zealand Parliament" too
            }

            if (!MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[i].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, first, i + 1));
            }
        }
    }
}
