import type { Command } from 'commander';
import { DEFAULT_DEDUP_OPTIONS, findDuplicates, type DedupOptions, type DedupResult } from '../../dedup/index.js';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { dedupJson, type UnitSource } from '../../report/dedup.js';
import { UnitSplitter } from '../dedup-units/parallel.js';
import { inputOptions, loadDecodedInputs } from '../inputs.js';
import { reportWarning, type CliIO } from '../io.js';
import { choice, numberOption, writeJsonRows, type OutputFormat } from '../output.js';
import { escapeControls, table } from '../text.js';
import type { RegisterCommand } from './index.js';
import { pushAll } from '../../core/push-all.js';

interface DedupCommandOptions {
  format: string;
  encoding?: string;
  near: string;
  contained: string;
  overlap: string;
  shingle: string;
  perm: string;
  boilerplateDf: string;
  minShared: string;
  skipTitle?: boolean;
  singletons?: boolean;
}

/** The CLI's limits; the library checks its own (resolveOptions) and would refuse the same values. */
const MAX_SHINGLE = 64;
const MAX_PERMUTATIONS = 4096;

export const registerDedup: RegisterCommand = (program: Command, io: CliIO) => {
  const d = DEFAULT_DEDUP_OPTIONS;
  const h = helpTexts(io.lang);
  program
    .command('dedup')
    .description(h.dedup.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.formatTextJson, 'text')
    .option('--encoding <name>', h.encoding)
    .option('--near <share>', h.dedup.near, String(d.nearDuplicate))
    .option('--contained <share>', h.dedup.contained, String(d.contained))
    .option('--overlap <share>', h.dedup.overlap, String(d.overlap))
    .option('--shingle <chars>', h.dedup.shingle, String(d.shingleSize))
    .option('--perm <n>', h.dedup.perm, String(d.permutations))
    .option('--boilerplate-df <n>', h.dedup.boilerplateDf, String(d.boilerplateDf))
    .option('--min-shared <n>', h.dedup.minShared, String(d.minShared))
    .option('--skip-title', h.dedup.skipTitle)
    .option('--singletons', h.dedup.singletons)
    .action(async (inputs: string[], opts: DedupCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const permutations = numberOption('perm', opts.perm, { kind: 'integer', min: 1, max: MAX_PERMUTATIONS });
      const options: Partial<DedupOptions> = {
        nearDuplicate: numberOption('near', opts.near, { kind: 'share' }),
        contained: numberOption('contained', opts.contained, { kind: 'share' }),
        overlap: numberOption('overlap', opts.overlap, { kind: 'share' }),
        shingleSize: numberOption('shingle', opts.shingle, { kind: 'integer', min: 1, max: MAX_SHINGLE }),
        permutations,
        boilerplateDf: numberOption('boilerplate-df', opts.boilerplateDf, { kind: 'integer', min: 1 }),
        minShared: numberOption('min-shared', opts.minShared, { kind: 'number', min: 0 }),
      };
      const unitOptions = { skipTitle: opts.skipTitle === true };
      if (permutations < d.bandRows) options.bandRows = permutations;

      const splitter = new UnitSplitter(unitOptions);
      const paths = new Set<string>();
      const loadOptions = inputOptions(opts);
      for await (const doc of loadDecodedInputs(inputs, loadOptions, io)) {
        if (paths.has(doc.path)) {
          reportWarning(io, doc.path, reportTexts(io.lang).givenTwice);
          continue;
        }
        paths.add(doc.path);
        splitter.add(doc);
      }
      const units: Array<{ id: string; text: string }> = [];
      const sources = new Map<string, UnitSource>();
      for (const d of await splitter.finish()) {
        d.units.forEach((u, k) => {
          units.push(u);
          sources.set(u.id, d.sources[k] as UnitSource);
        });
      }
      const r = findDuplicates(units, options);
      if (format === 'json') writeJsonRows(io, dedupJson(r, sources));
      else io.stdout.write(dedupTextReport(r, opts.singletons === true, io.lang));
    });
};

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** Paragraph index lists, shortened: 3–9, 12. */
function ranges(xs: number[]): string {
  const first = xs[0];
  if (first === undefined) return '-';
  const parts: string[] = [];
  let s = first;
  let prev = s;
  for (const x of [...xs.slice(1), Infinity]) {
    if (x === prev + 1) {
      prev = x;
      continue;
    }
    parts.push(s === prev ? String(s + 1) : `${s + 1}–${prev + 1}`);
    s = prev = x;
  }
  return parts.join(', ');
}

/** The directory part all ids share (up to a "/"), dropped in the text tables to keep them narrow. */
function commonDirectory(ids: string[]): string {
  let prefix = ids[0];
  if (prefix === undefined) return '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/** A resemblance with three decimals. */
const share = (x: number): string => x.toFixed(3);

/** `other` as named next to `id`: its label alone when both are variants of the same file. */
function besideName(id: string, other: string, name: (id: string) => string): string {
  const hash = other.lastIndexOf('#');
  return hash > 0 && id.startsWith(other.slice(0, hash + 1)) ? escapeControls(other.slice(hash + 1)) : name(other);
}

/**
 * The text report of `plankit dedup` (also used by `plankit run`), in the user's language: each
 * family of copies with its canonical member and, for every other member, why it joined (the link
 * it came through, its relation to the canonical member, resemblance and both containments) and
 * what it lacks and adds; then the related pairs.
 */
export function dedupTextReport(r: DedupResult, singletons: boolean, lang: Lang): string {
  const t = reportTexts(lang);
  const multi = r.families.filter((f) => f.members.length > 1);
  const alone = r.families.length - multi.length;
  const dir = commonDirectory(r.units.map((u) => u.id));
  const name = (id: string): string => escapeControls(id.slice(dir.length));
  const out = [t.dedupSummary(r.units.length, multi.length, alone, r.pairs.length)];
  if (dir !== '') out.push(t.dedupCommonDir(escapeControls(dir)));
  for (const f of multi) {
    out.push('', t.dedupFamily(f.id, f.members.length, name(f.canonical)));
    const rows: string[][] = [[...t.dedupMemberColumns], [name(f.canonical) + ' *', '-', '-', '-', '-', '-', '-', '-', '-', '-']];
    for (const m of f.delta) {
      const via = besideName(m.id, m.join.via, name);
      rows.push([
        name(m.id),
        m.join.link === 'overlap' ? t.dedupJoinedAsCut(via) : t.dedupJoinedVia(t.relation[m.join.link], via),
        t.relation[m.join.relation],
        share(m.join.resemblance),
        percent(m.join.containment[0]),
        percent(m.join.containment[1]),
        percent(m.missing),
        percent(m.extra),
        ranges(m.missingParagraphs),
        ranges(m.extraParagraphs),
      ]);
    }
    pushAll(out, table(rows));
  }
  if (multi.length > 0) out.push(`  ${t.dedupFamilyNote}`);
  if (r.pairs.length > 0) {
    out.push('', t.dedupPairsHeading);
    const rows: string[][] = [[...t.dedupPairColumns]];
    for (const p of r.pairs) rows.push([name(p.a), name(p.b), t.relation[p.relation], share(p.resemblance), percent(p.containment[0]), percent(p.containment[1])]);
    pushAll(out, table(rows));
  }
  if (singletons && alone > 0) {
    out.push('', t.dedupAlone);
    for (const f of r.families) if (f.members.length === 1) out.push(`  ${name(f.canonical)}`);
  }
  return out.join('\n') + '\n';
}
