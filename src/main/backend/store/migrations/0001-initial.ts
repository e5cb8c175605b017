import type { Migration } from './migration';

// Schema v1. Never edit this file once released, not even its whitespace: a file is
// trusted only when its sqlite_schema equals, byte for byte, what these statements
// produce (see ../schema-check.ts). Changes go into a new numbered migration.
//
// Tables are STRICT so SQLite itself (and PRAGMA quick_check on an untrusted file)
// guarantees column types; the code still parses JSON columns defensively.
// No triggers: the FTS index is kept in step by the store's own statements, because
// with trusted_schema=OFF a trigger may not write to a virtual table.
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  government TEXT NOT NULL,
  term_start TEXT,
  term_end TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sections (
  id TEXT PRIMARY KEY NOT NULL,
  path TEXT NOT NULL CHECK (json_valid(path)),
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  heading TEXT NOT NULL,
  agreement TEXT NOT NULL,
  body TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('not-rated', 'not-started', 'in-progress', 'partially-kept', 'kept', 'broken')),
  verdict_note TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'final')),
  agreement_checksum TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX sections_by_path_name ON sections (path, name);

CREATE TABLE refs (
  section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number INTEGER NOT NULL,
  date TEXT NOT NULL,
  meeting_start TEXT,
  title TEXT NOT NULL,
  url TEXT,
  PRIMARY KEY (section_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  section_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  author TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  content_hash TEXT NOT NULL,
  summary TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  UNIQUE (section_id, revision)
) STRICT;

CREATE TABLE decisions (
  key INTEGER PRIMARY KEY,
  id TEXT,
  date TEXT,
  meeting_start TEXT,
  title TEXT NOT NULL,
  url TEXT,
  text TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX decisions_by_id ON decisions (id);
CREATE INDEX decisions_by_title_start ON decisions (title, meeting_start);
CREATE INDEX decisions_without_id ON decisions (title, meeting_start) WHERE id IS NULL;
CREATE INDEX decisions_by_date ON decisions (date DESC, key DESC);
CREATE INDEX decisions_by_key_date ON decisions (key, date);
CREATE INDEX decisions_by_url ON decisions (url);

CREATE VIRTUAL TABLE decisions_fts USING fts5 (
  title,
  text,
  content = 'decisions',
  content_rowid = 'key',
  tokenize = 'unicode61 remove_diacritics 2'
);
`);
  },
};
