import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { isPostgresUrl, openConnection, type OpenOptions } from '../store/index.js';
import type { Param, SqlConnection } from '../store/connection.js';
import { StoreError } from '../store/errors.js';
import { migrate } from './migrate.js';
import { packPassages, PASSAGE_FIELDS, type FileFailure, type FileRecord, type VariantRecord } from './record.js';
import { DEFERRED_INDEXES } from './schema.js';
import type { DiagnosticRow, FileRow, OutlineRow, PassageRow, SlotRow, VariantRow } from './rows.js';

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

/**
 * One file to write: its identity, what the analysis found, and (in a shared run) the queue row
 * it was claimed by — the rows are written only while that claim is still this run's.
 */
export interface FileEntry {
  meta: FileMeta;
  /** 'unchanged': the store already holds this content; only the claim ends. */
  outcome: FileOutcome | 'unchanged';
  claim?: number;
  /** False when the path is known not to be stored yet (nothing to replace): saves a DELETE. */
  stored?: boolean;
}

export interface StoreOptions extends OpenOptions {
  /**
   * The store must already be a plankit results store (reading a report from it): a missing, empty
   * or foreign database is refused instead of being made into a new, empty one.
   */
  existing?: boolean;
}

/** SQLite's default page cache (2 MiB) thrashes on the random-order passage-key index. */
export const DEFAULT_CACHE_MB = 64;

/** Rows of one IN (…) list at most (SQLite allows 32766 parameters, PostgreSQL 65535). */
const IN_CHUNK = 500;

/**
 * The results store, SQLite or PostgreSQL (store/). Every file's rows are written in one
 * transaction together with the end of its claim, all or nothing, so a process killed at any
 * instant leaves whole files only, and whoever comes next knows exactly which ones are done.
 */
export class Store {
  private constructor(readonly sql: SqlConnection) {}

  /** The store as messages name it (a PostgreSQL URL without its password). */
  get name(): string {
    return this.sql.name;
  }

  /**
   * Opens (or creates) the store `db` names — a SQLite path or a postgresql:// URL — and brings its
   * schema up to date. A store that cannot be used throws a StoreError naming it.
   */
  static async open(db: string, options: StoreOptions = {}): Promise<Store> {
    if (options.existing === true && !isPostgresUrl(db) && !existsSync(db)) throw new StoreError(db, 'missing');
    const sql = await openConnection(db, { cacheMb: DEFAULT_CACHE_MB, ...options, mustExist: options.existing === true });
    try {
      if (options.existing === true && (await sql.schemaVersion()) === 0) {
        throw new StoreError(sql.name, (await sql.userTables()).length > 0 ? 'not-plankit' : 'empty');
      }
      await migrate(sql);
    } catch (e) {
      await sql.close();
      throw e;
    }
    return new Store(sql);
  }

  async close(): Promise<void> {
    await this.sql.close();
  }

  /** Creates the indexes the per-file phase leaves out (see DEFERRED_INDEXES); cheap when they exist. */
  async ensureIndexes(): Promise<void> {
    for (const stmt of DEFERRED_INDEXES) await this.sql.exec(stmt);
  }

  /** Starts a run of this process in `jobId` (runs left behind by dead processes are marked by the job logic). */
  async beginRun(inputs: string[], options: Record<string, unknown>, version: string, jobId: number | null = null, host: string = hostname()): Promise<number> {
    const [id] = await this.sql.insert(
      'runs',
      ['started_at', 'status', 'plankit_version', 'inputs', 'options', 'job_id', 'host', 'pid', 'heartbeat_ms'],
      [[new Date().toISOString(), 'running', version, JSON.stringify(inputs), JSON.stringify(options), jobId, host, process.pid, Date.now()]],
      true,
    );
    await this.sql.run(`UPDATE runs SET heartbeat_ms = ${this.sql.nowMs} WHERE id = ?`, [id as number]);
    return id as number;
  }

  async finishRun(runId: number, counts: RunCounts, elapsedMs: number, peakRssBytes: number): Promise<void> {
    await this.sql.run(
      `UPDATE runs SET status = 'completed', finished_at = ?, files_seen = ?, files_analyzed = ?,
         files_skipped = ?, files_failed = ?, bytes_analyzed = ?, elapsed_ms = ?, peak_rss_bytes = ?
       WHERE id = ?`,
      [new Date().toISOString(), counts.filesSeen, counts.filesAnalyzed, counts.filesSkipped, counts.filesFailed, counts.bytesAnalyzed, elapsedMs, peakRssBytes, runId],
    );
  }

  /** The stored hash and status of `path`, if it was stored by any run. */
  async lookup(path: string): Promise<{ hash: string; status: 'ok' | 'failed' } | undefined> {
    return this.sql.get<{ hash: string; status: 'ok' | 'failed' }>('SELECT hash, status FROM files WHERE path = ?', [path]);
  }

