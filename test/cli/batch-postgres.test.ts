/**
 * `plankit batch --db postgresql://…` and `plankit reuse postgresql://…`: the same summary and the
 * same report as with a SQLite file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/seed.js';
import { freshStore } from '../helpers/stores.js';

const dir = mkdtempSync(join(tmpdir(), 'plankit-cli-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pages = readdirSync(join(REPO_ROOT, 'corpus'))
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => join(REPO_ROOT, 'corpus', f));

describe.runIf(inject('pgUrl') !== null)('plankit batch and reuse on PostgreSQL', () => {
  it('store the same files, families and templates as on SQLite, and report the same reuse', async () => {
    const sqlite = join(dir, 'r.sqlite');
    const url = await freshStore('postgresql', dir);
    const a = await runCli('batch', ...pages, '--db', sqlite, '--workers', '2', '--format', 'json');
    const b = await runCli('batch', ...pages, '--db', url, '--workers', '2', '--format', 'json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const pick = (s: string) => {
      const j = JSON.parse(s) as Record<string, unknown>;
      // Everything but where the time went.
      const { seconds: _seconds, ...families } = j.families as Record<string, unknown>;
      return { counts: [j.filesSeen, j.filesAnalyzed, j.filesSkipped, j.filesFailed], families, templates: j.templates, finalPhases: j.finalPhases };
    };
    expect(pick(b.out)).toEqual(pick(a.out));
    expect((JSON.parse(b.out) as { db: string }).db).toBe(url);
    for (const format of ['json', 'html'] as const) {
      const x = await runCli('reuse', sqlite, '--format', format);
      const y = await runCli('reuse', url, '--format', format);
      expect(y.code).toBe(0);
      expect(y.out).toBe(x.out);
    }
    const x = await runCli('reuse', sqlite, '--format', 'csv', '--table', 'family_members');
    const y = await runCli('reuse', url, '--format', 'csv', '--table', 'family_members');
    expect(y.out).toBe(x.out);
    expect(y.out.split('\r\n').length).toBeGreaterThan(10);
  }, 180_000);
});
