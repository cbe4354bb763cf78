import type { Script } from '../core/document.js';
import type { WorkerPool } from './pool.js';
import { asError, type FileFailure } from './record.js';
import type { Store } from './store.js';
import type { TemplateTaskInput } from './template-task.js';

export interface TemplateLimits {
  /** Templates are built for the largest multi-member families first, at most this many. */
  maxTemplates: number;
  /**
   * Members aligned per template: the canonical one and the next ones in corpus order. Alignment
   * cost grows faster than the member count (a 27-member family took 1.5 s, a 10-member one 0.13 s),
   * and a handful of copies already shows what varies; family_members lists every member anyway.
   */
  maxMembers: number;
  /** Families in flight at once (bounded memory: their texts are in messages). */
  window: number;
}

/**
 * With members capped, a template takes ~10–20 ms of a worker: 400 families of a 10k-page corpus
 * cost ~4 s. The cap only guards against a pathological corpus of countless small families.
 */
export const DEFAULT_MAX_TEMPLATES = 10_000;
export const DEFAULT_TEMPLATE_MEMBERS = 8;

export interface TemplateSummary {
  built: number;
  failed: number;
  /** Multi-member families left without a template by maxTemplates. */
  skipped: number;
  /** The first few failures, for the user. */
  failures: Array<{ family: string } & FileFailure>;
}

/** Failures kept in the summary (the count is complete). */
const FAILURES_KEPT = 20;

/**
 * Templates stored per transaction. A commit per template was a tenth of the phase's time on a
 * corpus of small families; a process killed mid-phase rebuilds at most this many more.
 */
const TEMPLATES_PER_COMMIT = 32;

const INSERT_TEMPLATE = 'INSERT INTO templates (family_id, template) VALUES (?, ?) ON CONFLICT (family_id) DO UPDATE SET template = excluded.template';

/**
 * One template per multi-member family (the largest first, up to maxTemplates), built in the worker
 * pool from the members' stored texts, stored as JSON (the text the worker wrote) a few templates
 * per transaction as they arrive. A family of one has no template row: its template is its own
 * slots, already in the slots table.
 */
export async function buildTemplates(store: Store, pool: WorkerPool, limits: TemplateLimits): Promise<TemplateSummary> {
  const sql = store.sql;
  const total = Number((await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM families WHERE size > 1'))?.n ?? 0);
  const summary: TemplateSummary = { built: 0, failed: 0, skipped: Math.max(0, total - limits.maxTemplates), failures: [] };
  // The largest families first; a process taking the phase over skips those already built.
  const chosen = await sql.all<{ id: number; family: string; canonical: string }>(
    `SELECT id, family, canonical FROM (SELECT id, family, canonical, size FROM families WHERE size > 1 ORDER BY size DESC, id LIMIT ?) AS f
     WHERE NOT EXISTS (SELECT 1 FROM templates t WHERE t.family_id = f.id) ORDER BY size DESC, id`,
    [limits.maxTemplates],
  );
  const membersOf = `SELECT v.variant_id AS "id", f.path, f.script, v.text, v.folded, v.body_start AS "bodyStart", v.body_line AS "bodyLine", v.body_col AS "bodyColumn"
     FROM family_members m JOIN variants v ON v.variant_id = m.variant_id JOIN files f ON f.id = v.file_id
     WHERE m.family_id = ? ORDER BY CASE WHEN v.variant_id = ? THEN 0 ELSE 1 END, f.path${sql.byCodePoint}, v.idx LIMIT ?`;

  const inflight = new Set<Promise<void>>();
  // Set from the tasks' callbacks, which control-flow analysis does not see: hence the widening.
  let firstError = null as Error | null;
  // Built templates not yet stored, and the store's work so far (one transaction at a time).
  let unsaved: Array<[number, string]> = [];
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    const rows = unsaved;
    unsaved = [];
    saving = saving.then(async () => {
      if (rows.length === 0) return;
      await sql.transaction(async (tx) => {
        for (const row of rows) await tx.run(INSERT_TEMPLATE, row);
      });
      summary.built += rows.length;
    });
    return saving;
  };
  for (const fam of chosen) {
    while (inflight.size >= limits.window) await Promise.race(inflight);
    if (firstError !== null) break;
    const members = (await sql.all<TemplateTaskInput['members'][number] & { script: Script }>(membersOf, [fam.id, fam.canonical, limits.maxMembers])).map((m) => ({
      ...m,
      bodyLine: Number(m.bodyLine),
      bodyColumn: Number(m.bodyColumn),
    }));
    const input: TemplateTaskInput = { family: fam.family, members };
    const p: Promise<void> = pool
      .runTemplate(input)
      .then(async (o) => {
        if ('template' in o) {
          unsaved.push([fam.id, o.template]);
          if (unsaved.length >= TEMPLATES_PER_COMMIT) await save();
        } else {
          summary.failed++;
          if (summary.failures.length < FAILURES_KEPT) summary.failures.push({ family: fam.family, ...o.failure });
        }
      })
      .catch((e: unknown) => {
        firstError ??= asError(e); // the pool cannot work at all, or the store failed: stop, and say so
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  if (firstError === null) {
    try {
      await save();
    } catch (e) {
      firstError = asError(e);
    }
  }
  if (firstError !== null) throw firstError;
  return summary;
}
