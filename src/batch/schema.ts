import type Database from 'better-sqlite3';
import { PlankitError } from '../core/errors.js';

/**
 * The results database schema, as an ordered list of migrations. `PRAGMA user_version` holds the
 * number of migrations applied, so an older database is brought up to date on open and a newer one
 * (written by a later plankit) is refused rather than misread. SCHEMA.md documents every column.
 *
 * The SQL lives in TypeScript (not a .sql file) so that `tsc` ships it in dist/ with the code.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: initial schema
  `
  CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('running', 'completed', 'interrupted')),
    plankit_version TEXT    NOT NULL,
    inputs          TEXT    NOT NULL,
    options         TEXT    NOT NULL,
    files_seen      INTEGER NOT NULL DEFAULT 0,
    files_analyzed  INTEGER NOT NULL DEFAULT 0,
    files_skipped   INTEGER NOT NULL DEFAULT 0,
    files_failed    INTEGER NOT NULL DEFAULT 0,
    bytes_analyzed  INTEGER NOT NULL DEFAULT 0,
    elapsed_ms      REAL,
    peak_rss_bytes  INTEGER
  );

  CREATE TABLE files (
    id               INTEGER PRIMARY KEY,
    path             TEXT    NOT NULL UNIQUE,
    hash             TEXT    NOT NULL,
    size             INTEGER NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
    error_kind       TEXT,
    error_message    TEXT,
    encoding         TEXT,
    encoding_certain INTEGER,
    format           TEXT,
    script           TEXT,
    title            TEXT,
    chars            INTEGER,
    variant_count    INTEGER,
    read_ms          REAL,
    analyze_ms       REAL,
    run_id           INTEGER NOT NULL REFERENCES runs (id)
  );
  CREATE INDEX files_hash ON files (hash);

  CREATE TABLE variants (
    id           INTEGER PRIMARY KEY,
    file_id      INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    variant_id   TEXT    NOT NULL UNIQUE,
    label        TEXT,
    idx          INTEGER NOT NULL,
    header_start INTEGER,
    header_end   INTEGER,
    body_start   INTEGER NOT NULL,
    body_end     INTEGER NOT NULL,
    start_line   INTEGER NOT NULL,
    end_line     INTEGER NOT NULL,
    body_line    INTEGER NOT NULL,
    body_col     INTEGER NOT NULL,
    chars        INTEGER NOT NULL,
    norm_chars   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    folded       TEXT    NOT NULL,
    terms        TEXT    NOT NULL
  );
  CREATE INDEX variants_file ON variants (file_id);

  CREATE TABLE outline_items (
    id          INTEGER PRIMARY KEY,
    variant     INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    marker      TEXT    NOT NULL,
    style       TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    ordinal     INTEGER,
    depth       INTEGER NOT NULL,
    parent_line INTEGER,
    title       TEXT    NOT NULL
  );
  CREATE INDEX outline_items_variant ON outline_items (variant);

  CREATE TABLE diagnostics (
    id       INTEGER PRIMARY KEY,
    file_id  INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    variant  INTEGER REFERENCES variants (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    code     TEXT    NOT NULL,
    severity TEXT    NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    line     INTEGER NOT NULL,
    col      INTEGER NOT NULL,
    message  TEXT    NOT NULL,
    data     TEXT
  );
  CREATE INDEX diagnostics_file ON diagnostics (file_id);

  CREATE TABLE slots (
    id      INTEGER PRIMARY KEY,
    variant INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    line    INTEGER NOT NULL,
    col     INTEGER NOT NULL,
    length  INTEGER NOT NULL,
    value   TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    type    TEXT    NOT NULL,
    unit    TEXT,
    label   TEXT
  );
  CREATE INDEX slots_variant ON slots (variant);

  CREATE TABLE passages (
    id         INTEGER PRIMARY KEY,
    file_id    INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    variant    INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('sentence', 'paragraph')),
    key        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    norm_chars INTEGER NOT NULL
  );
  CREATE INDEX passages_file ON passages (file_id);

  CREATE TABLE families (
    id        INTEGER PRIMARY KEY,
    family    TEXT    NOT NULL UNIQUE,
    canonical TEXT    NOT NULL,
    size      INTEGER NOT NULL,
    run_id    INTEGER NOT NULL REFERENCES runs (id)
  );

  CREATE TABLE family_members (
    family_id  INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    variant_id TEXT    NOT NULL,
    PRIMARY KEY (family_id, variant_id)
  ) WITHOUT ROWID;
  CREATE INDEX family_members_variant ON family_members (variant_id);

  CREATE TABLE templates (
    family_id INTEGER PRIMARY KEY REFERENCES families (id) ON DELETE CASCADE,
    template  TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Indexes created after the per-file phase of a run (and before anything reads them), not by the
 * migration: passage keys are hashes, so every insert into their index lands on a random page — on
 * a first run that cost more than all other writes together, while building the index once over
 * the finished table is a single sort. Once it exists, later runs simply maintain it.
 */
export const DEFERRED_INDEXES: readonly string[] = [
  'CREATE INDEX IF NOT EXISTS passages_key ON passages (kind, key, file_id)',
];

/** Every table, in the order an export lists them (parents before children). */
export const TABLES = [
  'runs',
  'files',
  'variants',
  'outline_items',
  'diagnostics',
  'slots',
  'passages',
  'families',
  'family_members',
  'templates',
] as const;
export type TableName = (typeof TABLES)[number];

/** The schema version a database is at (0: none, a new or foreign file). */
export function schemaVersion(db: Database.Database): number {
  const v: unknown = db.pragma('user_version', { simple: true });
  return typeof v === 'number' ? v : 0;
}

/** Tables in the database other than SQLite's own. */
export function userTables(db: Database.Database): number {
  const row: unknown = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).get();
  return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : 0;
}

/**
 * Brings `db` to SCHEMA_VERSION, one migration per transaction. Throws when the database was
 * written by a newer schema (its user_version is higher than ours).
 */
export function migrate(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw new PlankitError('store-newer', { version: current, supported: SCHEMA_VERSION });
  // Version 0 with tables in it is someone else's database: plankit's tables are not added to it.
  if (current === 0 && userTables(db) > 0) throw new PlankitError('store-not-plankit', {});
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
