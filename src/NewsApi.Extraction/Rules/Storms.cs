using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Hurricane Katrina", "Typhoon Haiyan": a storm is an event, not a person, and neither is its given name alone
/// ("Katrina" in the headline) in an article that names the storm. The tagger, which has seen names like these as
/// people, made Hurricane Katrina a person in 8 archive articles.
/// </summary>
internal static partial class Storms
{
    public static void Remove(NewsDocument document, List<NameMention> mentions)
    {
        if (!MentionsStorm(document.Headline) && !MentionsStorm(document.Body))
        {
            return; // an ordinal search first: the regular expression is for the few articles about a storm
        }

        var names = StormName().Matches(document.Headline).Concat(StormName().Matches(document.Body))
            .Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return;
        }

        mentions.RemoveAll(mention => !mention.IsCertain && (names.Contains(mention.Text)
            || (StormName().Match(mention.Text) is { Success: true } storm && storm.Index == 0 && names.Contains(storm.Groups["name"].Value))));
    }

    private static bool MentionsStorm(string text) =>
        text.Contains("Hurricane", StringComparison.Ordinal) || text.Contains("Typhoon", StringComparison.Ordinal)
        || text.Contains("Cyclone", StringComparison.Ordinal) || text.Contains("Storm", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Superstorm) (?<name>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StormName();
}
