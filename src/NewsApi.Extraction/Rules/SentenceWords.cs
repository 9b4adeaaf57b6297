using NewsApi.Extraction.Data;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Words that news writes in lower case ("making", "if", "since", "announces"; Data/lexicon, from public-domain VOA
/// news): capitalised, they start a sentence or a headline, they do not start or continue a person's name.
/// </summary>
internal static class SentenceWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() =>
        new HashSet<string>(EmbeddedData.ReadLines("lexicon/lowercase-words.txt"), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> CommonWords = new(() =>
        new HashSet<string>(EmbeddedData.ReadLines("lexicon/common-words.txt"), StringComparer.OrdinalIgnoreCase));

    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "said", "says", "told", "added", "admitted", "insisted", "argued", "claimed", "warned", "wrote", "replied", "believes",
    ]);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]);

    // What a person is, written before the name without being a title: "Democrat Barack Obama", "Tory Michael Howard".
    private static readonly FrozenSet<string> Affiliations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Labour", "Tory", "Tories", "Conservative",
        "Liberal", "Socialist", "Communist", "Independent", "Elect", "Ex", "Late", "Then", "Incumbent", "Presumptive",
        "Nominee", "Candidate", "Veteran", "Rookie", "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger",
        "Forward", "Skipper", "Captain", "Exchequer", "Kingdom", "States", "Substitute",
    ]);

    /// <summary>
    /// A word of running text, not of a name (lower-case words in their capitalised form too), in American or British
    /// spelling: the lexicon is American ("neighboring", "organized"), British news writes "Neighbouring", "Organised".
    /// </summary>
    public static bool IsSentenceWord(string word) => word.Length > 1 && (Words.Value.Contains(word) || AmericanSpelling(word) is { } american && Words.Value.Contains(american));

    /// <summary>"Neighbouring" -> "Neighboring", "Honoured" -> "Honored", "Organisers" -> "Organizers"; null for any other word.</summary>
    private static string? AmericanSpelling(string word)
    {
        if (word.Length < 6) return null;
        foreach (var ending in (ReadOnlySpan<string>)["ouring", "oured", "ourite", "ourites"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return string.Concat(word.AsSpan(0, word.Length - ending.Length), "o", ending.AsSpan(2));
        }

        foreach (var ending in (ReadOnlySpan<string>)["ised", "ising", "isation", "isations", "iser", "isers"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return string.Concat(word.AsSpan(0, word.Length - ending.Length), "iz", ending.AsSpan(2));
        }

        return null;
    }

    /// <summary>"said", "told", "warned": a verb news reports speech with.</summary>
    public static bool IsReportingVerb(string word) => ReportingVerbs.Contains(word);

    /// <summary>"met", "said", "visited": a verb that goes on a clause after its subject ("Washington, DC lobbyist" goes on a place).</summary>
    public static bool IsClauseVerb(string word) =>
        IsReportingVerb(word) || word is "met" or "visited" or "arrived" or "announced" or "called" or "urged" or "signed" or "asked" or "promised";

    /// <summary>
    /// A word news writes in lower case at least half the time, names or not ("food", "affairs", "trade"; not "rice" or
    /// "bush"): capitalised inside an institution's name, a common word it lists, not a name of its own.
    /// </summary>
    public static bool IsCommonWord(string word) => word.Length > 1 && CommonWords.Value.Contains(word);

    /// <summary>Weekdays and months: "Wednesday Tony Blair", "December Microsoft".</summary>
    public static bool IsDateWord(string word) => Weekdays.Contains(word) || Months.Contains(word);

    /// <summary>A month's name: "January" .. "December".</summary>
    public static bool IsMonth(string word) => Months.Contains(word);

    /// <summary>A word that says what a person is rather than who: a party, a position in a team, "Elect".</summary>
    public static bool IsAffiliation(string word) => Affiliations.Contains(word);

    /// <summary>The words this text itself writes in lower case ("young" beside "Young fans"), to judge a sentence's first word.</summary>
    public static HashSet<string> LowerCaseIn(IEnumerable<Sentence> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (WordChars.All(token.Text, char.IsLower)) words.Add(token.Text);
            }
        }

        return words;
    }
}
