using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Fuerza Popular (Popular Force)", "the Agrarian Bank (Banco Agrario)", "the Ombudsman's Office (Defensoría del
/// Pueblo)": a body's name with its translation in brackets. The bracket names the same body, so it is defined as a
/// short form of the name before it, in the article and, through the archive's definitions, in the articles that use
/// only the translation. Both names of two capitalised words or more (their connectors apart); not a place's or a
/// person's name (unless one opens as a body's, <see cref="ForeignBodyNames"/>), nor initials (those are <see cref="Acronyms"/>).
/// </summary>
internal static class TranslatedNames
{
    private const int MaxWords = 6;

    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "the", "for", "and", "de", "del", "la", "las", "los", "el", "y", "e", "do", "da", "dos", "das", "des", "du", "für", "der",
    ]);

    /// <summary>The (translation, name) pairs of one sentence, <paramref name="index"/> of the field.</summary>
    public static List<(string Translation, string Name)>? Find(Token[] tokens, int index, IReadOnlyList<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<(string Translation, string Name)>? found = null;
        for (var open = 2; open + 3 < tokens.Length; open++)
        {
            if (tokens[open].Text != "(") continue;
            var close = open + 1;
            while (close < tokens.Length && close - open <= MaxWords && tokens[close].Text != ")") close++;
            if (close >= tokens.Length || tokens[close].Text != ")" || !IsName(tokens, open + 1, close)) continue;

            var first = open - 1;
            while (first > 0 && open - first < MaxWords && (IsWord(tokens[first - 1].Text) || tokens[first - 1].Text is "'s" or "’s")) first--;
            while (first < open && Connectors.Contains(tokens[first].Text)) first++;
            if (!IsName(tokens, first, open)) continue;

            var (name, translation) = (NameWords.Joined(tokens, first, open), NameWords.Joined(tokens, open + 1, close));
            // A body whatever the tagger made of it when either name opens as a body's does in its language: "Frente
            // Amplio (Broad Front)" was read as a person and a place. Otherwise the tagger's organisation, and no person.
            var opensBodysName = ForeignBodyNames.OpensBodysName(name) || ForeignBodyNames.OpensBodysName(translation);
            if ((opensBodysName || (HasSpan(spans, index, EntityType.Organisation, first, close) && !HasSpan(spans, index, EntityType.Person, first, close)))
                && !gazetteer.IsPlaceOrNationality(name) && !gazetteer.IsPlaceOrNationality(translation))
            {
                (found ??= []).Add((translation, name));
            }
        }

        return found;
    }

    // A loop, not a lambda: this runs for every sentence, and a lambda's captured parameter would cost an object each time.
    private static bool HasSpan(IReadOnlyList<TaggedSpan> spans, int sentence, EntityType type, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.Sentence == sentence && span.Type == type && span.FirstToken < end && span.LastToken >= first) return true;
        }

        return false;
    }

    private static bool IsWord(string word) => NameWords.IsCapitalised(word) || Connectors.Contains(word);

    /// <summary>Two capitalised words or more, with connectors between them only, and no initials.</summary>
    private static bool IsName(Token[] tokens, int first, int end)
    {
        var capitalised = 0;
        for (var index = first; index < end; index++)
        {
            var word = tokens[index].Text;
            if (RoleChain.IsAcronym(word) || !(NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) || Connectors.Contains(word) || word is "'s" or "’s")) return false;
            if (NameWords.IsCapitalised(word)) capitalised++;
        }

        return capitalised >= 2 && NameWords.IsCapitalised(tokens[first].Text) && NameWords.IsCapitalised(tokens[end - 1].Text);
    }
}
