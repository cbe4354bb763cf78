/**
 * Templates of the dev set, measured: for every family, its variable slots (differences that are no
 * detected slot — junk where the members are copies of one text), its slots, the questions the values
 * file asks (fields), questions asked twice (two with one label), labels that are not clean Chinese
 * (no Han character, Latin letters or underscores, or an old value in them), and whether every member
 * comes back exactly from its own values. Sets:
 *  - seed: the seed page's families, and its 篇1 with its other-script copy and a copy with spacing noise;
 *  - corpus: every family of two or more members of the shipped corpus/;
 *  - pages: the families of fixtures/pages as their .gold.json lists them;
 *  - real copies: corpus/real's gold families (copies of one document from several sites);
 *  - real doc + copies: each real document with its other-script copy and a copy with spacing noise.
 * In the "copies" sets every variable slot is junk: the members say the same thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import type { Template } from '../../src/core/template.js';
import { findDuplicates } from '../../src/dedup/index.js';
import { normalize } from '../../src/normalize/index.js';
import { decodeBytes } from '../../src/read/index.js';
import { maskedDocument, splitVariants } from '../../src/split/index.js';
import { pageUnits as cliPageUnits } from '../../src/cli/template-units.js';
import { familyTemplate, familyTemplates, fillTemplate, valuesOf, type FamilyUnit } from '../../src/template/index.js';
import { noisy, otherScript } from '../../test/helpers/text-pieces.js';
import { SEED_PATH, textDocument } from '../../test/helpers/seed.js';
import { REPO } from './sets.js';

/** Lines of the spacing-noise copy are wrapped at this many characters. */
const NOISE_WRAP = 30;

export interface TemplateRow {
  set: string;
  family: string;
  members: number;
  variable: number;
  slots: number;
  /** Questions of the values file (fields). */
  questions: number;
  /** Questions whose label another question of the template has too. */
  sharedLabel: number;
  /** Labels with no Han character, with Latin letters or underscores, or holding an old value. */
  unclean: number;
  /** Every member comes back exactly from its own values. */
  roundTrip: boolean;
  /** dedup put the members in one family (for copies made here or listed in a gold file). */
  oneFamily?: boolean;
}

export interface TemplateSummary {
  set: string;
  templates: number;
  /** Variable slots over the templates, and the most in one. */
  variable: number;
  maxVariable: number;
  questions: number;
  sharedLabel: number;
  unclean: number;
  roundTrip: number;
  oneFamily: { yes: number; of: number };
}

const SETS = ['seed', 'seed 篇1 + copies', 'corpus', 'pages', 'real copies', 'real doc + copies'] as const;

function load(path: string): Document {
  return normalize(decodeBytes(path, readFileSync(path)));
}

/** A label a person can read as a question: Chinese words, no placeholder, no old value. */
function cleanLabel(label: string, values: readonly string[]): boolean {
  if (!/\p{Script=Han}/u.test(label) || /[A-Za-z_＿]/.test(label)) return false;
  return values.every((v) => v.trim().length === 0 || !label.includes(v.trim()));
}

