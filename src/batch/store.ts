import Database from 'better-sqlite3';
import { packPassages, PASSAGE_FIELDS, type FileFailure, type FileRecord, type VariantRecord } from './record.js';
import { PlankitError } from '../core/errors.js';
import { DEFERRED_INDEXES, migrate, schemaVersion, userTables } from './schema.js';
import type { DiagnosticRow, FileRow, OutlineRow, PassageRow, SlotRow, VariantRow } from './rows.js';
import { checkStorePlace, storeError } from './store-errors.js';

/** What identifies a file's content: the store skips a path whose hash it already holds. */
export interface FileMeta {
  path: string;
  /** sha256 of the bytes, hex. */
  hash: string;
  size: number;
}

export type FileOutcome = { ok: FileRecord } | { failed: FileFailure; readMs?: number };

export interface StoredFile {
  meta: FileMeta;
  status: 'ok' | 'failed';
  runId: number;
  outcome: FileOutcome;
}

export interface RunCounts {
  filesSeen: number;
  filesAnalyzed: number;
  filesSkipped: number;
  filesFailed: number;
  bytesAnalyzed: number;
}

export interface FamilyRow {
  family: string;
  canonical: string;
  members: string[];
  /** The family's template (JSON-serialisable), when one was built. */
  template?: unknown;
}

export interface StoreOptions {
  /**
   * Group commit: files stored within this many milliseconds share one transaction, each file in a
   * savepoint of its own (still all or nothing per file). 0 commits every file on its own. A run
   * killed mid-group loses at most this much work, which the next run simply redoes.
   */
  groupCommitMs?: number;
  /** SQLite page cache in MiB: index pages of the passage keys are hit at random. */
  cacheMb?: number;
  /**
   * The database must already be a plankit results database (reading a report from it): a missing,
   * empty or foreign file is refused instead of being made into a new, empty one.
   */
  existing?: boolean;
}

/** SQLite's default page cache (2 MiB) thrashes on the random-order passage-key index. */
export const DEFAULT_CACHE_MB = 64;

/**
 * The results database. The main thread is its only writer; every file's rows go in one
 * transaction or savepoint (all or nothing), so a run killed at any instant leaves whole files
 * only, and a re-run knows exactly which ones are done.
 */
export class Store {
  readonly db: Database.Database;
  private readonly stmts: ReturnType<typeof prepare>;
  private readonly groupCommitMs: number;
  /** When the open group transaction began (null: none open). */
  private groupStarted: number | null = null;

  /**
   * Opens (or creates) the database at `path`. A problem a user can fix — a folder that is missing
   * or read-only, a damaged or foreign file, a newer schema — throws a PlankitError of kind `store`
   * naming the path.
   */
  constructor(path: string, options: StoreOptions = {}) {
    checkStorePlace(path, options.existing === true);
    let db: Database.Database | null = null;
    try {
      db = new Database(path, options.existing === true ? { fileMustExist: true } : {});
      // WAL: readers never block the writer; synchronous=NORMAL is safe against a killed process
      // (only a power loss can drop the last commits), and much faster than FULL.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`cache_size = -${(options.cacheMb ?? DEFAULT_CACHE_MB) * 1024}`);
      if (options.existing === true && schemaVersion(db) === 0) throw new PlankitError(userTables(db) > 0 ? 'store-not-plankit' : 'store-empty', {}, path);
      migrate(db);
      this.stmts = prepare(db);
    } catch (e) {
      db?.close();
      throw storeError(path, e, true);
    }
    this.db = db;
    this.groupCommitMs = options.groupCommitMs ?? 0;
  }

  close(): void {
    try {
      this.commit();
    } catch {
      // The open group could not be committed (disk full …): its files are simply not stored, and
      // the next run redoes them; the error that stopped the run is the one to report.
    }
    this.db.close();
  }

  /** Creates the indexes the per-file phase leaves out (see DEFERRED_INDEXES); cheap when they exist. */
  ensureIndexes(): void {
    this.commit();
    for (const sql of DEFERRED_INDEXES) this.db.exec(sql);
  }

  /** Commits the open group of files, if any. */
  commit(): void {
    if (this.groupStarted !== null) {
      this.groupStarted = null;
      if (this.db.inTransaction) this.db.exec('COMMIT');
    }
  }