  /** lookup() of many paths in one query per chunk: the paths stored, with their hash and status. */
  async lookupMany(paths: readonly string[]): Promise<Map<string, { hash: string; status: 'ok' | 'failed' }>> {
    const out = new Map<string, { hash: string; status: 'ok' | 'failed' }>();
    for (let i = 0; i < paths.length; i += IN_CHUNK) {
      const part = paths.slice(i, i + IN_CHUNK);
      const rows = await this.sql.all<{ path: string; hash: string; status: 'ok' | 'failed' }>(
        `SELECT path, hash, status FROM files WHERE path IN (${part.map(() => '?').join(', ')})`,
        part,
      );
      for (const r of rows) out.set(r.path, { hash: r.hash, status: r.status });
    }
    return out;
  }

  /** Writes one file's rows (see putFiles). */
  async putFile(runId: number, meta: FileMeta, outcome: FileOutcome): Promise<void> {
    await this.putFiles(runId, [{ meta, outcome }]);
  }

  /**
   * Writes files in one transaction, each replacing whatever an earlier run stored for its path.
   * A file claimed from the queue is written only if the claim is still this run's (it ends with
   * the write); otherwise its result is dropped, since another process took the file over.
   * Resolves to whether each file was written. Rows of all the files go into each table in one
   * statement (PostgreSQL) or one prepared statement (SQLite).
   */
  async putFiles(runId: number, entries: readonly FileEntry[]): Promise<boolean[]> {
    if (entries.length === 0) return [];
    return this.sql.transaction(async (tx) => {
      const keep = await this.endClaims(tx, runId, entries);
      const chosen = entries.filter((e, i) => keep[i] === true && e.outcome !== 'unchanged') as Array<FileEntry & { outcome: FileOutcome }>;
      if (chosen.length === 0) return keep;
      const replacing = chosen.filter((e) => e.stored !== false);
      for (let i = 0; i < replacing.length; i += IN_CHUNK) {
        const part = replacing.slice(i, i + IN_CHUNK);
        await tx.run(`DELETE FROM files WHERE path IN (${part.map(() => '?').join(', ')})`, part.map((e) => e.meta.path));
      }
      const fileIds = await tx.insert('files', FILE_COLUMNS, chosen.map((e) => fileRow(runId, e)), true);
      const variants: Array<{ fileId: number; v: VariantRecord }> = [];
      const pageDiagnostics: Param[][] = [];
      chosen.forEach((e, i) => {
        if (!('ok' in e.outcome)) return;
        const fileId = fileIds[i] as number;
        for (const v of e.outcome.ok.variants) variants.push({ fileId, v });
        e.outcome.ok.diagnostics.forEach((d, seq) => pageDiagnostics.push(diagnosticRow(fileId, null, seq, d)));
      });
      const variantIds = await tx.insert('variants', VARIANT_COLUMNS, variants.map(({ fileId, v }) => variantRow(fileId, v)), true);
      const rows = childRows(variants, variantIds);
      await tx.insertAll([
        { table: 'outline_items', columns: OUTLINE_COLUMNS, rows: rows.outline },
        { table: 'slots', columns: SLOT_COLUMNS, rows: rows.slots },
        { table: 'diagnostics', columns: DIAGNOSTIC_COLUMNS, rows: [...pageDiagnostics, ...rows.diagnostics] },
        { table: 'passages', columns: PASSAGE_COLUMNS, rows: rows.passages },
        { table: 'units', columns: UNIT_COLUMNS, rows: rows.units },
        { table: 'unit_sentences', columns: SENTENCE_COLUMNS, rows: rows.sentences },
      ]);
      return keep;
    });
  }

  /** Marks claimed files done if their claims are still this run's; true for files to write. */
  private async endClaims(tx: SqlConnection, runId: number, entries: readonly FileEntry[]): Promise<boolean[]> {
    const claims = entries.filter((e) => e.claim !== undefined).map((e) => e.claim as number);
    const ours = new Set<number>();
    for (let i = 0; i < claims.length; i += IN_CHUNK) {
      const part = claims.slice(i, i + IN_CHUNK);
      const rows = await tx.all<{ id: number }>(
        `UPDATE queue SET state = 'done', lease_ms = NULL WHERE id IN (${part.map(() => '?').join(', ')}) AND run_id = ? AND state = 'claimed' RETURNING id`,
        [...part, runId],
      );
      for (const r of rows) ours.add(Number(r.id));
    }
    return entries.map((e) => e.claim === undefined || ours.has(e.claim));
  }

