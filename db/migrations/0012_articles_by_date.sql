-- 0012: the article list without a search or filter is read in date order from an index and stopped at the page,
-- instead of sorting every article (100,000 of them hit the 2 s query time limit with sort=oldest). The index
-- expressions are the API's sort keys, as in 0007: undated articles come last in both orders. IF NOT EXISTS, so a
-- database that got this before a lower-numbered migration (worked on in parallel) can take both in either order.

CREATE INDEX IF NOT EXISTS articles_newest ON articles (COALESCE(published, '') DESC, id);
CREATE INDEX IF NOT EXISTS articles_oldest ON articles (COALESCE(published, '9999-12-31'), id);