  /** Marks runs left 'running' by a killed process as interrupted, then starts a new run. */
  beginRun(inputs: string[], options: Record<string, unknown>, version: string): number {
    this.db.prepare(`UPDATE runs SET status = 'interrupted' WHERE status = 'running'`).run();
    const r = this.db
      .prepare(
        `INSERT INTO runs (started_at, status, plankit_version, inputs, options) VALUES (?, 'running', ?, ?, ?)`,
      )
      .run(new Date().toISOString(), version, JSON.stringify(inputs), JSON.stringify(options));
    return Number(r.lastInsertRowid);
  }

  finishRun(runId: number, counts: RunCounts, elapsedMs: number, peakRssBytes: number): void {
    this.commit();
    this.db
      .prepare(
        `UPDATE runs SET status = 'completed', finished_at = ?, files_seen = ?, files_analyzed = ?,
           files_skipped = ?, files_failed = ?, bytes_analyzed = ?, elapsed_ms = ?, peak_rss_bytes = ?
         WHERE id = ?`,
      )
      .run(
        new Date().toISOString(),
        counts.filesSeen,
        counts.filesAnalyzed,
        counts.filesSkipped,
        counts.filesFailed,
        counts.bytesAnalyzed,
        elapsedMs,
        peakRssBytes,
        runId,
      );
  }

  /** The stored hash and status of `path`, if it was stored by any run. */
  lookup(path: string): { hash: string; status: 'ok' | 'failed' } | undefined {
    return this.stmts.lookup.get(path) as { hash: string; status: 'ok' | 'failed' } | undefined;
  }

  /**
   * Writes one file's rows, replacing whatever an earlier run stored for the same path. With group
   * commit, the rows are in a savepoint of the open group transaction (better-sqlite3 nests
   * transactions as savepoints), committed with the group.
   */
  putFile(runId: number, meta: FileMeta, outcome: FileOutcome): void {
    if (this.groupCommitMs > 0 && this.groupStarted === null && !this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.groupStarted = performance.now();
    }
    this.putFileTx(runId, meta, outcome);
    if (this.groupStarted !== null && performance.now() - this.groupStarted >= this.groupCommitMs) this.commit();
  }

  private readonly putFileTx = (runId: number, meta: FileMeta, outcome: FileOutcome): void => {
    const s = this.stmts;
    s.tx(() => {
      s.deleteFile.run(meta.path);
      if ('failed' in outcome) {
        s.insertFailed.run({
          path: meta.path,
          hash: meta.hash,
          size: meta.size,
          error_kind: outcome.failed.kind,
          error_message: outcome.failed.message,
          read_ms: outcome.readMs ?? null,
          run_id: runId,
        });
        return;
      }
      const f = outcome.ok;
      const fileId = Number(
        s.insertFile.run({
          path: meta.path,
          hash: meta.hash,
          size: meta.size,
          encoding: f.encoding,
          encoding_certain: f.encodingCertain ? 1 : 0,
          format: f.format,
          script: f.script,
          title: f.title,
          chars: f.chars,
          variant_count: f.variants.length,
          read_ms: f.timings.readMs,
          analyze_ms: f.timings.analyzeMs,
          run_id: runId,
        }).lastInsertRowid,
      );
      f.diagnostics.forEach((d, seq) => insertDiagnostic(s, fileId, null, seq, d));
      for (const v of f.variants) insertVariant(s, fileId, v);
    });
  };

  /**
   * True when the stored families may not match the stored variants: none were built yet, a file
   * with variants was stored by a later run than the one that built them (a run killed before its
   * family phase leaves exactly that), variants were removed (a file that now fails), or the run that
   * built them did not complete (killed during its template phase). A file that failed again changes
   * nothing.
   */
  familiesStale(): boolean {
    const r = this.db
      .prepare(
        `SELECT (SELECT max(run_id) FROM families) AS fam,
                (SELECT status FROM runs WHERE id = (SELECT max(run_id) FROM families)) AS famRun,
                (SELECT max(run_id) FROM files WHERE status = 'ok') AS ok,
                (SELECT count(*) FROM family_members) AS members,
                (SELECT count(*) FROM variants) AS variants`,
      )
      .get() as { fam: number | null; famRun: string | null; ok: number | null; members: number; variants: number };
    return r.fam === null || r.famRun !== 'completed' || (r.ok !== null && r.ok > r.fam) || r.members !== r.variants;
  }

