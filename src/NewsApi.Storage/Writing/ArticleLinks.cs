namespace NewsApi.Storage.Writing;

/// <summary>
/// The article-entity links the API reads (article_entities with salience, entity_roles), written
/// from the article's chains, so that they follow wherever resolution puts each chain: two chains of one article that
/// are one entity become one link. Salience = 0.5 x the link's mentions relative to the article's most mentioned entity
/// + 0.3 if the headline names it + 0.2 if the caption or first paragraph does: news puts its main actors up front.
/// </summary>
internal static class ArticleLinks
{
    /// <summary>Writes the links of article @ArticleId, just written.</summary>
    public static readonly string ForArticleSql = Sql("= @ArticleId");

    /// <summary>Rewrites the links of the articles listed in temp.changed_articles.</summary>
    public static readonly string ForChangedArticlesSql = Sql("IN (SELECT id FROM temp.changed_articles)");

    private static string Sql(string articles) => $"""
        DELETE FROM article_entities WHERE article_id {articles};
        DELETE FROM entity_roles WHERE article_id {articles};
        INSERT INTO article_entities (article_id, entity_id, mention_count, salience, published)
        SELECT g.article_id, g.entity_id, g.mentions,
               ROUND(0.5 * g.mentions / MAX(g.mentions) OVER (PARTITION BY g.article_id) + 0.3 * g.in_headline + 0.2 * g.in_lede, 4),
               a.published
        FROM (SELECT article_id, entity_id, SUM(mention_count) AS mentions, MAX(in_headline) AS in_headline, MAX(in_lede) AS in_lede
              FROM article_chains WHERE article_id {articles} GROUP BY article_id, entity_id) g
        JOIN articles a ON a.id = g.article_id;
        INSERT OR IGNORE INTO entity_roles (article_id, entity_id, role)
        SELECT c.article_id, c.entity_id, r.value FROM article_chains c, json_each(c.roles) r WHERE c.article_id {articles};
        """;
}
