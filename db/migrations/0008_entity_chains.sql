-- 0008: entities are resolved across the whole archive after each seed, not article by article as files are written.
-- What extraction found in one article is kept as it was found ("chains": one per entity of the article, with every name
-- the article uses for it), and the seeder's EntityResolution pass decides from all chains together which are one
-- entity, then writes entity_id into the chains, the mentions and the link tables. article_aliases is replaced by the
-- chains' names; entities gain a confidence.

CREATE TABLE article_chains (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    chain         INTEGER NOT NULL,                -- 0, 1, ... within the article
    type          TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),  -- as the article has it
    name          TEXT NOT NULL,                   -- the fullest name the article gives it
    names         TEXT NOT NULL,                   -- JSON [{"text", "mentions", "titled"}]: every name the article uses for it
    roles         TEXT NOT NULL DEFAULT '[]',      -- JSON array of the roles the article gives a person
    mention_count INTEGER NOT NULL,
    in_headline   INTEGER NOT NULL DEFAULT 0,      -- for salience: named in the headline; in the caption or first paragraph
    in_lede       INTEGER NOT NULL DEFAULT 0,
    confidence    REAL NOT NULL DEFAULT 1,         -- the tagger's, 0..1; 1 for names found by rules
    entity_id     TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (article_id, chain)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_chains_entity ON article_chains (entity_id);

ALTER TABLE mentions ADD COLUMN chain INTEGER NOT NULL DEFAULT 0;

ALTER TABLE entities ADD COLUMN confidence REAL NOT NULL DEFAULT 1;  -- 0..1: how sure the archive is that it is a real name
-- 1 once a resolution has published the id; 0 for a first guess made while a seed writes (see EntityFinder). A published
-- id is kept over a newer one when resolution finds both are one entity, since other services may hold it.
ALTER TABLE entities ADD COLUMN id_published INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET id_published = 1;

-- One row once the archive was resolved (the seeder's EntityResolution): none means resolve at the next seed or start.
CREATE TABLE entity_resolution (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    chains      INTEGER NOT NULL,
    resolved_at TEXT NOT NULL
) STRICT;

-- A database seeded before chains existed: each of its article-entity links becomes a chain, named as its entity.
INSERT INTO article_chains (article_id, chain, type, name, names, roles, mention_count, in_headline, in_lede, entity_id)
SELECT ae.article_id,
       ROW_NUMBER() OVER (PARTITION BY ae.article_id ORDER BY ae.entity_id) - 1,
       e.type,
       e.name,
       COALESCE((SELECT json_group_array(json_object('text', m.text, 'mentions', m.uses, 'titled', json('false')))
                 FROM (SELECT text, COUNT(*) AS uses FROM mentions
                       WHERE article_id = ae.article_id AND entity_id = ae.entity_id GROUP BY text) m), '[]'),
       COALESCE((SELECT json_group_array(role) FROM entity_roles r WHERE r.article_id = ae.article_id AND r.entity_id = ae.entity_id), '[]'),
       ae.mention_count,
       EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id AND m.field = 'headline'),
       -- salience = 0.5 x relative mentions + 0.3 headline + 0.2 lede, so what is left over the mentions says both
       ROUND(ae.salience - 0.5 * ae.mention_count / (SELECT MAX(mention_count) FROM article_entities o WHERE o.article_id = ae.article_id), 2) IN (0.2, 0.5),
       ae.entity_id
FROM article_entities ae JOIN entities e ON e.id = ae.entity_id;

UPDATE mentions SET chain = (SELECT c.chain FROM article_chains c WHERE c.article_id = mentions.article_id AND c.entity_id = mentions.entity_id);

DROP TABLE article_aliases;

-- Statistics are rebuilt after the resolution.
DELETE FROM corpus_statistics;