  /** Replaces the corpus-wide families and their templates (recomputed at the end of every run). */
  replaceFamilies(runId: number, families: FamilyRow[]): void {
    this.commit();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM templates').run();
      this.db.prepare('DELETE FROM family_members').run();
      this.db.prepare('DELETE FROM families').run();
      const insFamily = this.db.prepare(
        'INSERT INTO families (family, canonical, size, run_id) VALUES (?, ?, ?, ?)',
      );
      const insMember = this.db.prepare('INSERT INTO family_members (family_id, variant_id) VALUES (?, ?)');
      const insTemplate = this.db.prepare('INSERT INTO templates (family_id, template) VALUES (?, ?)');
      for (const fam of families) {
        const id = Number(insFamily.run(fam.family, fam.canonical, fam.members.length, runId).lastInsertRowid);
        for (const m of fam.members) insMember.run(id, m);
        if (fam.template !== undefined) insTemplate.run(id, JSON.stringify(fam.template));
      }
    })();
  }

  /** Reads back everything stored for `path` in the shape it was written (for tests and tools). */
  getFile(path: string): StoredFile | undefined {
    const row = this.db.prepare('SELECT * FROM files WHERE path = ?').get(path) as FileRow | undefined;
    if (row === undefined) return undefined;
    const meta: FileMeta = { path: row.path, hash: row.hash, size: row.size };
    if (row.status === 'failed') {
      const outcome: FileOutcome = { failed: { kind: row.error_kind ?? '', message: row.error_message ?? '' } };
      if (row.read_ms !== null) outcome.readMs = row.read_ms;
      return { meta, status: 'failed', runId: row.run_id, outcome };
    }
    const variantRows = this.db
      .prepare('SELECT * FROM variants WHERE file_id = ? ORDER BY idx, id')
      .all(row.id) as VariantRow[];
    const diagRows = this.db
      .prepare('SELECT * FROM diagnostics WHERE file_id = ? ORDER BY seq')
      .all(row.id) as DiagnosticRow[];
    const outlineOf = this.db.prepare('SELECT * FROM outline_items WHERE variant = ? ORDER BY seq');
    const slotsOf = this.db.prepare('SELECT * FROM slots WHERE variant = ? ORDER BY seq');
    const passagesOf = this.db.prepare('SELECT * FROM passages WHERE variant = ? ORDER BY id');
    const variants: VariantRecord[] = variantRows.map((v) => ({
      id: v.variant_id,
      label: v.label,
      index: v.idx,
      header: v.header_start === null || v.header_end === null ? null : { start: v.header_start, end: v.header_end },
      body: { start: v.body_start, end: v.body_end },
      startLine: v.start_line,
      endLine: v.end_line,
      bodyLine: v.body_line,
      bodyColumn: v.body_col,
      text: v.text,
      folded: v.folded,
      normChars: v.norm_chars,
      terms: v.terms,
      outline: (outlineOf.all(v.id) as OutlineRow[]).map((o) => ({
        span: { start: o.start, end: o.end },
        line: o.line,
        column: o.col,
        marker: o.marker,
        style: o.style,
        kind: o.kind,
        ordinal: o.ordinal,
        depth: o.depth,
        parentLine: o.parent_line,
        title: o.title,
      })),
      slots: (slotsOf.all(v.id) as SlotRow[]).map((o) => ({
        span: { start: o.start, end: o.end },
        line: o.line,
        column: o.col,
        length: o.length,
        value: o.value,
        kind: o.kind,
        type: o.type,
        unit: o.unit ?? '',
        label: o.label ?? '',
      })),
      diagnostics: diagRows.filter((d) => d.variant === v.id).map(diagnosticFromRow),
      passages: packPassages(
        (passagesOf.all(v.id) as PassageRow[]).map((p) => ({
          kind: p.kind,
          key: p.key,
          span: { start: p.start, end: p.end },
          line: p.line,
          normChars: p.norm_chars,
        })),
      ),
    }));
    const record: FileRecord = {
      encoding: row.encoding ?? '',
      encodingCertain: row.encoding_certain === 1,
      format: row.format ?? '',
      script: row.script ?? '',
      title: row.title,
      chars: row.chars ?? 0,
      variants,
      diagnostics: diagRows.filter((d) => d.variant === null).map(diagnosticFromRow),
      timings: { readMs: row.read_ms ?? 0, analyzeMs: row.analyze_ms ?? 0 },
    };
    return { meta, status: 'ok', runId: row.run_id, outcome: { ok: record } };
  }
}

