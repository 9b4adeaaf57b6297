using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "St Peter's Square", "St James' Park", "King's College London", "Queens' College": a saint's or a crown's possessive,
/// then a building's, a square's or an institution's word, is one name. The tagger stops at the apostrophe ("St Peter"
/// a place, "College London" another). A church, a square or a park is a place; a hospital, a college or a school an
/// organisation, with the city a college or university writes after its name ("Queen's University Belfast", "Queen's
/// University of Belfast").
/// </summary>
internal static class PossessiveFacilities
{
    private const int MaxWordsAfter = 3;

    private static readonly FrozenSet<string> Saints = FrozenSet.Create(StringComparer.Ordinal, ["St", "St.", "Saint", "Ste"]);

    private static readonly FrozenSet<string> Crowns = FrozenSet.Create(StringComparer.Ordinal, ["King", "Kings", "Queen", "Queens", "Prince", "Princess"]);

    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Church", "Cathedral", "Basilica", "Abbey", "Chapel", "Minster", "Square", "Park", "Bridge", "Street", "Road", "Place", "Gate",
        "Island", "Hill", "Green", "Field", "Wharf", "Market", "Stadium", "Hall", "Palace", "Gardens", "Well", "Wood", "Quay", "Bay",
    ]);

    private static readonly FrozenSet<string> BodyHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Hospital", "Infirmary", "Clinic", "College", "School", "University", "Academy", "Hospice",
    ]);

    public static void Add(SentenceText sentence, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var index = 1; index + 1 < tokens.Length; index++)
        {
            if (PossessiveNames.Owner(tokens, index) is not { } owner) continue;
            var ownerWord = tokens[owner].Text.TrimEnd('\'', '’');
            if (!NameWords.IsCapitalised(ownerWord)) continue;
            var first = owner > 0 && Saints.Contains(tokens[owner - 1].Text) ? owner - 1 : owner;
            if (first == owner && !Crowns.Contains(ownerWord)) continue;

            var afterOwner = index + 1;
            var end = afterOwner;
            while (end < tokens.Length && end - afterOwner < MaxWordsAfter && NameWords.IsNameWord(tokens[end].Text)) end++;
            var head = end - 1;
            while (head >= afterOwner && !PlaceHeads.Contains(tokens[head].Text) && !BodyHeads.Contains(tokens[head].Text)) head--;
            if (head < afterOwner) continue;

            var isBody = BodyHeads.Contains(tokens[head].Text);
            end = head + 1;
            if (isBody && tokens[head].Text is "College" or "University" && end < tokens.Length && gazetteer.IsPlace(tokens[end].Text)
                && (end + 1 == tokens.Length || !NameWords.IsCapitalised(tokens[end + 1].Text)))
            {
                end++; // "King's College London"
            }
            else if (isBody && tokens[head].Text is "College" or "University" && end + 1 < tokens.Length && tokens[end].Text == "of"
                && NameWords.IsNameWord(tokens[end + 1].Text))
            {
                end += 2; // "Queen's University of Belfast"
                while (end < tokens.Length && end - head < MaxWordsAfter + 2 && NameWords.IsNameWord(tokens[end].Text)) end++;
            }

            if (end < tokens.Length && NameWords.IsCapitalised(tokens[end].Text)) continue; // a longer name than this rule reads
            if (MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[end - 1].End)) continue;
            found.Add(sentence.Mention(isBody ? EntityType.Organisation : EntityType.Place, first, end));
            index = end - 1;
        }
    }
}
