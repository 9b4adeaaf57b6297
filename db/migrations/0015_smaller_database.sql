-- 0015: the same data in about half the space (issue 14). Two things took most of the file:
-- 1. The full-text index kept its own copy of every headline and body. It now reads them from articles ("external
--    content"), through a view that gives them under the index's column names; articles.search_rowid is the index's
--    rowid for the article (the search index beside the database refers to articles by it, so existing values are
--    kept), and triggers keep the index in step with the table.
-- 2. Every mention stored its whole sentence, its entity's id and two indexes. A mention's sentence is now its place
--    in the field ([sentence_start, sentence_start + sentence_length), counted in characters from 1, as SQLite's
--    substr counts), kept as text only when it is not found there; its entity is its chain's (article_chains), and the
--    table is clustered by article, which is how it is read.

ALTER TABLE articles ADD COLUMN search_rowid INTEGER;

CREATE TEMP TABLE search_rowids (article_id TEXT PRIMARY KEY, search_rowid INTEGER NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO temp.search_rowids SELECT article_id, rowid FROM articles_fts;
UPDATE articles SET search_rowid = (SELECT search_rowid FROM temp.search_rowids WHERE article_id = articles.id);
-- An article the old index missed (none should be) gets a number of its own after the others.
UPDATE articles SET search_rowid = (SELECT COALESCE(MAX(search_rowid), 0) FROM articles) + rowid WHERE search_rowid IS NULL;
DROP TABLE temp.search_rowids;
CREATE UNIQUE INDEX articles_search_rowid ON articles (search_rowid);

CREATE VIEW articles_search_content AS SELECT search_rowid, id AS article_id, headline, body FROM articles;

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    article_id UNINDEXED,
    headline,
    body,
    content = 'articles_search_content',
    content_rowid = 'search_rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, article_id, headline, body) VALUES (new.search_rowid, new.id, new.headline, new.body);
END;

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, article_id, headline, body) VALUES ('delete', old.search_rowid, old.id, old.headline, old.body);
END;

CREATE TRIGGER articles_search_update AFTER UPDATE OF id, headline, body, search_rowid ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, article_id, headline, body) VALUES ('delete', old.search_rowid, old.id, old.headline, old.body);
    INSERT INTO articles_fts (rowid, article_id, headline, body) VALUES (new.search_rowid, new.id, new.headline, new.body);
END;

CREATE TABLE mentions_clustered (
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    mention         INTEGER NOT NULL,                  -- 0, 1, ... within the article
    chain           INTEGER NOT NULL,                  -- article_chains (article_id, chain): its entity
    field           TEXT NOT NULL CHECK (field IN ('headline', 'caption', 'body')),
    start           INTEGER NOT NULL,                  -- [start, end) UTF-16 offsets into that field, as the API gives them
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    sentence_start  INTEGER,                           -- the sentence: substr(field, sentence_start, sentence_length)
    sentence_length INTEGER,
    sentence        TEXT,                              -- only when it is not found in the field
    PRIMARY KEY (article_id, mention)
) STRICT, WITHOUT ROWID;

INSERT INTO mentions_clustered (article_id, mention, chain, field, start, end, text, sentence_start, sentence_length, sentence)
SELECT article_id, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY id) - 1, chain, field, start, end, text,
       NULLIF(position, 0), IIF(position > 0, length(sentence), NULL), IIF(position > 0, NULL, sentence)
FROM (SELECT m.*, instr(CASE m.field WHEN 'headline' THEN a.headline WHEN 'caption' THEN a.caption ELSE a.body END, m.sentence) AS position
      FROM mentions m JOIN articles a ON a.id = m.article_id);

DROP TABLE mentions;
ALTER TABLE mentions_clustered RENAME TO mentions;
