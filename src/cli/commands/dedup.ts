import type { Command } from 'commander';
import { LineIndex } from '../../core/lines.js';
import { DEFAULT_DEDUP_OPTIONS, findDuplicates, unitText, type DedupOptions, type DedupResult } from '../../dedup/index.js';
import { familyMessages, type Lang } from '../../messages/index.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { choice, numberOption, UsageProblem, type OutputFormat } from '../output.js';
import type { RegisterCommand } from './index.js';
import { displayWidth } from './split.js';

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

/** Where a unit comes from, for the report (the library only sees ids and folded text). */
interface UnitSource {
  path: string;
  label: string | null;
  startLine: number;
  endLine: number;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export const registerDedup: RegisterCommand = (program: Command, io: CliIO) => {
  const d = DEFAULT_DEDUP_OPTIONS;
  program
    .command('dedup')
    .description('Find identical, near-duplicate, contained and overlapping variants across pages, grouped into families')
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .option('--near <share>', 'near-duplicate when the Jaccard resemblance reaches this', String(d.nearDuplicate))
    .option('--contained <share>', 'contained when this share of one unit is inside the other', String(d.contained))
    .option('--overlap <share>', 'overlap when this share of either unit is inside the other', String(d.overlap))
    .option('--shingle <chars>', 'characters per shingle', String(d.shingleSize))
    .option('--perm <n>', 'MinHash signature length (permutations)', String(d.permutations))
    .option('--boilerplate-df <n>', 'a sentence found in more than this many units is boilerplate and weighs less', String(d.boilerplateDf))
    .option('--min-shared <n>', 'related only when sharing at least this many full-weight shingles', String(d.minShared))
    .option('--skip-title', 'leave the title line of a page without 篇 variants out of its unit (default: it is part of it)')
    .option('--singletons', 'also list the units related to nothing (text format)')
    .action(async (inputs: string[], opts: DedupCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const options: Partial<DedupOptions> = {
        nearDuplicate: numberOption('near', opts.near, 0, 1),
        contained: numberOption('contained', opts.contained, 0, 1),
        overlap: numberOption('overlap', opts.overlap, 0, 1),
        shingleSize: integerOption('shingle', opts.shingle, 1, 64),
        permutations: integerOption('perm', opts.perm, 1, 4096),
        boilerplateDf: integerOption('boilerplate-df', opts.boilerplateDf, 1, Number.MAX_SAFE_INTEGER),
        minShared: numberOption('min-shared', opts.minShared, 0, Number.MAX_SAFE_INTEGER),
      };
      const unitOptions = { skipTitle: opts.skipTitle === true };
      if ((options.permutations as number) < d.bandRows) options.bandRows = options.permutations as number;

      const units: Array<{ id: string; text: string }> = [];
      const sources = new Map<string, UnitSource>();
      const paths = new Set<string>();
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        if (paths.has(doc.path)) {
          reportError(io, `${doc.path}: given more than once; compared once`);
          continue;
        }
        paths.add(doc.path);
        const li = new LineIndex(doc.text);
        const split = splitVariants(doc);
        // Units compare the content view (chrome blanked), as batch and the library do.
        const content = maskedDocument(doc, split.chrome);
        for (const v of split.variants) {
          units.push({ id: v.id, text: unitText(content.folded, split.title, v, unitOptions) });
          const startLine = li.lineOf(v.header?.start ?? (v.label === null && !unitOptions.skipTitle ? split.title?.span.start : undefined) ?? v.body.start);
          sources.set(v.id, { path: doc.path, label: v.label, startLine, endLine: v.body.end > v.body.start ? li.lineOf(v.body.end - 1) : startLine });
        }
      }
      const r = findDuplicates(units, options);
      if (format === 'json') writeJsonRows(io, dedupJson(r, sources));
      else io.stdout.write(dedupTextReport(r, opts.singletons === true, io.lang));
    });
};

function integerOption(name: string, value: string, min: number, max: number): number {
  const n = numberOption(name, value, min, max);
  if (!Number.isInteger(n)) throw new UsageProblem(`--${name} must be a whole number (got "${value}")`);
  return n;
}

/**
 * Writes a JSON object whose arrays hold one element per line, in chunks: the whole document as one
 * string was the largest allocation of a 100k-unit run (100 MB and more).
 */
