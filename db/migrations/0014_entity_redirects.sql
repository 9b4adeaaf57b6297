-- 0014: ids that resolution retired because their entity joined another (a surname-only "Blair" found to be Tony Blair,
-- an acronym matched to its full name). Clients keep ids, so the API answers a retired id with a redirect to the entity
-- that took its articles instead of a 404. Resolution keeps the table current: a redirect follows its target when that
-- is retired in turn, and goes when its id names an entity again.

CREATE TABLE IF NOT EXISTS entity_redirects (
    id         TEXT PRIMARY KEY,                 -- the retired id
    entity_id  TEXT NOT NULL,                    -- the entity most of its chains joined
    retired_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
