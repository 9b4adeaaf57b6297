using NewsApi.Extraction.Entities;

namespace NewsApi.Ingestion.Reading;

/// <summary>Guards the stored offsets: the API highlights mentions with them, so they must point inside their field.</summary>
internal static class MentionCheck
{
    public static string? FindProblem(DocumentExtraction extraction)
    {
        var document = extraction.Document;
        foreach (var entity in extraction.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                var field = mention.Field switch
                {
                    Extraction.Documents.TextField.Headline => document.Headline,
                    Extraction.Documents.TextField.Caption => document.Caption,
                    _ => document.Body,
                };
                if (field is null || mention.Start < 0 || mention.End <= mention.Start || mention.End > field.Length)
                {
                    return $"extraction error: mention '{mention.Text}' of '{entity.Name}' at [{mention.Start}, {mention.End}) "
                        + $"is outside the {mention.Field.ToString().ToLowerInvariant()}";
                }
            }
        }

        return null;
    }
}
