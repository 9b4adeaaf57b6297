using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "a bill before Congress", "MPs in Parliament voted": a legislature named by its one capitalised word is an
/// organisation, as the annotation conventions have it ("legislatures when named: Parliament, Congress"). The tagger,
/// trained on text where such words are often common nouns, leaves most of them out. Only inside a sentence (at its
/// start the capital says nothing) and alone: next to another capitalised word it is part of a longer name ("European
/// Parliament", "Congress Party"), which is the tagger's to find.
/// </summary>
internal static class Legislatures
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "Parliament", "Congress", "Senate" };

    /// <summary>A chamber whose members a party's plural may name ("Senate Republicans", "House Democrats").</summary>
    public static bool IsChamber(string word) => word is "House" or "Senate" or "Assembly";

    public static void Add(SentenceText sentence, List<NameMention> found) =>
        MentionSpans.AddTokens(sentence, found, EntityType.Organisation, static (tokens, i) =>
            i > 0 && Names.Contains(tokens[i].Text) && !char.IsUpper(tokens[i - 1].Text[0])
            && (i + 1 == tokens.Count || !char.IsUpper(tokens[i + 1].Text[0])));
}
