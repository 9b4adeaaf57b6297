using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Testing;

/// <summary>Hand-made extractions, so the writing layer is tested on exactly the entities a case needs.</summary>
public static class Articles
{
    public static NewsDocument Document(string headline, string body, string? caption = null) =>
        new() { SourceFile = "unused.txt", Headline = headline, Body = body, Caption = caption };

    public static DocumentExtraction Extracted(NewsDocument document, params ExtractedEntity[] entities) => new(document, entities);

    /// <summary>An entity mentioned wherever its name or an alias occurs in the headline, caption or body (longest names first).</summary>
    public static ExtractedEntity Entity(
        NewsDocument document, EntityType type, string name, string[]? aliases = null, string[]? roles = null)
    {
        aliases ??= [];
        var mentions = new List<Mention>();
        foreach (var (field, text) in new[] { (TextField.Headline, document.Headline), (TextField.Caption, document.Caption), (TextField.Body, document.Body) })
        {
            if (text is null)
            {
                continue;
            }

            var taken = new List<(int Start, int End)>();
            foreach (var surface in aliases.Prepend(name).OrderByDescending(surface => surface.Length))
            {
                for (var start = text.IndexOf(surface, StringComparison.Ordinal); start >= 0; start = text.IndexOf(surface, start + 1, StringComparison.Ordinal))
                {
                    var end = start + surface.Length;
                    if (!taken.Any(span => start < span.End && span.Start < end))
                    {
                        taken.Add((start, end));
                        mentions.Add(new Mention(field, start, end, surface, text));
                    }
                }
            }
        }

        return new ExtractedEntity(type, name, aliases, roles ?? [], mentions);
    }
}
