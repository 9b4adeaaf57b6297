using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Net Zero, Energy and Transport Committee", "the State Peace and Development Council", "the Select Committee on Youth,
/// Sports and Culture": a body named for a list of fields writes commas or "and" inside its name, where the tagger stops
/// ("Net Zero" and "Energy and Transport Committee", "Select Committee on Youth"). The listed fields are capitalised common
/// words ("Culture", "Food", "Rural Affairs"), never places, people or a body's own last word, so a list of bodies
/// ("Commerce, Defense, Health and Human Services") is not joined.
/// </summary>
internal static class CommaListedBodies
{
    private const int MaxFieldWords = 3;

    public static void Join(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < found.Count; i++)
        {
            var body = found[i];
            if (body.Type != EntityType.Organisation) continue;
            var first = Array.FindIndex(tokens, token => token.Start == body.Start);
            var last = Array.FindIndex(tokens, token => token.End == body.End);
            if (first < 0 || last < first) continue;

            var start = FieldsBefore(tokens, first, last, gazetteer, found);
            var end = FieldsAfter(tokens, first, last, gazetteer);
            if (start == first && end == last + 1) continue;

            var joined = sentence.Mention(EntityType.Organisation, start, end);
            found.RemoveAll(other => other != body && joined.Start <= other.Start && other.End <= joined.End);
            found[found.IndexOf(body)] = joined;
            i = -1; // the list changed under the loop: read it again (each pass joins at least one name)
        }
    }

    /// <summary>"Net Zero, Energy and Transport Committee": where the name starts when fields and commas come before it.</summary>
    private static int FieldsBefore(Token[] tokens, int first, int last, Gazetteer gazetteer, List<NameMention> found)
    {
        // The body's own words are fields too ("Sport Committee", "Energy and Transport Committee"), not a name ("Libyan Airlines").
        if (first == last || !NameWords.EndsOrganisationName(tokens[last].Text, gazetteer)) return first;
        for (var index = first; index < last; index++)
        {
            if (tokens[index].Text is not ("and" or "&") && !IsFieldWord(tokens[index].Text)) return first;
        }

        var start = first;
        while (start >= 2 && (tokens[start - 1].Text == "," || (tokens[start - 1].Text == "and" && start == first
            && !found.Any(other => other.End == tokens[start - 2].End)))) // "the National and Labour parties": two names
        {
            var fieldStart = start - 1;
            while (fieldStart > 0 && start - 1 - fieldStart < MaxFieldWords && IsField(tokens[fieldStart - 1].Text, gazetteer)) fieldStart--;
            if (fieldStart == start - 1) break;
            start = fieldStart;
        }

        // The first field opens the name: after "the", a lower-case word or the sentence's start, not after another name or
        // a comma ("Commerce, Defense, Health and Human Services" lists departments).
        var endsOtherName = start >= 1 && (tokens[start - 1].Text is "," or "and" or "&"
            || (start >= 2 && tokens[start - 1].Text is "of" or "for" && NameWords.IsCapitalised(tokens[start - 2].Text))); // "Institute of Science and Technology, ..."
        return start < first && !endsOtherName && HasAnd(tokens, start, last) && tokens[start].Text != "," && (start == 0 || !NameWords.IsCapitalised(tokens[start - 1].Text) || tokens[start - 1].Text == "The")
            ? start : first;
    }

    /// <summary>"Select Committee on Youth, Sports and Culture": where the name ends when more fields follow its own.</summary>
    private static int FieldsAfter(Token[] tokens, int first, int last, Gazetteer gazetteer)
    {
        var preposition = Array.FindIndex(tokens, first, last - first + 1, token => token.Text is "on" or "for" or "of");
        if (preposition < 0 || !IsField(tokens[last].Text, gazetteer) || last + 1 >= tokens.Length || tokens[last + 1].Text != ",") return last + 1;
        var end = last + 1;
        while (end + 1 < tokens.Length && tokens[end].Text is "," or "and")
        {
            var isAnd = tokens[end].Text == "and";
            var fieldEnd = end + 1;
            while (fieldEnd < tokens.Length && fieldEnd - end - 1 < MaxFieldWords && IsField(tokens[fieldEnd].Text, gazetteer)) fieldEnd++;
            if (fieldEnd == end + 1) break;
            end = fieldEnd;
            if (isAnd) return end < tokens.Length && NameWords.IsCapitalised(tokens[end].Text) ? last + 1 : end; // "and Rural Appraisers": a longer name
        }

        return last + 1; // a list that never reached its "and" is no name's
    }

    private static bool HasAnd(Token[] tokens, int first, int last)
    {
        for (var index = first + 1; index < last; index++)
        {
            if (tokens[index].Text is "and" or "&") return true;
        }

        return false;
    }

    // A field's word: capitalised, and a word news mostly writes in lower case ("Energy", "Affairs"), or "Net Zero"'s; no
    // body's own last word ("Federal Trade Commission, Securities and Exchange Commission" are two).
    private static bool IsField(string word, Gazetteer gazetteer) =>
        IsFieldWord(word) && !gazetteer.IsOrganisationCue(word) && !(NameWords.IsOrganisationWord(word) && !NameWords.IsCompanyWord(word));

    private static bool IsFieldWord(string word) =>
        NameWords.IsCapitalised(word) && WordChars.All(word, char.IsLetter) && word is not ("The" or "A" or "An")
        && (SentenceWords.IsCommonWord(word) || SentenceWords.IsSentenceWord(word));
}