function prepare(db: Database.Database) {
  return {
    tx: db.transaction((body: () => void) => body()),
    lookup: db.prepare('SELECT hash, status FROM files WHERE path = ?'),
    deleteFile: db.prepare('DELETE FROM files WHERE path = ?'),
    insertFailed: db.prepare(
      `INSERT INTO files (path, hash, size, status, error_kind, error_message, read_ms, run_id)
       VALUES (@path, @hash, @size, 'failed', @error_kind, @error_message, @read_ms, @run_id)`,
    ),
    insertFile: db.prepare(
      `INSERT INTO files (path, hash, size, status, encoding, encoding_certain, format, script, title, chars,
         variant_count, read_ms, analyze_ms, run_id)
       VALUES (@path, @hash, @size, 'ok', @encoding, @encoding_certain, @format, @script, @title, @chars,
         @variant_count, @read_ms, @analyze_ms, @run_id)`,
    ),
    insertVariant: db.prepare(
      `INSERT INTO variants (file_id, variant_id, label, idx, header_start, header_end, body_start, body_end,
         start_line, end_line, body_line, body_col, chars, norm_chars, text, folded, terms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertOutline: db.prepare(
      `INSERT INTO outline_items (variant, seq, start, end, line, col, marker, style, kind, ordinal, depth, parent_line, title)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertDiagnostic: db.prepare(
      `INSERT INTO diagnostics (file_id, variant, seq, code, severity, start, end, line, col, message, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSlot: db.prepare(
      `INSERT INTO slots (variant, seq, start, end, line, col, length, value, kind, type, unit, label)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPassage: db.prepare(
      `INSERT INTO passages (file_id, variant, kind, key, start, end, line, norm_chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

type Stmts = ReturnType<typeof prepare>;

function insertVariant(s: Stmts, fileId: number, v: VariantRecord): void {
  const id = Number(
    s.insertVariant.run(
      fileId,
      v.id,
      v.label,
      v.index,
      v.header?.start ?? null,
      v.header?.end ?? null,
      v.body.start,
      v.body.end,
      v.startLine,
      v.endLine,
      v.bodyLine,
      v.bodyColumn,
      v.text.length,
      v.normChars,
      v.text,
      v.folded,
      v.terms,
    ).lastInsertRowid,
  );
  v.outline.forEach((o, seq) =>
    s.insertOutline.run(id, seq, o.span.start, o.span.end, o.line, o.column, o.marker, o.style, o.kind, o.ordinal, o.depth, o.parentLine, o.title),
  );
  v.slots.forEach((o, seq) =>
    // No unit or label is NULL in the database ('' in the record).
    s.insertSlot.run(id, seq, o.span.start, o.span.end, o.line, o.column, o.length, o.value, o.kind, o.type, o.unit || null, o.label || null),
  );
  v.diagnostics.forEach((d, seq) => insertDiagnostic(s, fileId, id, seq, d));
  const p = v.passages;
  for (let i = 0; i + PASSAGE_FIELDS <= p.length; i += PASSAGE_FIELDS) {
    s.insertPassage.run(fileId, id, p[i] === 0 ? 'sentence' : 'paragraph', p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]);
  }
}

function insertDiagnostic(s: Stmts, fileId: number, variant: number | null, seq: number, d: FileRecord['diagnostics'][number]): void {
  s.insertDiagnostic.run(
    fileId,
    variant,
    seq,
    d.code,
    d.severity,
    d.span.start,
    d.span.end,
    d.line,
    d.column,
    d.message,
    d.data === undefined ? null : JSON.stringify(d.data),
  );
}

function diagnosticFromRow(d: DiagnosticRow): FileRecord['diagnostics'][number] {
  const out: FileRecord['diagnostics'][number] = {
    code: d.code,
    severity: d.severity,
    span: { start: d.start, end: d.end },
    line: d.line,
    column: d.col,
    message: d.message,
  };
  if (d.data !== null) out.data = JSON.parse(d.data) as Record<string, unknown>;
  return out;
}
