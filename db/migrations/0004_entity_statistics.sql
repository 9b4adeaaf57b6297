-- 0004: per-entity statistics, rebuilt from scratch by the seeder's EntityStatisticsBuilder after every seed that changed
-- something (before the story rebuild bumps the data version), so that an entity lookup reads a few stored rows instead
-- of counting every article and mention of the entity. Derived data only: no foreign keys, the rebuild replaces it all.

-- One row per entity in at least one article.
CREATE TABLE entity_statistics (
    entity_id     TEXT PRIMARY KEY,
    article_count INTEGER NOT NULL,
    mention_count INTEGER NOT NULL,
    first_seen    TEXT,                          -- earliest and latest publication date of its dated articles
    last_seen     TEXT
) STRICT, WITHOUT ROWID;

-- Each name as the articles write it (mentions.text, case kept), with how many mentions and articles use it.
CREATE TABLE entity_alias_usage (
    entity_id     TEXT NOT NULL,
    alias         TEXT NOT NULL,
    mentions      INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) STRICT, WITHOUT ROWID;

CREATE TABLE entity_role_statistics (
    entity_id     TEXT NOT NULL,
    role          TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    articles      TEXT NOT NULL,                 -- JSON array of the ids of the articles that state it, ascending
    PRIMARY KEY (entity_id, role)
) STRICT, WITHOUT ROWID;

-- Co-occurrence: both directions of every pair of entities mentioned in the same article. The index is the order
-- GET /entities/{id}/related pages in (most shared articles first, then the rarer target, i.e. higher PMI).
CREATE TABLE entity_co_mentions (
    entity_id      TEXT NOT NULL,
    other_id       TEXT NOT NULL,
    articles       INTEGER NOT NULL,             -- articles that mention both
    other_articles INTEGER NOT NULL,             -- articles that mention other_id
    PRIMARY KEY (entity_id, other_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_co_mentions_rank ON entity_co_mentions (entity_id, articles DESC, other_articles, other_id);

-- One row once the statistics were built: the article count PMI divides by, and when.
CREATE TABLE corpus_statistics (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    article_count INTEGER NOT NULL,
    built_at      TEXT NOT NULL
) STRICT;
