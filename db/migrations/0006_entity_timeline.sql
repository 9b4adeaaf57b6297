-- 0006: how many articles mention each entity per publication day, rebuilt with the other entity statistics, so a
-- timeline reads one row per day with articles (weeks and months are sums of days) instead of one per article.

CREATE TABLE entity_timeline (
    entity_id TEXT NOT NULL,
    published TEXT NOT NULL,                     -- yyyy-MM-dd; undated articles are article_count minus the sum of these
    articles  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, published)
) STRICT, WITHOUT ROWID;

-- Marks the statistics as never built, so the next seed (or API start) builds them, this table included.
DELETE FROM corpus_statistics;
