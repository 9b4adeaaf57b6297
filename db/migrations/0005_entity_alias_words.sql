-- 0005: the name lookup's word index, rebuilt with the other entity statistics. For each alias, its key from the start
-- of every word on (match_rank 0 for the whole key, 1 from a later word), so a B-tree range finds the aliases that start
-- with q or have a word starting with q without reading every alias.

CREATE TABLE entity_alias_words (
    word_key   TEXT NOT NULL,                    -- a suffix of entity_aliases.alias_key that starts a word
    entity_id  TEXT NOT NULL,
    alias      TEXT NOT NULL,
    match_rank INTEGER NOT NULL,
    PRIMARY KEY (word_key, entity_id, alias)
) STRICT, WITHOUT ROWID;

-- Marks the statistics as never built, so the next seed (or API start) builds them, this table included.
DELETE FROM corpus_statistics;
