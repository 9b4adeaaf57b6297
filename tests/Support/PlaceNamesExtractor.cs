using System.Text.RegularExpressions;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Testing;

/// <summary>
/// A deliberately simple stand-in for the real pipeline, for tests about files rather than extraction quality:
/// the first line is the headline, the rest the body, and each capitalised word after "in" or "from" is a place.
/// </summary>
public static partial class PlaceNamesExtractor
{
    public static DocumentExtraction Extract(string sourceFile, string content)
    {
        var lines = content.ReplaceLineEndings("\n").Trim().Split('\n', 2);
        if (lines.Length < 2 || string.IsNullOrWhiteSpace(lines[1]))
        {
            throw new DocumentFormatException("no article text after the headline");
        }

        var document = new NewsDocument { SourceFile = sourceFile, Headline = lines[0].Trim(), Body = lines[1].Trim() };
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