function writeJsonRows(io: CliIO, value: Record<string, unknown>): void {
  const CHUNK = 1 << 20;
  let buffer = '{';
  const flush = (force: boolean): void => {
    if (force || buffer.length >= CHUNK) {
      io.stdout.write(buffer);
      buffer = '';
    }
  };
  Object.entries(value).forEach(([key, v], k) => {
    buffer += `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v)) {
      buffer += JSON.stringify(v);
      return;
    }
    buffer += '[';
    v.forEach((item, i) => {
      buffer += `${i === 0 ? '' : ','}\n    ${JSON.stringify(item)}`;
      flush(false);
    });
    buffer += v.length === 0 ? ']' : '\n  ]';
  });
  buffer += '\n}\n';
  flush(true);
}

/** The JSON contract of `plankit dedup` (DESIGN.md), plus where each unit is and what the run did. */
export function dedupJson(r: DedupResult, sources: Map<string, UnitSource>): Record<string, unknown> {
  return {
    units: r.units.map((u) => ({ ...u, ...sources.get(u.id) })),
    pairs: r.pairs.map((p) => ({ ...p, resemblance: round(p.resemblance), containment: p.containment.map(round) })),
    families: r.families.map((f) => ({
      ...f,
      delta: f.delta.map((m) => ({
        ...m,
        join: { ...m.join, resemblance: round(m.join.resemblance), containment: m.join.containment.map(round) },
        missing: round(m.missing),
        extra: round(m.extra),
      })),
    })),
    options: r.options,
    stats: r.stats,
  };
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, k) => Math.max(...rows.map((r) => displayWidth(r[k] ?? ''))));
  return rows.map((r) => '  ' + r.map((c, k) => (k === r.length - 1 ? c : c + ' '.repeat((widths[k] as number) - displayWidth(c)))).join('  ').trimEnd());
}

/** Paragraph index lists, shortened: 3–9, 12. */
function ranges(xs: number[]): string {
  if (xs.length === 0) return '-';
  const parts: string[] = [];
  let s = xs[0] as number;
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
  if (ids.length === 0) return '';
  let prefix = ids[0] as string;
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/** A resemblance with three decimals. */
const share = (x: number): string => x.toFixed(3);

/** `other` as named next to `id`: its label alone when both are variants of the same file. */
function besideName(id: string, other: string, name: (id: string) => string): string {
  const hash = other.lastIndexOf('#');
  return hash > 0 && id.startsWith(other.slice(0, hash + 1)) ? other.slice(hash + 1) : name(other);
}

/**
 * The text report of `plankit dedup` (also used by `plankit run`), in the user's language: each
 * family of copies with its canonical member and, for every other member, why it joined (the link
 * it came through, its relation to the canonical member, resemblance and both containments) and
 * what it lacks and adds; then the related pairs.
 */
export function dedupTextReport(r: DedupResult, singletons = false, lang: Lang = 'zh'): string {
  const m = familyMessages(lang);
  const multi = r.families.filter((f) => f.members.length > 1);
  const alone = r.families.length - multi.length;
  const dir = commonDirectory(r.units.map((u) => u.id));
  const name = (id: string): string => id.slice(dir.length);
  const out = [m.summary({ units: r.units.length, families: multi.length, alone, pairs: r.pairs.length })];
  if (dir !== '') out.push(m.pathsIn(dir));
  for (const f of multi) {
    out.push('', m.family({ id: f.id, members: f.members.length, canonical: name(f.canonical) }));
    const rows: string[][] = [[...m.memberColumns]];
    rows.push([name(f.canonical) + ' *', '-', '-', '-', '-', '-', '-', '-', '-', '-']);
    for (const d of f.delta) {
      rows.push([
        name(d.id),
        d.join.link === 'overlap'
          ? m.joinedAsCut({ via: besideName(d.id, d.join.via, name) })
          : m.joinedVia({ link: m.relation[d.join.link], via: besideName(d.id, d.join.via, name) }),
        m.relation[d.join.relation],
        share(d.join.resemblance),
        percent(d.join.containment[0]),
        percent(d.join.containment[1]),
        percent(d.missing),
        percent(d.extra),
        ranges(d.missingParagraphs),
        ranges(d.extraParagraphs),
      ]);
    }
    out.push(...table(rows));
  }
  if (multi.length > 0) out.push('  ' + m.memberNote);
  if (r.pairs.length > 0) {
    out.push('', m.pairsHeading);
    const rows: string[][] = [[...m.pairColumns]];
    for (const p of r.pairs) rows.push([name(p.a), name(p.b), m.relation[p.relation], share(p.resemblance), percent(p.containment[0]), percent(p.containment[1])]);
    out.push(...table(rows));
  }
  if (singletons && alone > 0) {
    out.push('', m.aloneHeading);
    for (const f of r.families) if (f.members.length === 1) out.push(`  ${name(f.members[0] as string)}`);
  }
  return out.join('\n') + '\n';
}
