-- Articles and their coded events. Dates are ISO strings so that both
-- SQLite and PostgreSQL compare them the same way; nested parts of an event
-- that are never filtered on (location, evidence) are JSON text.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    date TEXT,
    title TEXT,
    url TEXT,
    text_hash TEXT NOT NULL UNIQUE,
    source_file TEXT,
    event_count INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    date TEXT,
    article_date TEXT,
    sentence_index INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    source_text TEXT NOT NULL,
    source_code TEXT,
    source_country TEXT,
    source_sector TEXT,
    source_name TEXT,
    target_text TEXT,
    target_code TEXT,
    target_country TEXT,
    target_sector TEXT,
    target_name TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    quad_class INTEGER NOT NULL,
    plover_type TEXT,
    plover_mode TEXT,
    location TEXT,
    quote TEXT,
    evidence TEXT NOT NULL
);

CREATE INDEX events_date ON events (date);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_article ON events (article_id, seq);
