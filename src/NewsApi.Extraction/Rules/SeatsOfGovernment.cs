using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Buildings named for the people in them ("the White House said"): places by the annotation conventions, also when
/// they speak, which the tagger made organisations (the White House in 40 of the 3,741 Wikinews articles, in 105 a place),
/// and found where the tagger saw no name ("Malacanang suspended classes").
/// </summary>
internal static class SeatsOfGovernment
{
    private static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.Ordinal,
    [
        "White House", "Oval Office", "Kremlin", "Downing Street", "Whitehall", "Élysée Palace", "Elysee Palace", "Blue House",
        "Capitol", "Capitol Hill", "Parliament Hill", "Zhongnanhai", "Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace",
        "Malacañan", "Malacañan Palace",
        "Casa Rosada", "Palacio de Gobierno", "Palácio do Planalto", "Planalto", "Istana Negara",
    ]);

    // The same names as token sequences, so a sentence is scanned without building a string at each capitalised word.
    private static readonly NameTable<bool> Table = Tabled(Names);

    private const int MaxNameWords = 3;

    /// <summary>
    /// The seats the tagger left untagged, as places; not inside a longer name ("Capitol Records", "White House Press
    /// Secretary" is the tagger's to read) nor over a name already found.
    /// </summary>
    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Length; first++)
        {
            if (!NameWords.IsCapitalised(tokens[first].Text) || (first > 0 && NameWords.IsCapitalised(tokens[first - 1].Text) && tokens[first - 1].Text != "The")) continue;
            // The table ignores case; the names are matched as written, the longest first.
            for (var length = Table.LongestMatch(tokens, first, out _, MaxNameWords); length > 0; length = Table.LongestMatch(tokens, first, out _, length - 1))
            {
                var end = first + length;
                if (!Names.Contains(sentence.Slice(first, end))) continue;
                var seat = sentence.Mention(EntityType.Place, first, end);
                if ((end == tokens.Length || !NameWords.IsCapitalised(tokens[end].Text)) && !found.Any(seat.Overlaps)) found.Add(seat);
                first = end - 1;
                break;
            }
        }
    }

    private static NameTable<bool> Tabled(IEnumerable<string> names)
    {
        var table = new NameTable<bool>();
        foreach (var name in names) table.Add(name, true);
        return table;
    }

    public static void Retype(List<NameMention> mentions, Gazetteer gazetteer)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: not EntityType.Place, IsCertain: false } mention && Names.Contains(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
            else if (mentions[index] is { IsCertain: false } whole && whole.Text.IndexOf(' ') is > 0 and var space && Names.Contains(whole.Text[(space + 1)..])
                     && !whole.Text.EndsWith(" Capitol", StringComparison.Ordinal) && gazetteer.IsCountry(whole.Text[..space]))
            {
                // "U.S. White House officials": the country and its seat of government, two places. Not "U.S. Capitol" or
                // "Georgia Capitol", the buildings' own names.
                mentions[index] = whole.Inside(EntityType.Place, 0, space);
                mentions.Insert(++index, whole.Inside(EntityType.Place, space + 1, whole.Text.Length));
            }
        }
    }
}
