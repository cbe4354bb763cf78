import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicates, type DedupUnit } from '../../src/dedup/index.js';
import { normalize } from '../../src/normalize/index.js';
import { dedupUnit, type Analysis } from '../../src/pipeline.js';
import { expandInputs, readDocument } from '../../src/read/index.js';
import { splitVariants } from '../../src/split/index.js';
import { generateBoilerplateCorpus } from '../../scripts/lib/boilerplate-corpus.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DIR } from '../helpers/corpus-pages.js';

/**
 * One answer whatever the door: `plankit dedup` on a folder, the library (read → fold → split →
 * dedupUnit → findDuplicates) and `plankit batch` into SQLite find the same families on the same
 * units. The units are generated plans whose first line is their title (part of the unit) — many
 * share stock paragraphs — and the shipped corpus pages with their 篇 variants.
 */

let dir: string;
let plans: string;

/** Families as sorted member lists, sorted: comparable whatever the ids and order of the families. */
function canonical(families: ReadonlyArray<readonly string[]>): string[][] {
  return families.map((f) => [...f].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankit-doors-'));
  plans = join(dir, 'plans');
  mkdirSync(plans);
  const corpus = generateBoilerplateCorpus({ units: 160, seed: 11 });
  for (const u of corpus) {
    writeFileSync(join(plans, `${u.id}.txt`), `${u.text}\n`);
  }
  writeFileSync(join(dir, 'plans.jsonl'), corpus.map((u) => JSON.stringify({ id: u.id, text: u.text })).join('\n') + '\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function libraryUnits(inputs: string[], skipTitle: boolean): Promise<DedupUnit[]> {
  const { files } = await expandInputs(inputs);
  const units: DedupUnit[] = [];
  for (const path of files) {
    const document = normalize(await readDocument(path));
    const split = splitVariants(document);
    const analysis = { document, title: split.title } as Pick<Analysis, 'document' | 'title'>;
    for (const v of split.variants) units.push(dedupUnit(analysis, v, { skipTitle }));
  }
  return units;
}

async function libraryFamilies(inputs: string[], skipTitle: boolean): Promise<string[][]> {
  return canonical(findDuplicates(await libraryUnits(inputs, skipTitle)).families.map((f) => f.members));
}

interface CliJson {
  units: Array<{ id: string; chars: number }>;
  families: Array<{ members: string[] }>;
}

async function cliJson(inputs: string[], extra: string[] = []): Promise<CliJson> {
  const r = await runCli('dedup', '--format', 'json', ...extra, ...inputs);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as CliJson;
}

async function cliFamilies(inputs: string[], extra: string[] = []): Promise<string[][]> {
  return canonical((await cliJson(inputs, extra)).families.map((f) => f.members));
}

describe('dedup: the CLI, the library and batch give the same families', () => {
  it('the CLI compares the units the library is given: whole texts, titles included', async () => {
    // A unit is the whole file when it has no 篇 variants — its short first line (the title) too.
    const cli = await cliJson([plans]);
    const library = await libraryUnits([plans], false);
    expect(cli.units.map((u) => [u.id, u.chars])).toEqual(library.map((u) => [u.id, u.text.length]));
    const generated = generateBoilerplateCorpus({ units: 160, seed: 11 });
    // …which is the generated text itself (less the trailing spaces some noisy copies end with).
    expect(library.map((u) => u.text.length)).toEqual(generated.map((u) => u.text.trimEnd().length));
  });

  it('CLI = library, with the title in the unit and with --skip-title', async () => {
    const inputs = [plans, CORPUS_DIR];
    const cli = await cliFamilies(inputs);
    expect(cli).toEqual(await libraryFamilies(inputs, false));
    expect(cli.some((f) => f.length > 1)).toBe(true);
    expect(await cliFamilies(inputs, ['--skip-title'])).toEqual(await libraryFamilies(inputs, true));
  });

  it('JSON Lines = folder: one record is the unit its text would be as a file', async () => {
    // Named <file>#<id> for a record and <folder>/<id>.txt for a file: compare by the generator's id.
    const byId = (families: string[][]): string[][] => canonical(families.map((f) => f.map((m) => m.slice(m.lastIndexOf('#') + 1).replace(/^.*\//, '').replace(/\.txt$/, ''))));
    const lines = await cliJson([join(dir, 'plans.jsonl')]);
    const files = await cliJson([plans]);
    expect(byId(lines.families.map((f) => f.members))).toEqual(byId(files.families.map((f) => f.members)));
    expect(lines.units.map((u) => u.chars)).toEqual(files.units.map((u) => u.chars));
  });

  it('batch = CLI', async () => {
    const db = join(dir, 'doors.sqlite');
    const r = await runCli('batch', '--db', db, '--workers', '1', '--no-templates', '--format', 'json', plans, CORPUS_DIR);
    expect(r.code, r.err).toBe(0);
    const store = new Database(db, { readonly: true });
    const rows = store.prepare('SELECT family_id AS f, variant_id AS v FROM family_members').all() as Array<{ f: number; v: string }>;
    store.close();
    const byFamily = new Map<number, string[]>();
    for (const row of rows) byFamily.set(row.f, [...(byFamily.get(row.f) ?? []), row.v]);
    expect(canonical([...byFamily.values()])).toEqual(await cliFamilies([plans, CORPUS_DIR]));
  });
});