  /**
   * True when the stored families may not match the stored variants: none were built yet, the
   * analysed files changed since (a file stored anew, or one that no longer analyses), their
   * variants and members disagree, or the job that built them did not end (killed during its
   * template phase). A file that failed again changes nothing.
   */
  async familiesStale(): Promise<boolean> {
    const built = await this.sql.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'families_built'`);
    if (built === undefined) return true;
    const { job, from } = JSON.parse(built.value) as { job: number; from: string };
    const r = await this.sql.get<{ phase: string | null; members: number; variants: number }>(
      `SELECT (SELECT phase FROM jobs WHERE id = ?) AS "phase", (SELECT count(*) FROM family_members) AS "members", (SELECT count(*) FROM variants) AS "variants"`,
      [job],
    );
    return r?.phase !== 'done' || Number(r.members) !== Number(r.variants) || from !== (await this.analysedFiles());
  }

  /** What families depend on: the files analysed (a file stored anew gets a new id). */
  async analysedFiles(): Promise<string> {
    const r = await this.sql.get<{ n: number; top: number | null }>(`SELECT count(*) AS "n", max(id) AS "top" FROM files WHERE status = 'ok'`);
    return `${Number(r?.n ?? 0)}:${Number(r?.top ?? 0)}`;
  }

  /** Replaces the corpus-wide families and their templates in one transaction. */
  async replaceFamilies(runId: number, families: readonly FamilyRow[]): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run('DELETE FROM templates');
      await tx.run('DELETE FROM family_members');
      await tx.run('DELETE FROM families');
      const ids = await tx.insert('families', ['family', 'canonical', 'size', 'run_id'], families.map((f) => [f.family, f.canonical, f.members.length, runId]), true);
      await tx.insert('family_members', ['family_id', 'variant_id'], families.flatMap((f, i) => f.members.map((m) => [ids[i] as number, m])));
      const templates = families.flatMap((f, i) => (f.template === undefined ? [] : [[ids[i] as number, JSON.stringify(f.template)]]));
      await tx.insert('templates', ['family_id', 'template'], templates);
    });
  }

  /** Reads back everything stored for `path` in the shape it was written (for tests and tools). */
  async getFile(path: string): Promise<StoredFile | undefined> {
    const row = await this.sql.get<FileRow>('SELECT * FROM files WHERE path = ?', [path]);
    if (row === undefined) return undefined;
    const meta: FileMeta = { path: row.path, hash: row.hash, size: row.size };
    if (row.status === 'failed') {
      const outcome: FileOutcome = { failed: { kind: row.error_kind ?? '', message: row.error_message ?? '' } };
      if (row.read_ms !== null) outcome.readMs = row.read_ms;
      return { meta, status: 'failed', runId: row.run_id, outcome };
    }
    const variantRows = await this.sql.all<VariantRow>('SELECT * FROM variants WHERE file_id = ? ORDER BY idx, id', [row.id]);
    const diagRows = await this.sql.all<DiagnosticRow>('SELECT * FROM diagnostics WHERE file_id = ? ORDER BY seq', [row.id]);
    const variants: VariantRecord[] = [];
    for (const v of variantRows) {
      const outline = await this.sql.all<OutlineRow>('SELECT * FROM outline_items WHERE variant = ? ORDER BY seq', [v.id]);
      const slots = await this.sql.all<SlotRow>('SELECT * FROM slots WHERE variant = ? ORDER BY seq', [v.id]);
      const passages = await this.sql.all<PassageRow>('SELECT * FROM passages WHERE variant = ? ORDER BY id', [v.id]);
      const unit = await this.sql.get<{ norm_key: number; norm_chars: number; shingles: number; chars: number }>('SELECT * FROM units WHERE variant = ?', [v.id]);
      const sentences = await this.sql.all<{ sentence_key: number }>('SELECT sentence_key FROM unit_sentences WHERE variant = ? ORDER BY sentence_key', [v.id]);
      const record: VariantRecord = {
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
        titleFolded: v.title_folded,
        normChars: v.norm_chars,
        terms: v.terms,
        outline: outline.map((o) => ({
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
        slots: slots.map((o) => ({
          span: { start: o.start, end: o.end },
          line: o.line,
          column: o.col,
          length: o.length,
          value: o.value,
          kind: o.kind,
          type: o.type,
          unit: o.unit ?? '',
          label: o.label ?? '',
          ...(o.confidence === null ? {} : { confidence: Number(o.confidence) }),
          ...(o.rule === null ? {} : { rule: o.rule }),
        })),
        diagnostics: diagRows.filter((d) => d.variant === v.id).map(diagnosticFromRow),
        passages: packPassages(passages.map((p) => ({ kind: p.kind, key: p.key, span: { start: p.start, end: p.end }, line: p.line, normChars: p.norm_chars }))),
      };
      if (unit !== undefined) {
        record.unit = {
          key: unit.norm_key,
          normChars: unit.norm_chars,
          shingles: Number(unit.shingles),
          chars: Number(unit.chars),
          sentences: Float64Array.from(sentences, (r) => Number(r.sentence_key)),
        };
      }
      variants.push(record);
    }
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

const FILE_COLUMNS = [
  'path',
  'hash',
  'size',
  'status',
  'error_kind',
  'error_message',
  'encoding',
  'encoding_certain',
  'format',
  'script',
  'title',
  'chars',
  'variant_count',
  'read_ms',
  'analyze_ms',
  'run_id',
] as const;

function fileRow(runId: number, e: FileEntry & { outcome: FileOutcome }): Param[] {
  const { meta, outcome } = e;
  if ('failed' in outcome) {
    return [meta.path, meta.hash, meta.size, 'failed', outcome.failed.kind, outcome.failed.message, null, null, null, null, null, null, null, outcome.readMs ?? null, null, runId];
  }
  const f = outcome.ok;
  return [meta.path, meta.hash, meta.size, 'ok', null, null, f.encoding, f.encodingCertain ? 1 : 0, f.format, f.script, f.title, f.chars, f.variants.length, f.timings.readMs, f.timings.analyzeMs, runId];
}

const VARIANT_COLUMNS = [
  'file_id',
  'variant_id',
  'label',
  'idx',
  'header_start',
  'header_end',
  'body_start',
  'body_end',
  'start_line',
  'end_line',
  'body_line',
  'body_col',
  'chars',
  'norm_chars',
  'text',
  'folded',
  'terms',
  'title_folded',
] as const;

function variantRow(fileId: number, v: VariantRecord): Param[] {
  return [
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
    v.titleFolded,
  ];
}

const OUTLINE_COLUMNS = ['variant', 'seq', 'start', 'end', 'line', 'col', 'marker', 'style', 'kind', 'ordinal', 'depth', 'parent_line', 'title'] as const;
const SLOT_COLUMNS = ['variant', 'seq', 'start', 'end', 'line', 'col', 'length', 'value', 'kind', 'type', 'unit', 'label', 'confidence', 'rule'] as const;
const DIAGNOSTIC_COLUMNS = ['file_id', 'variant', 'seq', 'code', 'severity', 'start', 'end', 'line', 'col', 'message', 'data'] as const;
const PASSAGE_COLUMNS = ['file_id', 'variant', 'kind', 'key', 'start', 'end', 'line', 'norm_chars'] as const;
const UNIT_COLUMNS = ['variant', 'norm_key', 'norm_chars', 'shingles', 'chars'] as const;
const SENTENCE_COLUMNS = ['variant', 'sentence_key'] as const;

function diagnosticRow(fileId: number, variant: number | null, seq: number, d: FileRecord['diagnostics'][number]): Param[] {
  return [fileId, variant, seq, d.code, d.severity, d.span.start, d.span.end, d.line, d.column, d.message, d.data === undefined ? null : JSON.stringify(d.data)];
}

/** The rows of every child table of the variants just inserted (ids in the same order). */
function childRows(variants: ReadonlyArray<{ fileId: number; v: VariantRecord }>, ids: readonly number[]) {
  const out = { outline: [] as Param[][], slots: [] as Param[][], diagnostics: [] as Param[][], passages: [] as Param[][], units: [] as Param[][], sentences: [] as Param[][] };
  variants.forEach(({ fileId, v }, i) => {
    const id = ids[i] as number;
    v.outline.forEach((o, seq) => out.outline.push([id, seq, o.span.start, o.span.end, o.line, o.column, o.marker, o.style, o.kind, o.ordinal, o.depth, o.parentLine, o.title]));
    // No unit or label is NULL in the database ('' in the record).
    v.slots.forEach((o, seq) => out.slots.push([id, seq, o.span.start, o.span.end, o.line, o.column, o.length, o.value, o.kind, o.type, o.unit || null, o.label || null, o.confidence ?? null, o.rule ?? null]));
    v.diagnostics.forEach((d, seq) => out.diagnostics.push(diagnosticRow(fileId, id, seq, d)));
    const p = v.passages;
    for (let k = 0; k + PASSAGE_FIELDS <= p.length; k += PASSAGE_FIELDS) {
      out.passages.push([fileId, id, p[k] === 0 ? 'sentence' : 'paragraph', p[k + 1] as number, p[k + 2] as number, p[k + 3] as number, p[k + 4] as number, p[k + 5] as number]);
    }
    if (v.unit !== undefined) {
      out.units.push([id, v.unit.key, v.unit.normChars, v.unit.shingles, v.unit.chars]);
      for (const key of v.unit.sentences) out.sentences.push([id, key]);
    }
  });
  return out;
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
