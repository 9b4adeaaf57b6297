using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Devon and Cornwall Police", "Perth and Kinross Council", "Guy's and St Thomas' NHS Foundation Trust", "Tyne and Wear
/// Fire and Rescue Service": British public bodies are named for the places they serve, often two or three joined by
/// "and" ("Barking, Havering and Redbridge University Hospitals NHS Trust"), where the tagger stops at the "and" (a place
/// "Devon" and a body "Cornwall Police") or gives up ("Tyne" a person). The capitalised words, commas and "and" before a
/// public body's head are its name, unless a part is a body of its own ("Thames Valley Police and Hampshire Police" are
/// two) or a person. A police force, fire or ambulance service, health board or NHS trust is named this way without an
/// "and" too ("Thames Valley Police"); a council only with one (other councils are <see cref="InstitutionNames"/>'s).
/// Also Scotland's health boards named after the NHS ("NHS Greater Glasgow and Clyde").
/// </summary>
internal static class PublicBodiesOfPlaces
{
    private const int MaxPartWords = 4;

    // Longest first, so "Fire and Rescue Service" is read before "Service" could be.
    private static readonly string[][] Heads =
    [
        ["NHS", "Foundation", "Trust"], ["Fire", "and", "Rescue", "Service"], ["Fire", "and", "Rescue"], ["NHS", "Trust"], ["Fire", "Service"], ["Ambulance", "Service"],
        ["Police", "Service"], ["Health", "Board"], ["Combined", "Authority"], ["Police"], ["Constabulary"], ["Council"],
    ];

    // A part holding one of these is a body of its own: "[Thames Valley Police] and Hampshire Police".
    private static readonly FrozenSet<string> BodyWords = FrozenSet.Create(StringComparer.Ordinal,
        ["Police", "Constabulary", "Council", "Service", "Trust", "Board", "Authority", "Commission", "Agency", "Ministry", "Department", "Office"]);

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        if (sentence.Field == TextField.Headline) return;
        var tokens = sentence.Tokens;
        for (var end = 1; end <= tokens.Length; end++)
        {
            if (HeadAt(tokens, end) is not { } head) continue;
            // "Police Service of Northern Ireland", "Council of Europe", "Police Commissioner": a longer name or a title.
            if (end < tokens.Length && (tokens[end].Text is "of" or "for" || NameWords.IsCapitalised(tokens[end].Text))) continue;
            var (start, joined) = NameStart(tokens, end - head.Length, gazetteer, found);
            if (start == end - head.Length || (!joined && (head[^1] == "Council" || (head[0] is "Police" or "Constabulary"
                && SentenceWords.IsCommonWord(tokens[start].Text) && !gazetteer.IsPlaceOrNationality(tokens[start].Text))))) continue; // not "Traffic Police"
            // Certain: the tagger's "and" between two names (JoinedNames) is not this one's.
            Replace(sentence.Mention(EntityType.Organisation, start, end) with { IsCertain = joined }, found);
        }

