using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the U.S. District Court for the Southern District of New York", "the U.S. Court of Appeals for the Ninth Circuit", "the
/// U.S. Bankruptcy Court for the District of Delaware": American federal courts are named with their district or circuit
/// after "for the". The tagger stops at "Court" and reads the district as a place of its own ("Southern District").
/// </summary>
internal static class CourtNames
{
    private const int MaxNameWords = 6;
    private const int MaxPlaceWords = 3;

    private static readonly FrozenSet<string> Directions = FrozenSet.Create(StringComparer.Ordinal, ["Northern", "Southern", "Eastern", "Western", "Middle", "Central"]);

    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var court = 1; court + 4 < tokens.Length; court++)
        {
            // "... Court for the", or "... Court of Appeals for the".
            var forAt = tokens[court].Text != "Court" ? -1
                : tokens[court + 1].Text == "for" ? court + 1
                : tokens[court + 1].Text == "of" && tokens[court + 2].Text == "Appeals" && court + 5 < tokens.Length && tokens[court + 3].Text == "for" ? court + 3
                : -1;
            if (forAt < 0 || tokens[forAt + 1].Text != "the" || DistrictEnd(tokens, forAt + 2) is not { } end) continue;

            var first = court;
            while (first > 0 && court - first < MaxNameWords && NameWords.IsCapitalised(tokens[first - 1].Text) && !SentenceWords.IsDateWord(tokens[first - 1].Text)) first--;
            if (tokens[first].Text == "The") first++;
            if (first == court && forAt == court + 1) continue; // "the Court for the ..." names no court; "the Court of Appeals for the ..." does

            var name = sentence.Mention(EntityType.Organisation, first, end) with { IsCertain = true };
            found.RemoveAll(name.Overlaps); // the district read as a place, the court's first words as a body
            found.Add(name);
            court = end - 1;
        }
    }

    /// <summary>
    /// "prosecutors in the Eastern District of New York": a federal district named without its court is one place, not an
    /// "Eastern District" of its own (the archive had one "Eastern District" for New York's, Virginia's and Texas's). The
    /// state after "of" stays a place of the article too.
    /// </summary>
    public static void AddDistricts(SentenceText sentence, IReadOnlyList<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first + 3 < tokens.Length; first++)
        {
            if (!Directions.Contains(tokens[first].Text) || tokens[first + 1].Text != "District" || tokens[first + 2].Text != "of"
                || gazetteer.PlaceLengthAt(tokens, first + 3) is not (> 0 and var placeLength)
                || (first > 0 && tokens[first - 1].Text == "for") || (first > 1 && tokens[first - 1].Text == "the" && tokens[first - 2].Text == "for"))
            {
                continue; // "the Court for the Southern District of ...": the court's name (above)
            }

            var end = first + 3 + placeLength;
            var district = sentence.Mention(EntityType.Place, first, end);
            if (found.Exists(district.Overlaps) || IsReadWhole(spans, first, end))
            {
                continue; // read whole already
            }

            found.Add(district);
            found.Add(sentence.Mention(EntityType.Place, first + 3, end));
            first = end - 1;
        }
    }

    // A loop, not a lambda: a lambda capturing the loop's variables costs an allocation per token of every sentence.
    private static bool IsReadWhole(IReadOnlyList<TaggedSpan> spans, int first, int end)
    {
        foreach (var span in spans)
        {
            if (span.FirstToken <= first && span.LastToken >= end - 1) return true;
        }

        return false;
    }

    /// <summary>"Southern District of New York", "District of Delaware", "Ninth Circuit", "D.C. Circuit": where it ends, or null.</summary>
    private static int? DistrictEnd(Token[] tokens, int start)
    {
        var position = start < tokens.Length && Directions.Contains(tokens[start].Text) ? start + 1 : start;
        if (position + 1 < tokens.Length && tokens[position].Text == "District" && tokens[position + 1].Text == "of")
        {
            var end = position + 2;
            while (end < tokens.Length && end - position - 2 < MaxPlaceWords && NameWords.IsCapitalised(tokens[end].Text)) end++;
            return end > position + 2 ? end : null;
        }

        return position == start && start + 1 < tokens.Length && tokens[start + 1].Text == "Circuit" && NameWords.IsCapitalised(tokens[start].Text)
            ? start + 2
            : null;
    }
}
