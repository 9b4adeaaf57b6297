using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Testing;

/// <summary>
/// A deliberately simple stand-in for the tagger behind the real readers, for tests about files rather than extraction
/// quality: each capitalised word after "in" or "from" in the body is a place.
/// </summary>
public static partial class PlaceNamesExtractor
{
    public static DocumentExtraction Extract(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = PlaceName().Matches(document.Body)
            .GroupBy(match => match.Value, StringComparer.Ordinal)
            .Select(words => new ExtractedEntity(
                EntityType.Place,
                words.Key,
                [],
                [],
                [.. words.Select(word => new Mention(TextField.Body, word.Index, word.Index + word.Length, word.Value, document.Body))]))
            .ToList();
        return new DocumentExtraction(document, entities);
    }

    [GeneratedRegex(@"(?<=\b(?:in|from) )\p{Lu}[\p{Ll}\d]+")]
    private static partial Regex PlaceName();
}
