using System.Buffers;
using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the oil tanker Aegean Glory", "the frigate HMS Cornwall", "aboard the MV Sirius": a ship is a thing, no person,
/// organisation or place, as the annotation conventions count vehicles. The tagger read "Aegean Glory" as an organisation
/// and then "Aegean" inside it as a place. The name after a ship's noun or prefix, and the same name elsewhere in the
/// article, are no entities. Not after "carrier", which names airlines too ("the flag carrier Lufthansa"). Nor is a
/// military operation's name.
/// </summary>
internal static partial class ShipNames
{
    // What every ship's mention has, looked for first: the regular expressions cost a twentieth of extraction run on every text.
    private static readonly SearchValues<string> ShipWords = SearchValues.Create(
        [" tanker", " supertanker", " suezmax", " aframax", " VLCC", " freighter", " vessel", " ship", " ferry", " yacht", " trawler",
         " frigate", " destroyer", " cruiser", " warship", " liner", " tugboat", " dhow", " submarine", "MV ", "MT ", "HMS ", "USS ",
         "RMS ", "HMAS ", "INS ", "HMCS ", "U.S.S. ", "H.M.S. "],
        StringComparison.Ordinal);

    public static void Remove(NewsDocument document, List<NameMention> mentions)
    {
        var texts = new[] { document.Headline, document.Caption ?? "", document.Body };
        if (!texts.Any(text => text.AsSpan().IndexOfAny(ShipWords) >= 0))
        {
            return;
        }

        var ships = texts
            .SelectMany(text => ShipName().Matches(text).Concat(ShipNameBeforeNoun().Matches(text))).Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
        if (ships.Count == 0)
        {
            return;
        }

        var shipMentions = mentions.Where(mention => !mention.IsCertain && ships.Contains(Unprefixed(mention.Text))).ToList();
        mentions.RemoveAll(mention => !mention.IsCertain
            && (ships.Contains(Unprefixed(mention.Text)) || shipMentions.Any(ship => ship.Field == mention.Field && ship.Start <= mention.Start && mention.End <= ship.End)));
    }

    /// <summary>
    /// "the EU's Operation Atalanta", "Operation Cast Lead": a military operation is an event, no entity, though its name
    /// is a listed club's or a place's.
    /// </summary>
    public static void RemoveOperations(NewsDocument document, List<NameMention> mentions)
    {
        if (!document.Body.Contains("Operation ", StringComparison.Ordinal) && !document.Headline.Contains("Operation ", StringComparison.Ordinal)) return;
        mentions.RemoveAll(mention => mention.Text.StartsWith("Operation ", StringComparison.Ordinal)
            || (document.TextOf(mention.Field) is var text && mention.Start >= "Operation ".Length
                && text.AsSpan(mention.Start - "Operation ".Length, "Operation ".Length).SequenceEqual("Operation ")));
    }

    private static string Unprefixed(string name) => ShipPrefix().Match(name) is { Success: true } prefix ? name[prefix.Length..] : name;

    [GeneratedRegex(@"(?:\b(?:tanker|supertanker|suezmax|aframax|VLCC|freighter|vessel|ship|cargo ship|container ship|ferry|yacht|trawler|frigate|destroyer|cruiser|warship|liner|tugboat|dhow|submarine) (?:(?:MV|MT|MS|HMS|USS|RMS|SS|HMAS|INS|HMCS|U\.S\.S\.|H\.M\.S\.) )?|\b(?:MV|MT|HMS|USS|RMS|HMAS|INS|HMCS|U\.S\.S\.|H\.M\.S\.) )(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex ShipName();

    // "the Aegean Glory, the oil tanker seized ...", "the Sirius, a Liberian-flagged freighter".
    [GeneratedRegex(@"\bthe (?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}), (?:the|a|an) (?:[\p{L}-]+ ){0,3}(?:tanker|supertanker|freighter|vessel|ship|ferry|yacht|trawler|frigate|destroyer|warship|liner)\b(?!['\u2019])", RegexOptions.CultureInvariant)]
    private static partial Regex ShipNameBeforeNoun();

    [GeneratedRegex(@"^(?:MV|MT|MS|HMS|USS|RMS|SS|HMAS|INS|HMCS|U\.S\.S\.|H\.M\.S\.) ", RegexOptions.CultureInvariant)]
    private static partial Regex ShipPrefix();
}
