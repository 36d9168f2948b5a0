/**
 * The case database schema (SQLite, WAL). Migrations are numbered; `user_version` says which have run.
 * Provenance is a foreign key: a file row says where a blob was found (source, path, container chain), a document
 * row holds what was extracted from a blob, and every later derived fact will point at a document.
 */
import type Database from 'better-sqlite3';
import { termsOf } from '../../text/analyse.js';
import { facetsOf } from './facets.js';

/** A migration: SQL, or a function for what SQL alone cannot do (it runs in the migration's transaction). */
export type Migration = string | ((db: Database.Database) => void);

/**
 * The full-text index. terms and title: analysed text (text/analyse.ts); facets: tokens for type and language
 * filters (ftypepdf, flangar), so filtered searches intersect inside the index instead of ranking every match
 * first. Prefix indexes of one and two characters: a short prefix ("s*", "al-Ma*") otherwise merges the
 * doclists of every term it expands to (283 ms for "ash-S*" at 1,000,000 documents); longer prefixes expand
 * to few terms.
 */
export const DOC_FTS = `CREATE VIRTUAL TABLE doc_fts USING fts5(terms, title, facets, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0", prefix='1 2')`;

export const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    roots TEXT NOT NULL,            -- JSON array of absolute paths as given
    custodian TEXT,
    seized_at TEXT,
    seized_where TEXT,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
  );
  CREATE TABLE custody_events (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL           -- JSON
  );
  CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    sha1 TEXT NOT NULL,
    md5 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    stored INTEGER NOT NULL DEFAULT 1  -- 0 when the bytes were too big or unsafe to keep
  );
  CREATE INDEX blobs_sha1 ON blobs(sha1);
  CREATE INDEX blobs_md5 ON blobs(md5);
  CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    parent_id INTEGER REFERENCES files(id),
    path TEXT NOT NULL,             -- path inside the source (of the outermost file)
    chain TEXT NOT NULL DEFAULT '', -- member names from the outer file inward, joined by U+001F
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    size INTEGER NOT NULL,
    mtime TEXT,
    ctime TEXT,
    atime TEXT,
    error TEXT,                     -- why a member could not be read (encrypted, unsafe, limit...)
    UNIQUE (source_id, path, chain)
  );
  CREATE INDEX files_sha ON files(sha256);
  CREATE INDEX files_parent ON files(parent_id);
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
    mime TEXT NOT NULL,
    depth INTEGER NOT NULL,         -- container depth of its first occurrence
    status TEXT NOT NULL,           -- pending | done | error | known
    error_reason TEXT,
    error_message TEXT,
    title TEXT,
    text TEXT,
    languages TEXT,                 -- JSON array
    method TEXT,                    -- text-layer | ocr | none
    ocr_confidence REAL,
    page_count INTEGER,
    structure TEXT,                 -- JSON: pages, sheets, messages, email
    metadata TEXT,                  -- JSON
    doc_date TEXT,                  -- best date for filters (email date, created, EXIF time)
    extractor_version INTEGER,
    extracted_at TEXT
  );
  CREATE INDEX documents_status ON documents(status);
  CREATE TABLE known_hashes (
    hash TEXT PRIMARY KEY,          -- lower-case hex of MD5, SHA-1 or SHA-256
    list TEXT NOT NULL,
    name TEXT
  );
  -- The full-text index: see DOC_FTS (migration 4 rebuilds it with prefix indexes).
  CREATE VIRTUAL TABLE doc_fts USING fts5(terms, title, facets, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0");
  `,
  `
  -- Entities stage. A mention cites its document and offsets into the exact text; 'entity' is set by
  -- resolution. entity_stage says which recogniser versions ran on a document (a version bump re-runs them).
  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid),
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    value TEXT NOT NULL,
    recogniser TEXT NOT NULL,
    confidence REAL NOT NULL,
    attrs TEXT,                     -- JSON
    entity TEXT                     -- entities(id), set by resolution
  );
  CREATE INDEX mentions_doc ON mentions(doc);
  CREATE INDEX mentions_value ON mentions(type, value);
  CREATE INDEX mentions_entity ON mentions(entity);
  CREATE TABLE entity_stage (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
    version TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    error TEXT,
    at TEXT NOT NULL
  );
  -- Resolved entities, rebuilt by each resolution run; ids are stable (a hash of the entity's anchor name).
  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,             -- display name
    name_ar TEXT,                   -- best name in Arabic script
    name_latin TEXT,                -- best Latin name (a transliteration when none was seen)
    names TEXT NOT NULL,            -- JSON [{value, surface, script, count}]
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    ambiguous INTEGER NOT NULL DEFAULT 0,
    evidence TEXT NOT NULL          -- JSON: why its names were put together
  );
  CREATE INDEX entities_type ON entities(type, mentions);
  -- Analyst decisions, replayed after every resolution run. They name values (type, value), never row ids.
  CREATE TABLE entity_overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,           -- merge | split | rename | distinct
    payload TEXT NOT NULL,          -- JSON
    actor TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    details TEXT NOT NULL           -- JSON
  );
  CREATE TABLE watchlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    source TEXT NOT NULL,           -- the file imported
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    entries INTEGER NOT NULL
  );
  CREATE TABLE watchlist_entries (
    id INTEGER PRIMARY KEY,
    list INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,              -- the list's own id (UN reference number, OFAC ent_num)
    kind TEXT NOT NULL,
    entry TEXT NOT NULL,            -- JSON WatchlistEntry
    UNIQUE (list, ref)
  );
  CREATE TABLE screening_hits (
    entity TEXT NOT NULL,
    entry INTEGER NOT NULL REFERENCES watchlist_entries(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    entity_name TEXT NOT NULL,
    list_name TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (entity, entry)
  );
  `,
  `
  -- Analysis stage, rebuilt after every resolution. Every row cites its document (and row or offsets).
  CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid),
    sheet TEXT,
    "row" INTEGER,
    start INTEGER,
    "end" INTEGER,
    date TEXT,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    usd REAL,
    payer TEXT,
    payee TEXT,
    payer_entity TEXT,
    payee_entity TEXT,
    memo TEXT,
    category TEXT NOT NULL,
    category_reason TEXT NOT NULL,
    direction TEXT NOT NULL,
    country TEXT,
    country_reason TEXT,
    surface TEXT NOT NULL,
    confidence REAL NOT NULL
  );
  CREATE INDEX transactions_doc ON transactions(doc);
  CREATE INDEX transactions_date ON transactions(date);
  CREATE TABLE country_verdicts (
    doc INTEGER NOT NULL REFERENCES documents(rowid),
    country TEXT NOT NULL,
    score REAL NOT NULL,
    urgency REAL NOT NULL,
    reasons TEXT NOT NULL,          -- JSON: kind, surface, offsets, weight
    urgency_reasons TEXT NOT NULL,  -- JSON array of strings
    PRIMARY KEY (doc, country)
  );
  CREATE INDEX country_verdicts_country ON country_verdicts(country, urgency);
  CREATE TABLE timeline_events (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    entities TEXT NOT NULL,         -- JSON array of entity ids
    countries TEXT NOT NULL         -- JSON array of ISO codes
  );
  CREATE INDEX timeline_events_date ON timeline_events(date);
  -- Link-graph edges, one row per piece of evidence; the graph aggregates them when a query loads it.
  CREATE TABLE edges (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    weight REAL NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(rowid),
    start INTEGER,
    "end" INTEGER,
    sheet TEXT,
    "row" INTEGER,
    note TEXT
  );
  CREATE INDEX edges_source ON edges(source);
  CREATE INDEX edges_target ON edges(target);
  CREATE TABLE analysis_stage (
    version TEXT NOT NULL,
    at TEXT NOT NULL,
    documents INTEGER NOT NULL
  );
  `,
  // 4: the full-text index gains prefix indexes and a year facet; a contentless index cannot be altered, so it is rebuilt from
  // the documents' exact text.
  (db) => {
    db.exec('DROP TABLE doc_fts');
    db.exec(DOC_FTS);
    const insert = db.prepare('INSERT INTO doc_fts (rowid, terms, title, facets) VALUES (?, ?, ?, ?)');
    // In batches: better-sqlite3 cannot write while a statement is iterating.
    const batch = db.prepare("SELECT rowid, mime, text, title, languages, doc_date FROM documents WHERE status = 'done' AND rowid > ? ORDER BY rowid LIMIT 500");
    for (let after = 0; ; ) {
      const rows = batch.all(after) as { rowid: number; mime: string; text: string | null; title: string | null; languages: string | null; doc_date: string | null }[];
      if (rows.length === 0) break;
      for (const r of rows) {
        const terms = termsOf(r.text ?? '');
        const titleTerms = termsOf(r.title ?? '');
        if (terms !== '' || titleTerms !== '') insert.run(r.rowid, terms, titleTerms, facetsOf(r.mime, JSON.parse(r.languages ?? '[]') as string[], r.doc_date));
      }
      after = rows[rows.length - 1]!.rowid;
    }
  },
];
