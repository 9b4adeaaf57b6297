using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Chief Justice D.Y. Chandrachud said", "P.W. Botha": two initials written without a space, then a surname. The tagger, which
/// mostly saw "D. Y." spaced, missed the name or kept the surname alone; the initials and the surname are a person's name.
/// Not the dotted short forms of places and bodies ("U.S. Army", "U.N. Security Council", "E.U. Commission"), nor before a
/// place, a title or an organisation's word.
/// </summary>
internal static partial class InitialledNames
{
    private static readonly HashSet<string> DottedShortForms = new(StringComparer.Ordinal)
    {
        "US", "UK", "UN", "EU", "DC", "BC", "EC", "SS", "GI", "PR", "NY", "LA", "NZ", "PM", "AM", "TV",
    };

    public static List<TaggedSpan> Widen(IReadOnlyList<Token> tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var initials = 0; initials + 1 < tokens.Count; initials++)
        {
            var surname = initials + 1;
            if (!Initials().IsMatch(tokens[initials].Text) || NameWords.IsLegalForm(tokens[initials].Text) || !IsSurname(tokens[surname].Text, gazetteer)) continue; // not "Habanos S.A.
            var letters = tokens[initials].Text.Replace(".", "", StringComparison.Ordinal);
            if (DottedShortForms.Contains(letters) || gazetteer.IsPlace(letters) || gazetteer.IsListedOrganisation(letters)) continue;

            var current = widened ?? spans;
            if (current.Any(span => span.FirstToken <= initials && initials <= span.LastToken)) continue; // "B.R. Gavai", tagged whole
            if (surname + 1 < tokens.Count && NameWords.IsCapitalised(tokens[surname + 1].Text)
                && !current.Any(span => span.FirstToken == surname && span.LastToken > surname)) continue; // a longer name than this rule reads

            var last = current.FirstOrDefault(span => span.FirstToken == surname)?.LastToken ?? surname;
            widened = [.. current.Where(span => span.LastToken < initials || span.FirstToken > last),
                new TaggedSpan(EntityType.Person, sentence, initials, last, tokens[initials].Start, tokens[last].End, Confidence: 0.5f)];
        }

        return widened is null ? spans : [.. widened.OrderBy(span => span.FirstToken)];
    }

    private static bool IsSurname(string word, Gazetteer gazetteer) =>
        NameWords.IsNameWord(word) && word.Length > 1 && !WordChars.All(word, char.IsUpper) && !gazetteer.IsPlace(word)
        && !gazetteer.IsOrganisationCue(word) && !NameWords.IsOrganisationWord(word) && !SentenceWords.IsSentenceWord(word);

    [GeneratedRegex(@"^\p{Lu}\.\p{Lu}\.$")]
    private static partial Regex Initials();
}
