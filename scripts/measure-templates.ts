/**
 * Templates of the dev set, measured: variable slots, slots, fields and optional blocks of
 *  - the seed page's families, and 篇1 with its other-script copy and a copy with spacing noise;
 *  - every family of the shipped corpus/;
 *  - the families of fixtures/pages (as their .gold.json lists them);
 *  - corpus/real: its gold families (copies of one document), and each document with its
 *    other-script copy and a copy with spacing noise (whether dedup makes one family of them, and the
 *    template's variable slots).
 *
 *   npx tsx scripts/measure-templates.ts [corpus/real folder] [--json out.json]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Document } from '../src/core/document.js';
import type { Template } from '../src/core/template.js';
import { findDuplicates } from '../src/dedup/index.js';
import { normalize } from '../src/normalize/index.js';
import { decodeBytes } from '../src/read/index.js';
import { maskedDocument, splitVariants } from '../src/split/index.js';
import { pageUnits as cliPageUnits } from '../src/cli/template-units.js';
import { familyTemplate, familyTemplates, fillTemplate, valuesOf, type FamilyUnit } from '../src/template/index.js';
import { noisy, otherScript } from '../test/helpers/text-pieces.js';
import { SEED_PATH, textDocument } from '../test/helpers/seed.js';

interface Row {
  set: string;
  family: string;
  members: number;
  variable: number;
  slots: number;
  fields: number;
  optional: number;
  /** Every member comes back exactly from its own values. */
  roundTrip: boolean;
  /** dedup put the members in one family (for copies made here or listed in a gold file). */
  oneFamily?: boolean;
}

const REAL = resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--') && process.argv[i - 1] !== '--json') ?? 'corpus/real');
const JSON_OUT = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

function load(path: string): Document {
  return normalize(decodeBytes(path, readFileSync(path)));
}

function row(set: string, t: Template, units: readonly FamilyUnit[], oneFamily?: boolean): Row {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roundTrip = t.members.every((id) => {
    const u = byId.get(id);
    return u !== undefined && fillTemplate(t, valuesOf(t, id)) === u.document.text.slice(u.body.start, u.body.end);
  });
  return {
    set,
    family: t.family,
    members: t.members.length,
    variable: t.slots.filter((s) => s.kind === 'variable').length,
    slots: t.slots.length,
    fields: t.fields.length,
    optional: t.optionals.length,
    roundTrip,
    ...(oneFamily === undefined ? {} : { oneFamily }),
  };
}

/** A page's variants as the CLI gives them to the template stage (content view, plan spans). */
function pageUnits(doc: Document): FamilyUnit[] {
  const split = splitVariants(doc);
  return cliPageUnits(maskedDocument(doc, split.chrome), split);
}

function wholeUnit(doc: Document): FamilyUnit {
  return { id: doc.path, document: doc, body: { start: 0, end: doc.text.length } };
}

/** The units are one dedup family. */
function oneFamily(units: readonly FamilyUnit[]): boolean {
  const { families } = findDuplicates(units.map((u) => ({ id: u.id, text: u.document.folded.slice(u.body.start, u.body.end) })));
  return families.length === 1;
}

/** A document with its other-script copy and a copy with spacing noise, as one family. */
function noiseFamily(set: string, doc: Document, rows: Row[]): void {
  const text = doc.text.slice(0, doc.text.length);
  const units = [text, otherScript(text), noisy(text, 30)].map((t, i) => wholeUnit(textDocument(t, `${basename(doc.path)}~${['own', 'script', 'noise'][i]}`)));
  rows.push(row(set, familyTemplate(`${basename(doc.path)}+copies`, units[0]?.id ?? '', units), units, oneFamily(units)));
}

const rows: Row[] = [];

if (existsSync(SEED_PATH)) {
  const seed = load(SEED_PATH);
  const units = pageUnits(seed);
  for (const t of familyTemplates(units)) rows.push(row('seed', t, units));
  const first = units[0];
  if (first !== undefined) noiseFamily('seed 篇1 + copies', textDocument(seed.text.slice(first.body.start, first.body.end), 'seed#篇1'), rows);
}

for (const f of readdirSync('corpus').filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
  const units = pageUnits(load(join('corpus', f)));
  for (const t of familyTemplates(units)) if (t.members.length > 1) rows.push(row(`corpus/${f}`, t, units));
}

for (const f of readdirSync('fixtures/pages').filter((x) => x.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join('fixtures/pages', f), 'utf8')) as { file: string; families?: string[][] };
  const page = join('fixtures/pages', gold.file);
  if (!existsSync(page) || gold.families === undefined) continue;
  const units = pageUnits(load(page));
  const byLabel = new Map(units.map((u) => [u.id.slice(u.id.lastIndexOf('#') + 1), u]));
  gold.families.forEach((labels, k) => {
    const members = labels.flatMap((l) => byLabel.get(l) ?? []);
    if (members.length < 2) return;
    rows.push(row(`pages/${gold.file}`, familyTemplate(`G${k + 1}`, members[0]?.id ?? '', members), members, oneFamily(members)));
  });
}

if (existsSync(REAL)) {
  for (const g of readdirSync(join(REAL, 'gold')).filter((x) => /^families.*\.json$/.test(x))) {
    const gold = JSON.parse(readFileSync(join(REAL, 'gold', g), 'utf8')) as { families: Array<{ id: string; members: string[] }> };
    for (const fam of gold.families) {
      const units = fam.members.filter((m) => existsSync(join(REAL, m))).map((m) => wholeUnit(load(join(REAL, m))));
      if (units.length < 2) continue;
      rows.push(row(`real ${g}`, familyTemplate(fam.id, units[0]?.id ?? '', units), units, oneFamily(units)));
    }
  }
  for (const f of readdirSync(join(REAL, 'docs')).filter((x) => x.endsWith('.txt')).sort()) noiseFamily('real doc + copies', load(join(REAL, 'docs', f)), rows);
}

const sets = [...new Set(rows.map((r) => r.set.replace(/ \S+\.(txt|html?)$|\/\S+$/, '')))];
console.log('set\tfamily\tmembers\tvariable\tslots\tfields\toptional\tround trip\tone family');
for (const r of rows) console.log([r.set, r.family, r.members, r.variable, r.slots, r.fields, r.optional, r.roundTrip ? 'exact' : 'FAIL', r.oneFamily === undefined ? '' : r.oneFamily ? 'yes' : 'NO'].join('\t'));
console.log('\nsummary\tfamilies\tvariable (total)\tmax variable\tround trip exact\tone family');
for (const s of sets) {
  const rs = rows.filter((r) => r.set.startsWith(s));
  const fam = rs.filter((r) => r.oneFamily !== undefined);
  console.log([s, rs.length, rs.reduce((n, r) => n + r.variable, 0), Math.max(...rs.map((r) => r.variable)), `${rs.filter((r) => r.roundTrip).length}/${rs.length}`, fam.length === 0 ? '' : `${fam.filter((r) => r.oneFamily).length}/${fam.length}`].join('\t'));
}
if (JSON_OUT !== undefined) writeFileSync(JSON_OUT, `${JSON.stringify(rows, null, 2)}\n`);
