using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Hearts (4-4-2): Gordon, Kent, Halkett; Baningime, Spittal (Rennie 79); Shankland.": a team's line-up at the end of a
/// match report names its players, mostly by surname, whatever the tagger took them for ("Kent" and "Braga" are places).
/// A line-up is a short name, a colon, then at least seven names of one to three words, each maybe followed by its
/// substitute in brackets, a captain's or keeper's mark ("(capt)", "(wk)") or a scorer's tally ("Scorers - Limerick: C Ó
/// Floinn 1-9 (0-6 frees), ..."), separated by commas and semicolons and nothing else; none a country, a nationality or
/// a date word ("Delegates: Britain, France, ..." lists no players).
/// </summary>
internal static class LineUps
{
    private const int MinPlayers = 7;
    private const int MaxNameWords = 3;
    private const int MaxTeamTokens = 8;
    private const int MaxScoreTokens = 6;

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        var colon = ColonAfterTeam(tokens);
        if (colon < 0) return;

        var players = new List<(int First, int End)>();
        var index = colon + 1;
        while (index < tokens.Length)
        {
            var end = NameEnd(tokens, index);
            if (end == index) return;
            players.Add((index, end));
            index = end;
            if (index + 2 < tokens.Length && tokens[index].Text == "(" && IsCaptainMark(tokens[index + 1].Text) && tokens[index + 2].Text == ")")
            {
                index += 3; // "Tuipulotu (capt)", "Bavuma (c)", "Rizwan (wk)"
            }

            index = AfterScore(tokens, index);

            if (index + 2 < tokens.Length && tokens[index].Text == "(")
            {
                // "(Rennie 79)", "(Rennie 79')": the substitute and the minute he came on.
                var substituteEnd = NameEnd(tokens, index + 1);
                if (substituteEnd == index + 1) return;
                players.Add((index + 1, substituteEnd));
                index = substituteEnd;
                while (index < tokens.Length && tokens[index].Text != ")" && IsMinute(tokens[index].Text)) index++;
                if (index == tokens.Length || tokens[index].Text != ")") return;
                index++;
            }

            if (index == tokens.Length || (tokens[index].Text == "." && index == tokens.Length - 1)) break;
            if (tokens[index].Text is not ("," or ";")) return;
            index++;
        }

        if (players.Count < MinPlayers || players.Any(player => IsNoPlayer(sentence.Slice(player.First, player.End), gazetteer))) return;
        foreach (var (first, end) in players)
        {
            var player = sentence.Mention(EntityType.Person, first, end) with { IsCertain = true };
            found.RemoveAll(player.Overlaps);
            found.Add(player);
        }
    }

    /// <summary>
    /// Past a scorer's tally of goals and points and its note, where there is one: "T Morrissey 0-3", "C Ó Floinn 1-9 (0-6
    /// frees)". Not a bare number ("Labour 12,345" in an election's results). A bracket holding a capitalised word is a
    /// substitute's, read by the caller.
    /// </summary>
    private static int AfterScore(Token[] tokens, int index)
    {
        var start = index;
        var hasDash = false;
        while (index < tokens.Length && index - start < MaxScoreTokens && IsScorePart(tokens[index].Text))
        {
            hasDash |= tokens[index++].Text.Contains('-', StringComparison.Ordinal);
        }

        if (!hasDash || !char.IsDigit(tokens[index - 1].Text[^1])) return start;

        if (index == tokens.Length || tokens[index].Text != "(") return index;
        for (var close = index + 1; close < tokens.Length && close - index <= MaxScoreTokens; close++)
        {
            if (tokens[close].Text == ")") return close + 1;
            if (NameWords.IsCapitalised(tokens[close].Text)) break;
        }

        return index;
    }

    private static bool IsScorePart(string word) => word == "-" || (word.Length > 0 && char.IsDigit(word[0]) && word.All(c => char.IsDigit(c) || c == '-'));

    private static bool IsCaptainMark(string text) => text is "capt" or "c" or "captain" or "vc" or "wk" or "gk";

    /// <summary>The colon after the team's name ("Hearts", "Aberdeen (4-3-3)"), or -1.</summary>
    private static int ColonAfterTeam(Token[] tokens)
    {
        if (tokens.Length == 0 || !NameWords.IsCapitalised(tokens[0].Text)) return -1;
        for (var index = 1; index < tokens.Length && index <= MaxTeamTokens; index++)
        {
            if (tokens[index].Text == ":") return index;
        }

        return -1;
    }

    /// <summary>
    /// Where a player's name from <paramref name="first"/> ends: one to three capitalised words, particles or hyphens between
    /// them ("Craig Gordon", "Van der Berg", "Gibson-Park").
    /// </summary>
    private static int NameEnd(Token[] tokens, int first) =>
        NameWords.WordRun(tokens, first, MaxNameWords, index => NameWords.IsCapitalised(tokens[index].Text) || IsEclipsed(tokens[index].Text), IsParticle).End;

    // "Van den Berg", "Gibson-Park", "R Mac an tSaoi".
    private static bool IsParticle(string word) => NameWords.IsSurnameParticle(word) || NameWords.IsNameParticle(word) || word is "-" or "an";

    /// <summary>"tSaoi" of "Mac an tSaoi": an Irish name's word behind a lower-case letter it takes after "an".</summary>
    private static bool IsEclipsed(string word) => word.Length > 2 && char.IsLower(word[0]) && char.IsUpper(word[1]) && word.Skip(2).All(char.IsLower);

    private static bool IsNoPlayer(string name, Gazetteer gazetteer) =>
        gazetteer.IsCountryOrNationality(name) || SentenceWords.IsDateWord(name);

    private static bool IsMinute(string word) => word == "'" || word == "’" || word.All(char.IsDigit);
}
