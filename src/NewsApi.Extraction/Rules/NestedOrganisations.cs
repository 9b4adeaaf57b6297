using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// An organisation named inside another organisation's name is an organisation of the article too, as the annotation
/// conventions count it (tests/eval/wikinews/CONVENTIONS.md, "Nested names": BBC in "BBC News 24", al-Qaida in "Al Qaeda
/// in Iraq"): the UN in "the UN Security Council", the EU in "Court of Justice of the EU". Each gets a mention of its own
/// over those words. Only listed organisations and news media count, and the short names of the big international
/// bodies, at the name's start or after its "of (the)".
/// </summary>
internal static class NestedOrganisations
{
    // Short names news puts before a body's own name ("UN Security Council", "EU Court of Auditors"). The international
    // organisations list's acronyms are left out of the listed names: too many are words too ("ACP", "ESS").
    private static readonly FrozenSet<string> ShortNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "UN", "U.N.", "EU", "E.U.", "NATO", "AU", "ASEAN", "OPEC", "IMF", "WHO", "WTO", "OECD", "OSCE", "UNESCO", "UNICEF",
        "ECOWAS", "Interpol", "Europol",
    ]);

    public static IEnumerable<NameMention> Find(IReadOnlyList<NameMention> mentions, Gazetteer gazetteer)
    {
        foreach (var organisation in mentions.Where(mention => mention.Type == EntityType.Organisation && !mention.IsTeam && mention.NormalText is null
                     && mention.Text.Contains(' ', StringComparison.Ordinal)))
        {
            var tokens = Tokenizer.Tokenize(organisation.Text).SelectMany(sentence => sentence.Tokens).ToArray();
            foreach (var first in NameStarts(tokens))
            {
                var length = ListedLengthAt(tokens, first, gazetteer);
                if (length == 0 || length == tokens.Length || (first + length < tokens.Length && !NameWords.IsCapitalised(tokens[first + length].Text)))
                {
                    continue; // no listed name here, the whole name, or an owner ("NATO's") the possessive rule has seen
                }

                var (start, end) = (tokens[first].Start, tokens[first + length - 1].End);
                if ((first == 0 && NamesTheSameBody(tokens, length)) || gazetteer.IsSportsClub(organisation.Text[start..end]))
                {
                    continue; // "ZTE Corporation", "Likud Party"; "Birmingham City University" is no club's
                }

                yield return organisation.Inside(EntityType.Organisation, start, end);
            }
        }

        foreach (var university in UniversitiesOpening(mentions))
        {
            yield return university;
        }
    }

    /// <summary>
    /// "Kyoto University Hospital", "Osaka University Press", "Keio University School of Medicine", "Johns Hopkins University
    /// Applied Physics Laboratory": a university whose name opens the name of a unit it runs is a body of its own (not
    /// "Otago University Young Labour", a party's branch there).
    /// </summary>
    private static IEnumerable<NameMention> UniversitiesOpening(IReadOnlyList<NameMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type is not (EntityType.Organisation or EntityType.Place) || mention.IsTeam || mention.NormalText is not null) continue;
            var at = mention.Text.IndexOf(University, StringComparison.Ordinal);
            if (at < 0) continue;
            var ownWords = mention.Text[..at].Split(' ');
            if (ownWords.Length > MaxUniversityOwnWords || !IsUniversityUnit(mention.Text[(at + University.Length)..].Split(' '))
                || !ownWords.All(word => NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter))) continue;

            yield return mention.Inside(EntityType.Organisation, 0, at + University.Length - 1); // up to "University", without the space
        }
    }

    private const int MaxUniversityOwnWords = 3;
    private const int MaxUnitWords = 4;
    private const string University = " University ";

    // What ends the name of a unit a university runs: "Applied Physics Laboratory", "Space Science Center".
    private static readonly FrozenSet<string> UnitHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Hospital", "Laboratory", "Laboratories", "Observatory", "Centre", "Center", "Clinic", "Institute", "Museum", "Library", "Press",
    ]);

    // What a university runs under its own name: "[Kyoto University] Hospital", "[Chapman University] School of Law".
    private static readonly FrozenSet<string> UniversityUnits = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Hospital", "Hospitals", "School", "Medical", "Press", "Library", "Museum", "College", "Institute", "Faculty", "Law",
        "Business", "Health",
    ]);

    /// <summary>
    /// Whether the words after a university's name name a unit of it: by their first word ("Hospital", "School of Law") or
    /// as the head of a short name ("Applied Physics Laboratory").
    /// </summary>
    public static bool IsUniversityUnit(string[] unitWords) =>
        unitWords.Length > 0 && (UniversityUnits.Contains(unitWords[0])
            || (unitWords.Length <= MaxUnitWords && unitWords.All(NameWords.IsCapitalised) && UnitHeads.Contains(unitWords[^1])));

    /// <summary>
    /// "ZTE Corporation", "Samsung Electronics Inc.", "Likud Party", "Mizuho Bank", "Nissan Motors NSANY": the listed name with only
    /// company words, a legal form or a ticker after it is the same body's fuller name.
    /// </summary>
    private static bool NamesTheSameBody(Token[] tokens, int listedLength) =>
        tokens.Skip(listedLength).All(token => NameWords.IsCompanyWord(token.Text) || NameWords.IsCompanySuffix(token.Text) || token.Text is "Party" or "Bank" or "."
            || (token.Text.Length >= 2 && token.Text.All(char.IsAsciiLetterUpper) && !ShortNames.Contains(token.Text)));

    /// <summary>The name's first word, and the first after each "of" or "of the".</summary>
    private static IEnumerable<int> NameStarts(Token[] tokens)
    {
        yield return 0;
        for (var of = 1; of < tokens.Length - 1; of++)
        {
            if (tokens[of].Text != "of") continue;
            yield return tokens[of + 1].Text == "the" ? of + 2 : of + 1;
        }
    }

    /// <summary>Whether tokens [first, end) are a listed organisation, a news medium or a big international body's short name.</summary>
    public static bool IsListedAt(Token[] tokens, int first, int end, Gazetteer gazetteer) => ListedLengthAt(tokens, first, gazetteer) == end - first;

    private static int ListedLengthAt(Token[] tokens, int first, Gazetteer gazetteer)
    {
        if (first >= tokens.Length) return 0;
        if (ShortNames.Contains(tokens[first].Text)) return 1;
        return Math.Max(gazetteer.OrganisationLengthAt(tokens, first), gazetteer.NewsMediaLengthAt(tokens, first));
    }
}