export function templateRow(set: string, t: Template, units: readonly FamilyUnit[], oneFamily?: boolean): TemplateRow {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roundTrip = t.members.every((id) => {
    const u = byId.get(id);
    return u !== undefined && fillTemplate(t, valuesOf(t, id)) === u.document.text.slice(u.body.start, u.body.end);
  });
  const labels = t.fields.map((f) => f.label);
  const valuesOfField = (slots: readonly string[]): string[] => t.slots.filter((s) => slots.includes(s.id)).flatMap((s) => s.occurrences.map((o) => o.value));
  return {
    set,
    family: t.family,
    members: t.members.length,
    variable: t.slots.filter((s) => s.kind === 'variable').length,
    slots: t.slots.length,
    questions: t.fields.length,
    sharedLabel: labels.filter((l) => labels.indexOf(l) !== labels.lastIndexOf(l)).length,
    unclean: t.fields.filter((f) => !cleanLabel(f.label, valuesOfField(f.slots))).length,
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
function copiesRow(set: string, doc: Document): TemplateRow {
  const units = [doc.text, otherScript(doc.text), noisy(doc.text, NOISE_WRAP)].map((t, i) => wholeUnit(textDocument(t, `${basename(doc.path)}~${['own', 'script', 'noise'][i]}`)));
  return templateRow(set, familyTemplate(`${basename(doc.path)}+copies`, units[0]?.id ?? '', units), units, oneFamily(units));
}

/** Every template of the dev set, one row each. */
export function measureTemplates(): TemplateRow[] {
  const rows: TemplateRow[] = [];
  if (existsSync(SEED_PATH)) {
    const seed = load(SEED_PATH);
    const units = pageUnits(seed);
    for (const t of familyTemplates(units)) rows.push(templateRow('seed', t, units));
    const first = units[0];
    if (first !== undefined) rows.push(copiesRow('seed 篇1 + copies', textDocument(seed.text.slice(first.body.start, first.body.end), 'seed#篇1')));
  }
  const corpus = join(REPO, 'corpus');
  for (const f of readdirSync(corpus).filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
    const units = pageUnits(load(join(corpus, f)));
    for (const t of familyTemplates(units)) if (t.members.length > 1) rows.push(templateRow('corpus', t, units));
  }
  const pages = join(REPO, 'fixtures/pages');
  for (const f of readdirSync(pages).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(pages, f), 'utf8')) as { file: string; families?: string[][] };
    const page = join(pages, gold.file);
    if (!existsSync(page) || gold.families === undefined) continue;
    const units = pageUnits(load(page));
    const byLabel = new Map(units.map((u) => [u.id.slice(u.id.lastIndexOf('#') + 1), u]));
    gold.families.forEach((labels, k) => {
      const members = labels.flatMap((l) => byLabel.get(l) ?? []);
      if (members.length < 2) return;
      rows.push(templateRow('pages', familyTemplate(`${gold.file}#G${k + 1}`, members[0]?.id ?? '', members), members, oneFamily(members)));
    });
  }
  const real = join(REPO, 'corpus/real');
  if (existsSync(real)) {
    for (const g of readdirSync(join(real, 'gold')).filter((x) => /^families.*\.json$/.test(x))) {
      const gold = JSON.parse(readFileSync(join(real, 'gold', g), 'utf8')) as { families: Array<{ id: string; members: string[] }> };
      for (const fam of gold.families) {
        const units = fam.members.filter((m) => existsSync(join(real, m))).map((m) => wholeUnit(load(join(real, m))));
        if (units.length < 2) continue;
        rows.push(templateRow('real copies', familyTemplate(fam.id, units[0]?.id ?? '', units), units, oneFamily(units)));
      }
    }
    for (const f of readdirSync(join(real, 'docs')).filter((x) => x.endsWith('.txt')).sort()) rows.push(copiesRow('real doc + copies', load(join(real, 'docs', f))));
  }
  return rows;
}

/** One line per set (in SETS order, sets with no template left out). */
export function summariseTemplates(rows: readonly TemplateRow[]): TemplateSummary[] {
  return SETS.flatMap((set) => {
    const rs = rows.filter((r) => r.set === set);
    if (rs.length === 0) return [];
    const fam = rs.filter((r) => r.oneFamily !== undefined);
    const sum = (f: (r: TemplateRow) => number): number => rs.reduce((n, r) => n + f(r), 0);
    return [
      {
        set,
        templates: rs.length,
        variable: sum((r) => r.variable),
        maxVariable: Math.max(...rs.map((r) => r.variable)),
        questions: sum((r) => r.questions),
        sharedLabel: sum((r) => r.sharedLabel),
        unclean: sum((r) => r.unclean),
        roundTrip: rs.filter((r) => r.roundTrip).length,
        oneFamily: { yes: fam.filter((r) => r.oneFamily === true).length, of: fam.length },
      },
    ];
  });
}
