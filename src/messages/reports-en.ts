import type { Script } from '../core/document.js';
import type { Severity } from '../core/diagnostics.js';
import type { GbtNote } from '../core/outline.js';
import type { SlotKind, SlotType } from '../core/template.js';
import type { Relation } from '../dedup/types.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Everything the text reports of the CLI say (split, outline, dedup, slots, diff, template, run,
 * batch, reuse) and the one-line notices on stderr, in English. REPORTS_ZH has the same keys (its
 * type is this table's).
 */
export const REPORTS_EN = {
  // shared
  severity: { error: 'error', warning: 'warning', info: 'info' } satisfies Record<Severity, string>,
  script: { simplified: 'simplified', traditional: 'traditional', mixed: 'mixed', none: 'none' } satisfies Record<Script, string>,
  diagnosticLine: (severity: string, code: string, line: number, message: string): string => `${severity} ${code} (line ${line}): ${message}`,
  /** A one-line notice on stderr after "plankit: <file>: ". */
  warning: (text: string): string => `warning: ${text}`,
  internalError: (detail: string): string => `internal error: ${detail} (a bug in plankit; set PLANKIT_DEBUG=1 for details)`,
  /** Appended to a command-line error (with its own leading space, if any). */
  usageHint: (command: string): string => ` (run ${command} --help for usage)`,

  // split
  splitHeader: (f: { path: string; encoding: string; script: string; title: string | null; titleLine: number | null; variants: number }): string =>
    `${f.path}  ${f.encoding}  ${f.script}  title: ${f.title === null ? '-' : `${f.title} (line ${f.titleLine ?? '?'})`}  variants: ${f.variants}`,
  splitColumns: ['id', 'label', 'lines', 'chars'],

  // slots
  slotsHeader: (id: string, n: number): string => `${id}  slots: ${n}`,
  slotKind: { placeholder: 'placeholder', hollow: 'hollow', literal: 'literal', variable: 'variable' } satisfies Record<SlotKind, string>,
  slotType: {
    count: 'count',
    amount: 'amount',
    percent: 'percent',
    year: 'year',
    date: 'date',
    time: 'time',
    docno: 'docno',
    ordinal: 'ordinal',
    org: 'org',
    redacted: 'redacted',
    text: 'text',
  } satisfies Record<SlotType, string>,

  // outline
  outlineHeader: (id: string, items: number, inline: number, diagnostics: number): string => `${id}  items: ${items}  inline: ${inline}  diagnostics: ${diagnostics}`,
  gbtVerdict: (standard: string, deviations: number): string => `${standard}: ${deviations === 0 ? 'conforms' : `${deviations} deviation(s)`}`,
  gbtDeviation: (line: number, level: number, found: string, suggested: string): string => `line ${line}: level ${level} "${found}" → "${suggested}"`,
  gbtNoteLine: (text: string): string => `note: ${text}`,
  gbtNote: (n: GbtNote): string => {
    switch (n.kind) {
      case 'deeper':
        return `${n.count} item(s) lie deeper than the four levels GB/T 9704 defines and keep their own form`;
      case 'structural':
        return `${n.count} 第X部分/章/节 heading(s) stand above the GB/T 9704 levels and are renumbered only`;
      case 'legal':
        return `${n.count} item(s) are or lie under 第X条/款 markers, which follow legal drafting conventions, not GB/T 9704 levels`;
      case 'prose':
        return `${n.count} line-start prose enumerator(s) (一是, 第一, 首先) are renumbered only, not rewritten`;
    }
  },

  // dedup
  dedupSummary: (units: number, families: number, alone: number, pairs: number): string =>
    `${plural(units, 'unit', 'units')}: ${plural(families, 'family', 'families')} of copies, ${plural(alone, 'unit', 'units')} alone, ${plural(pairs, 'related pair', 'related pairs')}`,
  dedupCommonDir: (dir: string): string => `(paths below are in ${dir})`,
  dedupFamily: (id: string, members: number, canonical: string): string =>
    `${id}  ${plural(members, 'member', 'members')}, canonical (the most complete, every member is related to it): ${canonical}`,
  /** How a member joined its family: `link` is an already translated relation name, `via` the member it came through. */
  dedupJoinedVia: (link: string, via: string): string => `${link} with ${via}`,
  /** How a member joined through an overlap, which links only two cuts of one text. */
  dedupJoinedAsCut: (via: string): string => `another cut of ${via}`,
  dedupMemberColumns: ['member', 'joined through', 'relation to canonical', 'resemblance', 'in canonical', 'canonical in it', 'lacks', 'adds', 'canonical paragraphs it lacks', 'paragraphs of its own'],
  dedupFamilyNote:
    '(a member joins through a near-duplicate or contained link, or as another cut of the same text (each holding at least half of the other as whole paragraphs), to a member already in, and only if it is itself related to the canonical member (no chaining); boilerplate sentences weigh less in every share. Paragraphs are the non-blank lines of a variant, numbered from 1; * marks the canonical member)',
  dedupPairsHeading: 'Related pairs (a in b: share of a found in b)',
  dedupPairColumns: ['a', 'b', 'relation', 'resemblance', 'a in b', 'b in a'],
  relation: { identical: 'identical', 'near-duplicate': 'near-duplicate', contained: 'contained', overlap: 'overlap' } satisfies Record<Relation, string>,
  dedupAlone: 'Alone',
  givenTwice: 'given more than once; compared once',

  // diff
  diffSide: (sign: string, id: string, from: number, to: number, paragraphs: number): string => `${sign} ${id} (lines ${from}–${to}, ${paragraphs} paragraphs)`,
  diffSummary: (s: { equal: number; changed: number; deleted: number; inserted: number }, a = 'a', b = 'b'): string =>
    `${s.equal} equal, ${s.changed} changed, ${s.deleted} only in ${a}, ${s.inserted} only in ${b}`,
  diffEqualRun: (n: number, a: string, b: string): string => `= ${n} equal paragraph${n === 1 ? '' : 's'} (a ${a}, b ${b})`,
  diffAlike: (percent: number): string => `(${percent}% alike)`,
  diffColumn: (id: string, from: number, to: number): string => `${id} (lines ${from}–${to})`,

  // template
  templateHeader: (family: string, members: string[], fields: number, slots: number, optionals: number): string =>
    `== ${family}  members: ${members.join(', ')}  fields: ${fields}  slots: ${slots}  optional blocks: ${optionals}`,
  /** A field of the text report: its key, label, type, unit and the slots it fills. */
  templateField: (key: string, label: string, type: string, unit: string, slots: string[]): string =>
    `【${key}】 ${label}  ${type}${unit ? ` (${unit})` : ''}  ${slots.join(' ')}`,
  templateOptional: (id: string, members: string[], label: string): string => `${id}  optional, in ${members.join(', ')}: ${label}`,

  // run
  runPages: 'Pages: variants and segmentation',
  runBlanks: 'Blanks: per variant by kind and type, and the least sure',
  blanksCount: (n: number): string => `${n} blanks`,
  blanksByKind: 'by kind',
  blanksByType: 'by type',
  blanksLeastSure: 'least sure',
  blanksNone: '(no blanks)',
  /** A kind or type name in the blank summary: the code in English, the Chinese name and the code in Chinese. */
  blanksName: (name: string, code: string): string => (name === code ? code : `${name}(${code})`),
  runOutlines: 'Outlines',
  runFamilies: 'Families',
  runTemplate: (family: string, members: string[]): string => `Template of the largest family (${family}: ${members.join(', ')})`,
  runAnalysing: (path: string): string => `analysing ${path}`,
  runPage: (p: { path: string; encoding: string; script: string; html: boolean; title: string | null; variants: number }): string =>
    `${p.path}  (${p.encoding}, ${p.script}${p.html ? ', html' : ''})  ${p.title === null ? '(no title)' : `《${p.title}》`}  ${p.variants} variant(s)`,
  runWholeFile: '(whole file)',
  runVariant: (v: { from: number; to: number; chars: number; sentences: number; words: number; slots: number }): string =>
    `lines ${v.from}–${v.to}, ${v.chars} chars, ${v.sentences} sentences, ${v.words} words, ${v.slots} slots`,
  runFields: (n: number): string => `Fields to fill in (${n})`,
  runField: (key: string, label: string, example: string, places: number): string =>
    `【${key}】 ${label}${example ? `  e.g. ${example}` : ''}  (${places} ${places === 1 ? 'place' : 'places'})`,
  runTemplateCounts: (fields: number, slots: number, optionals: number): string => `${fields} fields (${slots} slots), ${optionals} optional blocks.`,
  runWritten: (out: string, template: string, values: string, valuesJson: string): string =>
    `Written to ${out}/: template.json (the template), template.txt (printable, with blanks), ${values} and ${valuesJson} (fill in ${values}, then: plankit fill ${template} ${values} -o plan.txt).`,
  /** A values file filled in since the last run is kept; the new skeleton went beside it. */
  runKeptFilledIn: (path: string, fresh: string): string => `${path} holds values filled in and is kept; the new values file is ${fresh}`,

  // batch and reuse
  batchFiles: (c: { seen: number; analysed: number; skipped: number; failed: number; duration: string }): string =>
    `${c.seen} files: ${c.analysed} analysed, ${c.skipped} already done, ${c.failed} failed — ${c.duration}`,
  batchRate: (docsPerSecond: string, mbPerSecond: string): string => `, ${docsPerSecond} docs/s, ${mbPerSecond} MB/s`,
  batchFamilies: (families: number, multi: number, units: number): string => `families: ${families} (${multi} with two or more variants) over ${units} variants`,
  batchTemplates: (built: number, failed: number, skipped: number): string =>
    `templates: ${built} built${failed > 0 ? `, ${failed} failed` : ''}${skipped > 0 ? `, ${skipped} families over --max-templates` : ''}`,
  batchResults: (db: string): string => `results in ${db}`,
  familiesElsewhere: (job: number): string => `families: built by another process of job ${job}`,
  templateFailed: (family: string, message: string, kind: string): string => `template of family ${family} not built: ${message} (${kind})`,
  progress: {
    files: (n: number): string => `${n} files`,
    docsPerSecond: (x: string): string => `${x} docs/s`,
    eta: (d: string): string => `ETA ${d}`,
    skipped: (n: number): string => `${n} skipped`,
    failed: (n: number): string => `${n} failed`,
  },
};

export type ReportTexts = typeof REPORTS_EN;
