-- 0003: stories (articles about the same event, grouped by the seeder's StoryBuilder after every seed that changed
-- something) and the data-version stamp the API's ETags come from.

CREATE TABLE stories (
    id                     TEXT PRIMARY KEY,      -- 'story-' + the id of its earliest member (by date, then id): stable
    representative_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    headline               TEXT NOT NULL,         -- the representative article's headline
    article_count          INTEGER NOT NULL,
    first_published        TEXT,                  -- earliest and latest member dates, NULL when no member is dated
    last_published         TEXT
) STRICT;

CREATE INDEX stories_last_published ON stories (last_published, id);

-- similarity = the member's score against the representative (1 for the representative itself).
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    similarity REAL NOT NULL
) STRICT;

CREATE INDEX story_articles_story ON story_articles (story_id, article_id);

-- Scored pairs of articles (a < b) at or above the 'related' threshold, kept for GET /articles/{id}/related.
CREATE TABLE article_similarities (
    article_a      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_b      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text_score     REAL NOT NULL,                 -- estimated Jaccard of the word-shingle sets (MinHash)
    entity_score   REAL NOT NULL,                 -- salience-weighted Jaccard of the entity sets
    score          REAL NOT NULL,
    PRIMARY KEY (article_a, article_b)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_similarities_b ON article_similarities (article_b, article_a);

-- One row: bumped in the same transaction as every story rebuild, i.e. after every seed that changed the data.
CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL,
    built_at TEXT                                 -- NULL until stories were first built
) STRICT;

INSERT INTO data_version (id, version, built_at) VALUES (1, 1, NULL);
