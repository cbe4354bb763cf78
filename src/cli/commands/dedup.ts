import type { Command } from 'commander';
import { LineIndex } from '../../core/lines.js';
import { DEFAULT_DEDUP_OPTIONS, findDuplicates, type DedupOptions, type DedupResult } from '../../dedup/index.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { choice, numberOption, UsageProblem, writeJson, type OutputFormat } from '../output.js';
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
    .option('--singletons', 'also list the units related to nothing (text format)')
    .action(async (inputs: string[], opts: DedupCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const options: Partial<DedupOptions> = {
        nearDuplicate: numberOption('near', opts.near, 0, 1),
        contained: numberOption('contained', opts.contained, 0, 1),
        overlap: numberOption('overlap', opts.overlap, 0, 1),
        shingleSize: integerOption('shingle', opts.shingle, 1, 64),
        permutations: integerOption('perm', opts.perm, 1, 4096),
      };
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
        const content = maskedDocument(doc, split.chrome);
        for (const v of split.variants) {
          units.push({ id: v.id, text: content.folded.slice(v.body.start, v.body.end) });
          const startLine = li.lineOf(v.header?.start ?? v.body.start);
          sources.set(v.id, { path: doc.path, label: v.label, startLine, endLine: v.body.end > v.body.start ? li.lineOf(v.body.end - 1) : startLine });
        }
      }
      const r = findDuplicates(units, options);
      if (format === 'json') writeJson(io, dedupJson(r, sources));
      else io.stdout.write(dedupTextReport(r, opts.singletons === true));
    });
};

function integerOption(name: string, value: string, min: number, max: number): number {
  const n = numberOption(name, value, min, max);
  if (!Number.isInteger(n)) throw new UsageProblem(`--${name} must be a whole number (got "${value}")`);
  return n;
}

/** The JSON contract of `plankit dedup` (DESIGN.md), plus where each unit is and what the run did. */
export function dedupJson(r: DedupResult, sources: Map<string, UnitSource>): unknown {
  return {
    units: r.units.map((u) => ({ ...u, ...sources.get(u.id) })),
    pairs: r.pairs.map((p) => ({ ...p, resemblance: round(p.resemblance), containment: p.containment.map(round) })),
    families: r.families.map((f) => ({ ...f, delta: f.delta.map((m) => ({ ...m, missing: round(m.missing), extra: round(m.extra) })) })),
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

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The text report of `plankit dedup` (also used by `plankit run`). */
export function dedupTextReport(r: DedupResult, singletons = false): string {
  const multi = r.families.filter((f) => f.members.length > 1);
  const alone = r.families.length - multi.length;
  const dir = commonDirectory(r.units.map((u) => u.id));
  const name = (id: string): string => id.slice(dir.length);
  const out = [
    `${plural(r.units.length, 'unit', 'units')}: ${plural(multi.length, 'family', 'families')} of copies, ${plural(alone, 'unit', 'units')} alone, ${plural(r.pairs.length, 'related pair', 'related pairs')}`,
  ];
  if (dir !== '') out.push(`(paths below are in ${dir})`);
  for (const f of multi) {
    out.push('', `${f.id}  ${f.members.length} members, canonical (most complete): ${name(f.canonical)}`);
    const rows = [['member', 'lacks', 'adds', 'canonical paragraphs it lacks', 'paragraphs of its own']];
    rows.push([name(f.canonical) + ' *', '-', '-', '-', '-']);
    for (const m of f.delta) rows.push([name(m.id), percent(m.missing), percent(m.extra), ranges(m.missingParagraphs), ranges(m.extraParagraphs)]);
    out.push(...table(rows));
  }
  if (multi.length > 0) out.push('  (paragraphs are the non-blank lines of a variant, numbered from 1; * marks the canonical member)');
  if (r.pairs.length > 0) {
    out.push('', 'Related pairs (a in b: share of a found in b)');
    const rows = [['a', 'b', 'relation', 'resemblance', 'a in b', 'b in a']];
    for (const p of r.pairs) rows.push([name(p.a), name(p.b), p.relation, p.resemblance.toFixed(3), percent(p.containment[0]), percent(p.containment[1])]);
    out.push(...table(rows));
  }
  if (singletons && alone > 0) {
    out.push('', 'Alone');
    for (const f of r.families) if (f.members.length === 1) out.push(`  ${name(f.members[0] as string)}`);
  }
  return out.join('\n') + '\n';
}
