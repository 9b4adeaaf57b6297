-- 0013: how many articles mention each entity per section, rebuilt with the other entity statistics, so the facets of
-- one entity's article list read the entity's own rows (sections here, months from entity_timeline, co-mentioned
-- entities from entity_co_mentions) instead of every listed article and its links (seconds at 100k articles).
-- Filled here from the links, as the statistics builder does, so a database seeded before needs no full rebuild.

CREATE TABLE IF NOT EXISTS entity_sections (
    entity_id TEXT NOT NULL,
    section   TEXT NOT NULL,                     -- articles without a section are article_count minus the sum of these
    articles  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, section)
) STRICT, WITHOUT ROWID;

DELETE FROM entity_sections;
INSERT INTO entity_sections (entity_id, section, articles)
SELECT ae.entity_id, a.section, COUNT(*)
FROM article_entities ae JOIN articles a ON a.id = ae.article_id
WHERE a.section IS NOT NULL
GROUP BY ae.entity_id, a.section;
