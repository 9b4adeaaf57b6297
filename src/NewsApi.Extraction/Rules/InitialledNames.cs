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
/// place, a title or an organisation's word. Given names joined by a hyphen are read here too (<see cref="WidenHyphenated"/>).
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
            if (MentionSpans.Covering(current, initials) is not null) continue; // "B.R. Gavai", tagged whole
            var surnameSpan = MentionSpans.Covering(current, surname) is { } covering && covering.FirstToken == surname ? covering : null;
            if (surname + 1 < tokens.Count && NameWords.IsCapitalised(tokens[surname + 1].Text) && !(surnameSpan?.LastToken > surname)) continue; // a longer name than this rule reads

            var last = surnameSpan?.LastToken ?? surname;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, initials, last, tokens[initials].Start, tokens[last].End, Confidence: 0.5f));
        }

        return widened ?? spans;
    }

    /// <summary>
    /// "chief executive Jan-Christian Dreesen said": two listed given names joined by a hyphen, then a surname, are a
    /// person's name, which the tagger, cut by the hyphen, missed or kept in part.
    /// </summary>
    public static List<TaggedSpan> WidenHyphenated(IReadOnlyList<Token> tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var given = 0; given + 3 < tokens.Count; given++)
        {
            var surname = given + 3;
            if (tokens[given + 1].Text != "-" || tokens[given].End != tokens[given + 1].Start || tokens[given + 1].End != tokens[given + 2].Start
                || !gazetteer.IsFirstName(tokens[given].Text) || !gazetteer.IsFirstName(tokens[given + 2].Text) || !IsSurname(tokens[surname].Text, gazetteer)
                || (given > 0 && NameWords.IsCapitalised(tokens[given - 1].Text) && !RoleWords.StartsTitle(tokens[given - 1].Text)))
            {
                continue;
            }

            var current = widened ?? spans;
            var covering = MentionSpans.Covering(current, surname);
            var last = covering?.LastToken ?? surname;
            if (covering is { Type: EntityType.Person } && covering.FirstToken == given // tagged whole already
                || (last > surname && covering!.Type != EntityType.Person) // "Clinton-Sherman Industrial Airpark", a place
                || (last + 1 < tokens.Count && NameWords.IsCapitalised(tokens[last + 1].Text))) continue;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, given, last, tokens[given].Start, tokens[last].End, Confidence: 0.5f));
        }

        return widened ?? spans;
    }

    private static bool IsSurname(string word, Gazetteer gazetteer) =>
        NameWords.IsNameWord(word) && word.Length > 1 && !WordChars.All(word, char.IsUpper) && !gazetteer.IsPlace(word)
        && !gazetteer.IsOrganisationCue(word) && !NameWords.IsOrganisationWord(word) && !SentenceWords.IsSentenceWord(word);

    [GeneratedRegex(@"^\p{Lu}\.\p{Lu}\.$")]
    private static partial Regex Initials();
}
