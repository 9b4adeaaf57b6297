-- 0007: each entity link carries its article's date, so an entity's articles are listed newest or oldest first by an
-- index range, instead of fetching and sorting every article of the entity (17,000 for the most mentioned person of a
-- 100k-article archive). The index expressions are the API's sort keys: undated articles come last in both orders.

ALTER TABLE article_entities ADD COLUMN published TEXT;   -- = articles.published, written with the link

UPDATE article_entities SET published = (SELECT published FROM articles WHERE articles.id = article_entities.article_id);

CREATE INDEX article_entities_newest ON article_entities (entity_id, COALESCE(published, '') DESC, article_id);
CREATE INDEX article_entities_oldest ON article_entities (entity_id, COALESCE(published, '9999-12-31'), article_id);
