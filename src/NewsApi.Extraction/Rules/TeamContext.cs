using System.Text.RegularExpressions;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Chelsea beat Arsenal 2-1", "Liverpool's manager", "the Jaguars' win over Indianapolis": a city named where a match,
/// a result or a squad is is its team, an organisation. Read in a few words either side of the name.
/// </summary>
internal static partial class TeamContext
{
    private const int Window = 3;

    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "beaten", "beating", "drew", "draw", "draws", "drawn", "lost", "lose", "loses", "defeat", "defeated",
        "win", "wins", "won", "victory", "v", "vs", "vs.", "fans", "manager", "striker", "midfielder", "defender", "goalkeeper",
        "squad", "coach", "quarterback", "league", "cup", "champions", "match", "kick-off", "scored", "score", "goal", "goals",
        "thrashed", "edged", "edge", "knock", "knocked", "stun", "stunned", "hosts", "hosted", "visitors", "relegation",
        "promotion", "playoffs", "play-offs", "touchdown", "season", "fixture", "derby", "rout", "routed", "boss", "side",
        "meet", "meets", "held", "players", "signed", "sign", "signs", "signing", "transfer", "pressure", "title", "semi-final",
        "final", "quarter-final", "round", "game", "games", "points", "table", "top-four", "kit", "supporters",
    };

    public static bool IsAround(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var index = Math.Max(0, first - Window); index < Math.Min(tokens.Count, end + Window); index++)
        {
            if ((index < first || index >= end) && (Cues.Contains(tokens[index].Text) || Score().IsMatch(tokens[index].Text)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d{1,2}-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Score();
}
