using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Chelsea beat Arsenal 2-1", "Liverpool's manager", "the Jaguars' win over Indianapolis": a city named where a match,
/// a result or a squad is is its team, an organisation. Read in a few words either side of the name.
/// </summary>
internal static partial class TeamContext
{
    private const int Window = 3;

    // Words that mean sport wherever they are.
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "beaten", "beating", "drew", "drawn", "v", "vs", "vs.", "fans", "manager", "striker", "midfielder",
        "defender", "goalkeeper", "squad", "coach", "quarterback", "league", "cup", "champions", "match", "kick-off", "scored",
        "goal", "goals", "thrashed", "edged", "knock", "knocked", "stun", "stunned", "relegation", "promotion", "playoffs",
        "play-offs", "touchdown", "fixture", "derby", "rout", "routed", "boss", "players", "semi-final", "quarter-final",
        "top-four", "supporters", "club", "clubs", "scoring", "penalty", "header",
    };

    // Words as common around a city in politics ("held talks in Brussels", "won Ohio"): sport only in a sentence that
    // says sport elsewhere too.
    private static readonly HashSet<string> SentenceCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "win", "wins", "won", "victory", "lost", "lose", "loses", "defeat", "defeated", "draw", "draws", "held", "meet", "meets",
        "side", "final", "title", "round", "season", "signed", "sign", "signs", "signing", "transfer", "hosts", "hosted",
        "visitors", "pressure", "points", "table", "game", "games", "captain", "kit",
    };

    // Words that make a city's name a club's: "Real Madrid", "Inter Milan", "Borussia Dortmund".
    private static readonly HashSet<string> ClubPrefixes = new(StringComparer.Ordinal)
    {
        "Real", "Atletico", "Atlético", "Inter", "Sporting", "Dynamo", "Dinamo", "Racing", "Olympique", "Borussia", "Bayer",
        "Hertha", "Athletic", "Deportivo", "Sparta", "Slavia", "Lokomotiv", "Spartak", "Partizan", "Galatasaray", "Ajax",
    };

    public static bool IsClubPrefix(string word) => ClubPrefixes.Contains(word);

    /// <summary>
    /// "Morientes left Real Madrid ... eight seasons at Madrid": where the article names a club after a city, the city's
    /// name alone is the club too.
    /// </summary>
    public static void RetypeClubCities(List<NameMention> mentions)
    {
        var clubCities = mentions.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => mention.Text.Split(' '))
            .Where(words => words.Length >= 2 && IsClubPrefix(words[0]))
            .Select(words => string.Join(' ', words[1..]))
            .ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index].Type == EntityType.Place && clubCities.Contains(mentions[index].Text))
            {
                mentions[index] = mentions[index] with { Type = EntityType.Organisation };
            }
        }
    }

    public static bool IsAround(IReadOnlyList<Token> tokens, int first, int end)
    {
        bool IsCue(int index) => Cues.Contains(tokens[index].Text) || Score().IsMatch(tokens[index].Text);
        var sentenceIsSport = new Lazy<bool>(() => Enumerable.Range(0, tokens.Count).Any(index => (index < first || index >= end) && IsCue(index)));
        for (var index = Math.Max(0, first - Window); index < Math.Min(tokens.Count, end + Window); index++)
        {
            if ((index < first || index >= end) && (IsCue(index) || (SentenceCues.Contains(tokens[index].Text) && sentenceIsSport.Value)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d{1,2}-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Score();
}
