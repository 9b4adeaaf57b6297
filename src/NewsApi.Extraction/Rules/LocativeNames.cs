using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "a tent in Al-Mawasi", "Nasser Hospital in Khan Younis", "landlords in the Bronx": a name right after "in" is where
/// something is, a place, though the tagger, never having seen it, took it for a person. Not a possessive ("in Obama's
/// weekly address"), a court case ("in Roe v. Wade"), what someone believes or has an interest in ("faith in God",
/// "interested in Bob Barr"), a name the article gives someone with a title or role, or the surname of someone it
/// names in full.
/// </summary>
internal static partial class LocativeNames
{
    private static readonly FrozenSet<string> WordsBeforeInAPerson = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "believe", "believes", "believed", "belief", "faith", "confidence", "trust", "interest", "interested", "stake", "result",
        "resulted", "resulting", "role", "participating", "involved", "invest", "invested", "investing", "investment", "share",
        "rise", "fall", "part", "seen", "found", "hope",
    ]);

    /// <summary>
    /// "The ship's Piraeus-based manager", "the Levin-based firm": a listed place or town before "-based" is where a firm is,
    /// whatever the tagger read.
    /// </summary>
    public static void RetypeBases(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: not EntityType.Place } mention && texts.TryGetValue(mention.Field, out var text)
                && text.AsSpan(mention.End).StartsWith("-based", StringComparison.Ordinal) && !gazetteer.IsListedOrganisation(mention.Text)
                && (gazetteer.IsPlace(mention.Text) || (NameLists.Default.IsCityOrRegion(mention.Text) && !gazetteer.IsOneWordCompany(mention.Text))))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts)
    {
        var titled = mentions.Where(mention => mention.Type == EntityType.Person && (mention.Roles.Count > 0 || mention.TitledText is not null))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        HashSet<string>? surnames = null;
        // Places the tagger found where something is count too ("Warwick Road in Carlisle" in a caption).
        var located = mentions.Where(mention => mention.Type == EntityType.Place && mention.Field != TextField.Headline
                && texts.TryGetValue(mention.Field, out var text) && IsAfterIn(text, mention))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < mentions.Count; index++)
        {
            if (mentions[index] is not { Type: EntityType.Person, IsCertain: false, Roles.Count: 0, TitledText: null } mention
                || mention.Field == TextField.Headline || titled.Contains(mention.Text) || !texts.TryGetValue(mention.Field, out var text)
                || !IsAfterIn(text, mention) || IsPossessiveOrCase(text, mention.End)
                || (surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(mention.Text))
            {
                continue;
            }

            mentions[index] = mention with { Type = EntityType.Place };
            located.Add(mention.Text);
        }

        // "Flooding hit Carlisle ... homes in Carlisle": a listed town found where something is names the town in the rest
        // of the article too, where no one is given its name.
        for (var index = 0; located.Count > 0 && index < mentions.Count; index++)
        {
            if (mentions[index] is { Type: EntityType.Person, IsCertain: false, Roles.Count: 0, TitledText: null } mention && located.Contains(mention.Text)
                && !titled.Contains(mention.Text) && NameLists.Default.IsCityOrRegion(mention.Text))
            {
                mentions[index] = mention with { Type = EntityType.Place };
            }
        }
    }

    /// <summary>"in X", or "in the X" for a name of one word ("the Bronx"), after a word that says no belief or stake.</summary>
    private static bool IsAfterIn(string text, NameMention mention)
    {
        var before = text.AsSpan(0, mention.Start);
        if (before.EndsWith(" the ", StringComparison.Ordinal) && !mention.Text.Contains(' ', StringComparison.Ordinal)) before = before[..^4];
        if (!before.EndsWith(" in ", StringComparison.Ordinal)) return false;
        var words = before[..^4].TrimEnd();
        var start = words.Length;
        while (start > 0 && char.IsLetter(words[start - 1])) start--;
        return !WordsBeforeInAPerson.Contains(words[start..].ToString());
    }

    private static bool IsPossessiveOrCase(string text, int end) => PossessiveOrCase().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(?:['\u2019]|\s+v\.?\s|\s+vs\.?\s)")]
    private static partial Regex PossessiveOrCase();
}