        AddNhsBoards(sentence, found);
    }

    // The heads' last words: most tokens end no head, and are passed over at once.
    private static readonly FrozenSet<string> HeadEnds = Heads.Select(head => head[^1]).ToFrozenSet(StringComparer.Ordinal);

    private static string[]? HeadAt(Token[] tokens, int end)
    {
        if (!HeadEnds.Contains(tokens[end - 1].Text)) return null;
        foreach (var head in Heads)
        {
            if (head.Length <= end && EndsWith(tokens, end, head)) return head;
        }

        return null;
    }

    private static bool EndsWith(Token[] tokens, int end, string[] words)
    {
        for (var index = 0; index < words.Length; index++)
        {
            if (tokens[end - words.Length + index].Text != words[index]) return false;
        }

        return true;
    }

    /// <summary>Where the body's name starts, walking back from its head over parts of capitalised words joined by commas or "and".</summary>
    private static (int Start, bool Joined) NameStart(Token[] tokens, int headStart, Gazetteer gazetteer, List<NameMention> found)
    {
        var start = headStart;
        var joined = false;
        var index = headStart - 1;
        while (index >= 0)
        {
            var partEnd = index + 1;
            while (index >= 0 && partEnd - index <= MaxPartWords && IsPartWord(tokens, index)) index--;
            var partStart = index + 1;
            if (partStart == partEnd || !IsPlacePart(tokens, partStart, partEnd, gazetteer, found)) break;
            // A country joined to a body is a name of its own: "Israel and [Jewish Affairs Council]".
            if (start < headStart && gazetteer.IsCountry(string.Join(' ', tokens[partStart..partEnd].Select(token => token.Text)))) break;
            start = partStart;
            // A comma lists places only before the list's "and" ("Barking, Havering and Redbridge"), not "Buffalo, New York Common Council".
            if (index < 1 || !(tokens[index].Text is "and" or "&" || (tokens[index].Text == "," && joined)) || !IsPartWord(tokens, index - 1)) break;
            joined = true;
            index--;
        }

        // A possessive outside a list of places owns the body: "[Brazil's] Federal Police", but "Guy's and St Thomas' NHS Foundation Trust".
        if (!joined && start < headStart && Array.FindLastIndex(tokens, headStart - 1, headStart - start, token => IsPossessive(token.Text)) is var owner and >= 0) start = owner + 1;

        // The sentence's own first word is no part: "Yesterday Cornwall Police said".
        while (start < headStart && (tokens[start].Text is "and" or "&" or "," || (start == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)
            && !gazetteer.IsPlace(tokens[0].Text)))) start++;
        // Joined only while an "and" or a comma is still inside the name once its start is trimmed.
        return (start, joined && Array.FindIndex(tokens, start, headStart - start, token => token.Text is "and" or "&" or ",") >= 0);
    }

    // A capitalised word, or the possessive of the word before it ("Guy's", "St Thomas'").
    private static bool IsPartWord(Token[] tokens, int index)
    {
        var word = tokens[index].Text;
        if (word is "The" or "A" or "An") return false;
        if (IsPossessive(word)) return index > 0 && tokens[index - 1].End == tokens[index].Start && NameWords.IsCapitalised(tokens[index - 1].Text);
        // Not an initial, which may end a sentence the splitter missed ("World War I. Police said").
        return NameWords.IsCapitalised(word) && !SentenceWords.IsMonth(word) && !(word.Length == 2 && word[1] == '.');
    }

    private static bool IsPossessive(string word) => word is "'s" or "\u2019s" or "'" or "\u2019";

    // A part names a place the body serves: not another body ("Manchester United and Greater Manchester Police"; a word
    // such as "Chelsea" is the place here), nor a person ("Mr Smith and Hampshire Police").
    private static bool IsPlacePart(Token[] tokens, int first, int end, Gazetteer gazetteer, List<NameMention> found)
    {
        if (Enumerable.Range(first, end - first).Any(index => BodyWords.Contains(tokens[index].Text))) return false;
        var words = Enumerable.Range(first, end - first).Count(index => !IsPossessive(tokens[index].Text));
        if (words >= 2 && found.Any(mention => mention.Type == EntityType.Organisation && mention.Start == tokens[first].Start && mention.End == tokens[end - 1].End)) return false;
        if (RoleWords.StartsTitle(tokens[first].Text) && !gazetteer.IsPlace(tokens[first].Text)) return false;
        if (words >= 2 && gazetteer.IsFirstName(tokens[first].Text) && !gazetteer.IsPlace(tokens[first].Text)) return false;
        return !found.Any(mention => mention.Type == EntityType.Person && mention.Start == tokens[first].Start && mention.Text.Contains(' ', StringComparison.Ordinal)
            && gazetteer.IsFirstName(tokens[first].Text));
    }

    /// <summary>
    /// "NHS Greater Glasgow and Clyde", "NHS Highland", "NHS Digital": a Scottish health board or a body of the NHS, whatever the
    /// tagger read ("NHS Highland" a place, "spokeswoman for NHS" and a person "Highland").
    /// </summary>
    private static void AddNhsBoards(SentenceText sentence, List<NameMention> found)
    {
        for (var index = 0; index < found.Count; index++)
        {
            if (found[index] is { Type: not EntityType.Organisation } board && board.Text.StartsWith("NHS ", StringComparison.Ordinal)) found[index] = board with { Type = EntityType.Organisation };
        }

        var tokens = sentence.Tokens;
        for (var nhs = 0; nhs + 1 < tokens.Length; nhs++)
        {
            if (tokens[nhs].Text != "NHS") continue;
            var end = nhs + 1;
            while (end < tokens.Length && end - nhs <= 3 && NameWords.IsNameWord(tokens[end].Text) && !SentenceWords.IsDateWord(tokens[end].Text)) end++;
            if (end == nhs + 1 || Enumerable.Range(nhs + 1, end - nhs - 1).Any(index => RoleWords.StartsTitle(tokens[index].Text))) continue; // not "NHS Chief Executive"
            if (end + 1 < tokens.Length && tokens[end].Text == "and" && NameWords.IsNameWord(tokens[end + 1].Text)) end += 2;
            if (end < tokens.Length && NameWords.IsCapitalised(tokens[end].Text)) continue; // a longer name, or a head read above
            Replace(sentence.Mention(EntityType.Organisation, nhs, end) with { IsCertain = true }, found);
        }
    }

    private static void Replace(NameMention body, List<NameMention> found)
    {
        if (found.Any(mention => mention.Overlaps(body) && (mention.Start < body.Start || mention.End > body.End))) return;
        found.RemoveAll(mention => mention.Overlaps(body));
        found.Add(body);
    }
}
