using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Hurricane Katrina", "Typhoon Haiyan": a storm is an event, not a person, and neither is its given name alone
/// ("Katrina" in the headline) in an article that names the storm. The tagger, which has seen names like these as
/// people, made Hurricane Katrina a person in 8 archive articles. Storms named together count too ("hurricanes Helene
/// and Milton"), and so do a "Severe Tropical Storm" and the name it is "known locally as".
/// </summary>
internal static partial class Storms
{
    public static void Remove(NewsDocument document, List<NameMention> mentions)
    {
        if (!MentionsStorm(document.Headline) && !MentionsStorm(document.Body))
        {
            return; // an ordinal search first: the regular expression is for the few articles about a storm
        }

        var names = new[] { document.Headline, document.Body }
            .SelectMany(text => StormName().Matches(text).Concat(StormNames().Matches(text)).Concat(LocalStormName().Matches(text)))
            .SelectMany(match => match.Groups["name"].Captures.Select(capture => capture.Value)).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return;
        }

        mentions.RemoveAll(mention => !mention.IsCertain && (names.Contains(mention.Text)
            || (StormName().Match(mention.Text) is { Success: true } storm && storm.Index == 0 && names.Contains(storm.Groups["name"].Value))));
    }

    private static bool MentionsStorm(string text) =>
        text.Contains("urricane", StringComparison.Ordinal) || text.Contains("yphoon", StringComparison.Ordinal)
        || text.Contains("yclone", StringComparison.Ordinal) || text.Contains("Storm", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:(?:Severe|Super) )?(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Superstorm) (?<name>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StormName();

    [GeneratedRegex(@"\b(?:[Hh]urricanes|[Tt]yphoons|[Cc]yclones|[Ss]torms) (?<name>\p{Lu}\p{Ll}+)(?:, (?<name>\p{Lu}\p{Ll}+))*,? and (?<name>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StormNames();

    /// <summary>"the storm, known locally as Kristine": the name a country's weather service gave it.</summary>
    [GeneratedRegex(@"\b(?:[Ss]torm|[Tt]yphoon|[Hh]urricane|[Cc]yclone)s?,? (?:which is )?(?:known|named) (?:locally |there |in the \p{Lu}\p{Ll}+ )?as (?<name>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocalStormName();
}
