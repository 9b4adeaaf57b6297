using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Mercedes' George Russell", "ahead of the Ferraris", "Williams and Haas scored": in a motor-racing report the teams are
/// organisations. The tagger takes most of them for people (they are founders' and makers' names) or misses them, and
/// outside such a report the same words are people and cars, so the list is read only where the text is about racing:
/// a series named ("Grand Prix", "Formula One", "MotoGP") and racing words around it.
/// </summary>
internal static class RacingTeams
{
    private const int MinimumCues = 3;

    private static readonly FrozenSet<string> SeriesWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Prix", "F1", "Formula", "MotoGP", "IndyCar", "NASCAR", "WEC",
    ]);

    private static readonly FrozenSet<string> RacingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "lap", "laps", "pole", "podium", "pit", "pits", "pitlane", "pit-stop", "qualifying", "grid", "chicane", "paddock",
        "constructors", "drivers", "driver", "race", "championship", "stint", "tyres", "tires",
    ]);

    // Formula One's teams of the last twenty years, and MotoGP's and IndyCar's makers and teams that news names alone.
    private static readonly FrozenSet<string> Teams = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mercedes", "Ferrari", "McLaren", "Red Bull", "Red Bull Racing", "Williams", "Haas", "Alpine", "Aston Martin", "Sauber",
        "Kick Sauber", "Racing Bulls", "AlphaTauri", "Alfa Romeo", "Renault", "Toro Rosso", "Force India", "Racing Point",
        "Lotus", "Cadillac", "Audi", "Brawn", "Ducati", "Yamaha", "Honda", "KTM", "Aprilia", "Penske", "Andretti",
    ]);

    private const int LongestTeam = 3;

    public static void Apply(IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields, List<NameMention> mentions)
    {
        if (!IsRacingReport(fields))
        {
            return;
        }

        // "Frank Williams ... Williams said": a surname of a person the article names in full stays that person's.
        var surnames = NameWords.SurnamesNamedInFull(mentions);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: not EntityType.Organisation } mention && Teams.Contains(mention.Text) && !surnames.Contains(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }

        foreach (var (field, text, sentences) in fields)
        {
            foreach (var sentence in sentences)
            {
                AddUnfound(field, text, sentence, surnames, mentions);
            }
        }
    }

    private static void AddUnfound(TextField field, string text, Sentence sentence, HashSet<string> surnames, List<NameMention> mentions)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Length; first++)
        {
            if (!char.IsUpper(tokens[first].Text[0])) continue;
            for (var end = Math.Min(tokens.Length, first + LongestTeam); end > first; end--)
            {
                var name = Acronyms.LongForm(tokens, first, end);
                var (start, stop) = (tokens[first].Start, tokens[end - 1].End);
                if (!Teams.Contains(name) || surnames.Contains(name) || (end < tokens.Length && char.IsUpper(tokens[end].Text[0]))
                    || mentions.Any(mention => mention.Field == field && mention.Start < stop && start < mention.End))
                {
                    continue;
                }

                mentions.Add(new NameMention(EntityType.Organisation, field, start, stop, name, text[sentence.Start..sentence.End]));
                first = end - 1;
                break;
            }
        }
    }

    private static bool IsRacingReport(IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields)
    {
        // Racing words are counted only in the rare text that names a series: most news passes with one look per token.
        var tokens = fields.SelectMany(field => field.Sentences).SelectMany(sentence => sentence.Tokens);
        var series = tokens.Count(token => char.IsUpper(token.Text[0]) && SeriesWords.Contains(token.Text));
        return series > 0 && series + tokens.Count(token => RacingWords.Contains(token.Text)) >= MinimumCues;
    }
}
