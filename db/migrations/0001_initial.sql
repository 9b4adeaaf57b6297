-- 0001: articles, entities, their links and mentions, and a full-text index.
-- Applied once by NewsApi.Storage's MigrationRunner, which records it in schema_version.

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,            -- stable, human-readable: from the source file name
    source_file      TEXT NOT NULL UNIQUE,        -- path relative to the seeded folder
    content_hash     TEXT NOT NULL,               -- SHA-256 of the file bytes: unchanged files are skipped
    section          TEXT,
    headline         TEXT NOT NULL,
    headline_derived INTEGER NOT NULL DEFAULT 0,  -- 1 when the document had no headline of its own
    published        TEXT,                        -- ISO date yyyy-MM-dd, NULL when the document gives none
    published_source TEXT,
    dateline         TEXT,
    caption          TEXT,
    credit           TEXT,
    subheadings      TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    body             TEXT NOT NULL,
    word_count       INTEGER NOT NULL,
    seeded_at        TEXT NOT NULL
) STRICT;

CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_section ON articles (section COLLATE NOCASE);

CREATE TABLE entities (
    id   TEXT PRIMARY KEY,                        -- stable slug of the canonical name, e.g. syed-asim-munir
    type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
    name TEXT NOT NULL
) STRICT;

CREATE INDEX entities_type_name ON entities (type, name COLLATE NOCASE);

-- Every name an entity goes by, its canonical name included; key = case-folded, whitespace-collapsed.
-- (Key columns first: sqlite3 before 3.41 wrongly reports NULLs in WITHOUT ROWID tables whose key columns are not.)
CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias_key TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);

-- Which article gave an entity which alias: entity_aliases is rebuilt from these (plus the canonical name)
-- whenever an article is replaced or pruned, so no alias outlives the articles that used it.
CREATE TABLE article_aliases (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias_key  TEXT NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_aliases_entity ON article_aliases (entity_id);

-- salience = 0.5 x (mentions / mentions of the article's most mentioned entity)
--          + 0.3 if mentioned in the headline + 0.2 if mentioned in the caption or the first paragraph.
CREATE TABLE article_entities (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    mention_count INTEGER NOT NULL,
    salience      REAL NOT NULL,                  -- 0..1, see above
    PRIMARY KEY (article_id, entity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

-- Roles and titles a person holds according to one article ("Prime Minister", "Field Marshal").
CREATE TABLE entity_roles (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_roles_entity ON entity_roles (entity_id);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    field      TEXT NOT NULL CHECK (field IN ('headline', 'caption', 'body')),
    start      INTEGER NOT NULL,                  -- [start, end) character offsets into that field
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   TEXT NOT NULL
) STRICT;

CREATE INDEX mentions_article_entity ON mentions (article_id, entity_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- Full-text index kept in step with articles by the seeder (same transaction).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    article_id UNINDEXED,
    headline,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
