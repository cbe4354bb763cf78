/**
 * The results database schema, as an ordered list of migrations, for both stores: written in
 * SQLite's DDL, turned into PostgreSQL's by store/dialect.ts (identity keys, 64-bit integers,
 * doubles) — one text, the same tables and columns in both. The schema version (SQLite's
 * `PRAGMA user_version`, PostgreSQL's plankit_schema table) holds the number of migrations applied,
 * so an older database is brought up to date on open and a newer one (written by a later plankit)
 * is refused rather than misread. SCHEMA.md documents every column.
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
  // 2: the title line that is part of a page's dedup unit (a page without 篇 variants), folded
  `
  ALTER TABLE variants ADD COLUMN title_folded TEXT;
  `,
  // 3: many processes on one store (jobs, a work queue with leases, live runs), families computed
  // in the store (per-variant dedup features and LSH band keys, the family phase's work tables),
  // and the reuse report's aggregates.
  `
  ALTER TABLE runs ADD COLUMN job_id INTEGER;
  ALTER TABLE runs ADD COLUMN host TEXT;
  ALTER TABLE runs ADD COLUMN pid INTEGER;
  ALTER TABLE runs ADD COLUMN heartbeat_ms INTEGER;
  ALTER TABLE runs ADD COLUMN enumerated INTEGER NOT NULL DEFAULT 0;

  CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    phase       TEXT    NOT NULL CHECK (phase IN ('files', 'families', 'done')),
    owner       INTEGER,
    lease_ms    INTEGER,
    step        TEXT,
    cursor      INTEGER
  );

  CREATE TABLE queue (
    id       INTEGER PRIMARY KEY,
    job_id   INTEGER NOT NULL,
    path     TEXT    NOT NULL UNIQUE,
    state    TEXT    NOT NULL CHECK (state IN ('pending', 'claimed', 'done')),
    run_id   INTEGER,
    lease_ms INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX queue_job_state ON queue (job_id, state, id);

  CREATE TABLE units (
    variant    INTEGER PRIMARY KEY REFERENCES variants (id) ON DELETE CASCADE,
    norm_key   INTEGER NOT NULL,
    norm_chars INTEGER NOT NULL,
    shingles   INTEGER NOT NULL,
    chars      INTEGER NOT NULL
  );

  CREATE TABLE unit_sentences (
    variant      INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    sentence_key INTEGER NOT NULL,
    PRIMARY KEY (variant, sentence_key)
  ) WITHOUT ROWID;

  CREATE TABLE fam_units (
    ord        INTEGER PRIMARY KEY,
    variant    INTEGER NOT NULL,
    file_id    INTEGER NOT NULL,
    norm_key   INTEGER NOT NULL,
    norm_chars INTEGER NOT NULL,
    rep        INTEGER NOT NULL,
    shingles   INTEGER NOT NULL,
    chars      INTEGER NOT NULL,
    sentences  INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX fam_units_variant ON fam_units (variant);

  CREATE TABLE fam_mass (
    ord  INTEGER PRIMARY KEY,
    mass INTEGER NOT NULL
  );

  CREATE TABLE fam_bands (
    band_key INTEGER NOT NULL,
    ord      INTEGER NOT NULL,
    PRIMARY KEY (band_key, ord)
  ) WITHOUT ROWID;
  CREATE INDEX fam_bands_ord ON fam_bands (ord);

  CREATE TABLE fam_buckets (
    band_key INTEGER NOT NULL,
    pos      INTEGER NOT NULL,
    ord      INTEGER NOT NULL,
    PRIMARY KEY (band_key, pos)
  ) WITHOUT ROWID;
  CREATE INDEX fam_buckets_ord ON fam_buckets (ord);

  CREATE TABLE fam_sentences (
    key INTEGER PRIMARY KEY,
    df  INTEGER NOT NULL
  );

  CREATE TABLE fam_pairs (
    a           INTEGER NOT NULL,
    b           INTEGER NOT NULL,
    relation    TEXT    NOT NULL,
    resemblance REAL    NOT NULL,
    a_in_b      REAL    NOT NULL,
    b_in_a      REAL    NOT NULL,
    shared      REAL    NOT NULL,
    link        INTEGER NOT NULL,
    PRIMARY KEY (a, b)
  ) WITHOUT ROWID;

  CREATE TABLE reuse_passages (
    kind          TEXT    NOT NULL,
    key           INTEGER NOT NULL,
    documents     INTEGER NOT NULL,
    occurrences   INTEGER NOT NULL,
    chars         INTEGER NOT NULL DEFAULT 0,
    first_ord     INTEGER NOT NULL DEFAULT 0,
    first_start   INTEGER NOT NULL DEFAULT 0,
    first_end     INTEGER NOT NULL DEFAULT 0,
    first_line    INTEGER NOT NULL DEFAULT 0,
    first_variant INTEGER NOT NULL DEFAULT 0,
    rank          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, key)
  );
  CREATE INDEX reuse_passages_rank ON reuse_passages (rank);

  CREATE TABLE reuse_documents (
    file_id      INTEGER PRIMARY KEY,
    ord          INTEGER NOT NULL UNIQUE,
    norm_chars   INTEGER NOT NULL,
    reused_chars INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  DROP INDEX IF EXISTS passages_key;
  `,
  // 4: how sure the slot rule is and which rule it was (the \`plankit slots\` JSON's confidence and
  // rule), so a researcher can filter stored slots as --min-confidence does. NULL in rows stored
  // before this version.
  `
  ALTER TABLE slots ADD COLUMN confidence REAL;
  ALTER TABLE slots ADD COLUMN rule TEXT;
  `,
  // 5: the passage-key index also holds each passage's start and normalised length (see
  // DEFERRED_INDEXES), so the reuse aggregates read them from the index; the next run or report
  // builds it anew.
  `
  DROP INDEX IF EXISTS passages_key;
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
  // variant too: family candidates read which variants hold a sentence from the index alone; the
  // reuse aggregates read each occurrence's normalised length and start from it (looking them up
  // in the table, one random page per occurrence, took most of the reuse phase on a corpus larger
  // than the page cache).
  'CREATE INDEX IF NOT EXISTS passages_key ON passages (kind, key, file_id, variant, norm_chars, start)',
  // Sentence keys are hashes too; the family phase counts and joins variants by them.
  'CREATE INDEX IF NOT EXISTS unit_sentences_key ON unit_sentences (sentence_key, variant)',
];

/**
 * Tables of the family phase and the reuse aggregates: derived from the others, rebuilt when
 * needed, not part of an export.
 */
export const WORK_TABLES = ['fam_units', 'fam_mass', 'fam_bands', 'fam_buckets', 'fam_sentences', 'fam_pairs', 'reuse_passages', 'reuse_documents', 'meta'] as const;

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
  'units',
  'unit_sentences',
  'jobs',
  'queue',
] as const;
export type TableName = (typeof TABLES)[number];
