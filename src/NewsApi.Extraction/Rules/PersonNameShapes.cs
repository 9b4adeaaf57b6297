using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Shapes of people's names the tagger, trained mostly on plain "Given Surname", cuts or misses; each widens or adds the
/// person's tagged span before the rules read it:
/// - a nickname in quotes between a given name and a surname ("Joaquin "El Chapo" Guzman", "Enrique "Kiki" Camarena"),
///   where the given name is a listed one or the tagger's person and the nickname one to three capitalised words; not
///   after a title (First Lady "Lady Bird" Johnson);
/// - two initials written without a space, then a surname ("Chief Justice D.Y. Chandrachud said", "P.W. Botha"), which
///   the tagger mostly saw spaced; not the dotted short forms of places and bodies ("U.S. Army", "U.N. Security
///   Council"), a legal form ("Habanos S.A."), nor before a place, a title or an organisation's word;
/// - two listed given names joined by a hyphen, then a surname ("chief executive Jan-Christian Dreesen"); not inside a
///   place's name ("Clinton-Sherman Industrial Airpark").
/// </summary>
internal static partial class PersonNameShapes
{
    private const int MaxNicknameWords = 3;

    private static readonly FrozenSet<string> DottedShortForms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "US", "UK", "UN", "EU", "DC", "BC", "EC", "SS", "GI", "PR", "NY", "LA", "NZ", "PM", "AM", "TV",
    ]);

    public static List<TaggedSpan> Widen(Token[] tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer) =>
        WithHyphenatedGivenNames(tokens, sentence, WithInitials(tokens, sentence, WithQuotedNicknames(tokens, sentence, spans, gazetteer), gazetteer), gazetteer);

    private static List<TaggedSpan> WithQuotedNicknames(Token[] tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var open = 1; open + 3 < tokens.Length; open++)
        {
            if (!IsQuote(tokens[open].Text) || !IsNameWord(tokens[open - 1].Text) || RoleWords.StartsTitle(tokens[open - 1].Text)) continue; // First Lady "Lady Bird" Johnson
            var close = open + 1;
            while (close < tokens.Length && close - open <= MaxNicknameWords && IsNameWord(tokens[close].Text)) close++;
            if (close == open + 1 || close + 1 >= tokens.Length || !IsQuote(tokens[close].Text) || !IsNameWord(tokens[close + 1].Text)) continue;

            var first = open - 1;
            if (first > 0 && IsNameWord(tokens[first - 1].Text) && gazetteer.IsFirstName(tokens[first - 1].Text)) first--;
            var current = widened ?? spans;
            if (!gazetteer.IsFirstName(tokens[first].Text) && !MentionSpans.AnyPersonCovering(current, first) && !MentionSpans.AnyPersonCovering(current, close + 1)) continue;

            var last = close + 1;
            if (last + 1 < tokens.Length && IsNameWord(tokens[last + 1].Text) && MentionSpans.Covering(current, last + 1) is not null) last++;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, first, last, tokens[first].Start, tokens[last].End, Confidence: 0.5f));
            open = last;
        }

        return widened ?? spans;
    }

    private static List<TaggedSpan> WithInitials(Token[] tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var initials = 0; initials + 1 < tokens.Length; initials++)
        {
            var surname = initials + 1;
            if (!Initials().IsMatch(tokens[initials].Text) || NameWords.IsLegalForm(tokens[initials].Text) || !IsSurname(tokens[surname].Text, gazetteer)) continue; // not "Habanos S.A."
            var letters = tokens[initials].Text.Replace(".", "", StringComparison.Ordinal);
            if (DottedShortForms.Contains(letters) || gazetteer.IsPlace(letters) || gazetteer.IsListedOrganisation(letters)) continue;

            var current = widened ?? spans;
            if (MentionSpans.Covering(current, initials) is not null) continue; // "B.R. Gavai", tagged whole
            var surnameSpan = MentionSpans.Covering(current, surname) is { } covering && covering.FirstToken == surname ? covering : null;
            if (surname + 1 < tokens.Length && NameWords.IsCapitalised(tokens[surname + 1].Text) && !(surnameSpan?.LastToken > surname)) continue; // a longer name than this rule reads

            var last = surnameSpan?.LastToken ?? surname;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, initials, last, tokens[initials].Start, tokens[last].End, Confidence: 0.5f));
        }

        return widened ?? spans;
    }

    private static List<TaggedSpan> WithHyphenatedGivenNames(Token[] tokens, int sentence, List<TaggedSpan> spans, Gazetteer gazetteer)
    {
        List<TaggedSpan>? widened = null;
        for (var given = 0; given + 3 < tokens.Length; given++)
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
                || (last + 1 < tokens.Length && NameWords.IsCapitalised(tokens[last + 1].Text))) continue;
            widened = MentionSpans.Replaced(current, new TaggedSpan(EntityType.Person, sentence, given, last, tokens[given].Start, tokens[last].End, Confidence: 0.5f));
        }

        return widened ?? spans;
    }

    private static bool IsQuote(string token) => token is "\"" or "\u201c" or "\u201d";

    private static bool IsNameWord(string word) => NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && !SentenceWords.IsDateWord(word);

    private static bool IsSurname(string word, Gazetteer gazetteer) =>
        NameWords.IsNameWord(word) && word.Length > 1 && !WordChars.All(word, char.IsUpper) && !gazetteer.IsPlace(word)
        && !gazetteer.IsOrganisationCue(word) && !NameWords.IsOrganisationWord(word) && !SentenceWords.IsSentenceWord(word);

    [GeneratedRegex(@"^\p{Lu}\.\p{Lu}\.$")]
    private static partial Regex Initials();
}
