using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Resolution;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "going back with the Tories", "the Lib Dems' target seats": the collective names of the listed parties and
/// organisations (Data/name-variants.tsv) are names wherever they are written, and a tagger trained on sentences from
/// other countries often misses them. Only plurals, full names, acronyms and "Labour" are looked for (opening a sentence,
/// only a word news seldom writes in lower case: "Republicans said", not "Conservatives"), and a member's noun of several
/// words before a title ("Liberal Democrat leader"): the singular adjectives ("Conservative leader", "a Republican
/// senator") name a member, not the party (as the evaluation conventions say), and a form next to another capitalised
/// word is part of a longer name ("Labour Day", "Christian Democrats").
/// </summary>
internal static class PartyNames
{
    // Parties of these names sit in several parliaments (Germany's, Australia's, Denmark's Social Democrats...), so they
    // are not variants of one listed party (Data/name-variants.tsv): each article's is its own organisation. With the
    // adjective their full names use ("Social Democratic Party", "Christian Democratic Union").
    private static readonly Dictionary<string, string> PartiesOfSeveralCountries = new(StringComparer.Ordinal)
    {
        ["Greens"] = "Green", ["Social Democrats"] = "Social Democratic", ["Christian Democrats"] = "Christian Democratic",
        ["Free Democrats"] = "Free Democratic",
    };

    // Built once: the forms looked for, and their first words, so most tokens are passed over without building a string.
    private static readonly FrozenSet<string> Forms = NameVariants.Default.WrittenOrganisationForms.Where(IsCollective)
        .Concat(PartiesOfSeveralCountries.Keys).ToFrozenSet(StringComparer.Ordinal);

    // "Liberal Democrat", "Lib Dem": a member's noun of several words, the singular of a listed plural. Before a title
    // ("Liberal Democrat leader Charles Kennedy") it names the party the title is of, as PartyAdjectives keeps the one the
    // tagger cut short ("Liberal"); one word alone ("Conservative leader") is an adjective (PartyAdjectives).
    private static readonly FrozenSet<string> MemberNouns = NameVariants.Default.WrittenOrganisationForms
        .Where(form => form.Contains(' ', StringComparison.Ordinal) && Forms.Contains(form + "s")).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FirstWords = Forms.Select(form => form.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly int LongestForm = Forms.Max(form => form.Split(' ').Length);

    /// <summary>Whether <paramref name="written"/> is a listed party's or organisation's collective name ("Republicans", "Tories").</summary>
    public static bool IsCollectiveName(string written) => Forms.Contains(written);

    /// <summary>"Green" for "Greens": the adjective the full name of a party of several countries uses, or null.</summary>
    public static string? AdjectiveOf(string collective) => PartiesOfSeveralCountries.GetValueOrDefault(collective);

    public static IEnumerable<NameMention> Find(TextField field, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<NameMention> known)
    {
        var covered = known.Where(mention => mention.Field == field).ToList();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var index = 0; index < tokens.Length; index++)
            {
                if (!FirstWords.Contains(tokens[index].Text))
                {
                    continue;
                }

                for (var length = Math.Min(LongestForm, tokens.Length - index); length >= 1; length--)
                {
                    var end = index + length;
                    var written = text[tokens[index].Start..tokens[end - 1].End];
                    var isTitlesParty = MemberNouns.Contains(written) && end < tokens.Length && RoleWords.StartsTitle(tokens[end].Text);
                    if (!(Forms.Contains(written) || isTitlesParty) || (length == 1 && index == 0 && SentenceWords.IsCommonWord(written)) || PartOfLongerName(tokens, index, end)
                        || covered.Any(mention => mention.Start < tokens[end - 1].End && tokens[index].Start < mention.End)
                        || IsAmbiguous(written, known))
                    {
                        continue;
                    }

                    yield return new NameMention(EntityType.Organisation, field, tokens[index].Start, tokens[end - 1].End, written, text[sentence.Start..sentence.End]);
                    index = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>"Greens" in an article about the Australian Greens and the Tasmanian Greens: which one is meant is a guess.</summary>
    private static bool IsAmbiguous(string written, IReadOnlyList<NameMention> known) =>
        PartiesOfSeveralCountries.ContainsKey(written)
        && known.Where(mention => mention.Text.EndsWith(" " + written, StringComparison.Ordinal)).Select(mention => mention.Text).Distinct().Skip(1).Any();

    private static bool IsCollective(string form) =>
        form.EndsWith('s') || form.Contains("Party", StringComparison.Ordinal) || form is "Labour" || form.All(char.IsUpper) || IsArmedGroup(form);

    /// <summary>Named armed groups the list holds, organisations by the conventions, which the tagger often misses or calls people ("the Taliban").</summary>
    private static bool IsArmedGroup(string form) =>
        NameVariants.Default.Listed(NameVariants.Default.CanonicalKey(form)) is { Name: "Taliban" or "Hezbollah" or "Al-Qaeda" };

    /// <summary>
    /// A capitalised word right after, or right before unless that one just opens the sentence ("The Tories") or is a
    /// chamber the party's members sit in ("Senate Republicans", "House Democrats").
    /// </summary>
    private static bool PartOfLongerName(Token[] tokens, int first, int end) =>
        (end < tokens.Length && char.IsUpper(tokens[end].Text[0]))
        || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && !(first == 1 && SentenceWords.IsSentenceWord(tokens[0].Text))
            && !Legislatures.IsChamber(tokens[first - 1].Text));
}
