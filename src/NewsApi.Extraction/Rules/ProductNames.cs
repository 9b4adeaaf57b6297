using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "its PlayStation Portable (PSP) handheld games console": a product is no entity by the annotation conventions, and a
/// name the text defines by initials and then calls a console, a phone or a drug names the product, as do the initials
/// wherever the article uses them ("The PSP, which has been on sale in Japan"). The tagger made such initials
/// organisations. Only where the definition says what the thing is, the initials are the name's capitals and the name
/// does not end as a body's does: "the World Health Organization (WHO) vaccine programme" names a body.
/// </summary>
internal static partial class ProductNames
{
    [GeneratedRegex(@"\b(?<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) \((?<initials>[A-Z][A-Za-z0-9]{1,6})\)\s+(?:[a-z-]+\s+){0,3}?(?:console|handset|headset|smartphone|phone|tablet|laptop|computer|tracker|printer|device|gadget|camera|vaccine|drug|pill|software|browser|processor|airliner|aircraft|helicopter|drone|rifle|missile|car|vehicle)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefinedProduct();

    public static void Remove(NewsDocument document, List<NameMention> mentions, Gazetteer gazetteer)
    {
        if (!document.Body.Contains('(', StringComparison.Ordinal))
        {
            return;
        }

        var products = DefinedProduct().Matches(document.Body)
            .Where(match => IsInitialsOf(match.Groups["initials"].Value, match.Groups["name"].Value)
                && !gazetteer.IsOrganisationCue(match.Groups["name"].Value.Split(' ')[^1]))
            .SelectMany(match => new[] { match.Groups["name"].Value, match.Groups["initials"].Value }).ToHashSet(StringComparer.Ordinal);
        if (products.Count > 0)
        {
            mentions.RemoveAll(mention => !mention.IsCertain && products.Contains(mention.Text));
        }
    }

    // "PSP" of "PlayStation Portable": the name's capitals, inner ones too.
    private static bool IsInitialsOf(string initials, string name) =>
        string.Equals(initials, string.Concat(name.Where(char.IsUpper)), StringComparison.Ordinal);
}
