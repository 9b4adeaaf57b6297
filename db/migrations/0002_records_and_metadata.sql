-- 0002: files that hold several articles (JSON, JSON Lines), the metadata HTML pages and exports carry, and one row per
-- seeded file. Rebuilds articles (SQLite cannot drop the UNIQUE on source_file in place); the runner applies
-- migrations with foreign keys off and checks them before committing, as SQLite's documented table rebuild requires.

CREATE TABLE articles_new (
    id               TEXT PRIMARY KEY,
    source_file      TEXT NOT NULL,               -- path relative to the seeded folder
    record           TEXT NOT NULL DEFAULT '',    -- which article of a multi-article file: its id, URL or "line 3"; '' for a whole file
    content_hash     TEXT NOT NULL,               -- SHA-256 of the whole file's bytes
    section          TEXT,
    headline         TEXT NOT NULL,
    headline_derived INTEGER NOT NULL DEFAULT 0,
    published        TEXT,
    published_source TEXT,                        -- 'date-line', 'metadata' or 'text'; NULL with published
    dateline         TEXT,
    caption          TEXT,
    credit           TEXT,
    subheadings      TEXT NOT NULL DEFAULT '[]',
    body             TEXT NOT NULL,
    word_count       INTEGER NOT NULL,
    seeded_at        TEXT NOT NULL,
    author           TEXT,
    url              TEXT,
    publisher        TEXT,
    date_references  TEXT NOT NULL DEFAULT '[]',  -- JSON [{"text": "on Wednesday", "start": n, "end": n, "date": "yyyy-MM-dd"}]
    UNIQUE (source_file, record)
) STRICT;

INSERT INTO articles_new (id, source_file, content_hash, section, headline, headline_derived, published, published_source,
                          dateline, caption, credit, subheadings, body, word_count, seeded_at)
SELECT id, source_file, content_hash, section, headline, headline_derived, published, published_source,
       dateline, caption, credit, subheadings, body, word_count, seeded_at
FROM articles;

DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;

CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_section ON articles (section COLLATE NOCASE);

-- One row per file stored (wholly or in part): its hash decides whether a re-run skips it, and the records that could
-- not be read are kept so that a skipped file still reports them.
CREATE TABLE source_files (
    path            TEXT PRIMARY KEY,
    content_hash    TEXT NOT NULL,
    record_failures TEXT NOT NULL DEFAULT '[]'    -- JSON [{"record": "line 7", "reason": "..."}]
) STRICT;

INSERT INTO source_files (path, content_hash) SELECT source_file, content_hash FROM articles;
