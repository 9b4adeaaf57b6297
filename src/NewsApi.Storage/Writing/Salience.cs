using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>
/// How central an entity is to an article, 0..1: 0.5 x its mentions relative to the article's most mentioned entity,
/// + 0.3 if the headline names it, + 0.2 if the caption or the first paragraph does (news puts the main actors up front).
/// </summary>
public static class Salience
{
    public static double Of(IReadOnlyCollection<Mention> mentions, int mostMentionsInArticle, int firstParagraphEnd)
    {
        var frequency = mostMentionsInArticle == 0 ? 0 : (double)mentions.Count / mostMentionsInArticle;
        var inHeadline = mentions.Any(mention => mention.Field == TextField.Headline);
        var inLede = mentions.Any(mention =>
            mention.Field == TextField.Caption || (mention.Field == TextField.Body && mention.Start < firstParagraphEnd));
        return Math.Round((0.5 * frequency) + (inHeadline ? 0.3 : 0) + (inLede ? 0.2 : 0), 4);
    }
}
