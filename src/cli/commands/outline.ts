import type { Command } from 'commander';
import type { Document, Variant } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { MarkerRewrite, Outline, OutlineItem } from '../../core/outline.js';
import { buildOutline } from '../../outline/index.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import type { Lang } from '../../messages/index.js';
import { diagnosticJson } from '../../report/diagnostic-json.js';
import { choice, UsageProblem, writeJson } from '../output.js';
import type { RegisterCommand } from './index.js';

type OutlineFormat = 'tree' | 'json' | 'markdown';

interface OutlineCommandOptions {
  format: string;
  fix?: boolean;
  gbt?: boolean;
  encoding?: string;
}

export interface OutlineItemJson {
  line: number;
  column: number;
  marker: string;
  style: string;
  ordinal: number;
  depth: number;
  parentLine: number | null;
  title: string;
  kind: string;
  /** The ordinal after closing gaps (what --fix writes). */
  renumbered: number;
}

export interface OutlineVariantJson {
  id: string;
  label: string | null;
  /** Line-start items only — the numbering structure (what the gold scores). */
  items: OutlineItemJson[];
  /** Enumerations inside paragraphs (工作重点：一是…；二是…), kept apart from the line-start items. */
  inline: OutlineItemJson[];
  diagnostics: Array<{ line: number; column: number; code: string; severity: string; message: string }>;
  /** With --gbt: the GB/T 9704-2012 conformance report. */
  conformance?: {
    standard: string;
    conforms: boolean;
    deviations: Array<{ line: number; column: number; level: number; found: string; suggested: string }>;
    notes: string[];
  };
}

export interface OutlineFileJson {
  path: string;
  variants: OutlineVariantJson[];
}

export interface VariantOutline {
  variant: Variant;
  outline: Outline;
}

/** The outline of every variant of a document, in page order (read with the page chrome blanked). */
export function outlineDocument(doc: Document): VariantOutline[] {
  const split = splitVariants(doc);
  const content = maskedDocument(doc, split.chrome);
  return split.variants.map((variant) => ({ variant, outline: buildOutline(content, variant.body) }));
}

/** The JSON contract of `plankit outline` for one file (DESIGN.md), plus extra fields. */
export function outlineFileJson(doc: Document, outlines: VariantOutline[], withGbt: boolean, lang: Lang, lines = new LineIndex(doc.text)): OutlineFileJson {
  return {
    path: doc.path,
    variants: outlines.map(({ variant, outline }) => {
      const pos = (offset: number) => lines.position(offset);
      const itemJson = (it: OutlineItem): OutlineItemJson => {
        const p = pos(it.markerSpan.start);
        const parent = it.parent === null ? null : outline.items[it.parent];
        return {
          line: p.line,
          column: p.column,
          marker: it.marker,
          style: it.style,
          ordinal: it.ordinal,
          depth: it.depth,
          parentLine: parent === undefined || parent === null ? null : lines.lineOf(parent.span.start),
          title: doc.text.slice(it.titleSpan.start, it.titleSpan.end),
          kind: it.kind,
          renumbered: it.renumbered,
        };
      };
      const v: OutlineVariantJson = {
        id: variant.id,
        label: variant.label,
        items: outline.items.filter((it) => it.kind !== 'inline').map(itemJson),
        inline: outline.items.filter((it) => it.kind === 'inline').map(itemJson),
        diagnostics: outline.diagnostics.map((d) => diagnosticJson(d, lines, lang)),
      };
      if (withGbt) {
        const c = outline.conformance;
        v.conformance = {
          standard: c.standard,
          conforms: c.conforms,
          deviations: c.deviations.map((d) => ({ ...pos(d.span.start), level: d.level, found: d.found, suggested: d.suggested })),
          notes: c.notes,
        };
      }
      return v;
    }),
  };
}

/**
 * The document text with every marker rewritten to its GB/T 9704 form and gap-free number;
 * every character outside the rewritten markers is kept as it was.
 */
export function fixedText(doc: Document, outlines: VariantOutline[]): string {
  const rewrites: MarkerRewrite[] = outlines.flatMap(({ outline }) => outline.conformance.rewrites).sort((a, b) => a.span.start - b.span.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of rewrites) {
    parts.push(doc.text.slice(at, r.span.start), r.to);
    at = r.span.end;
  }
  parts.push(doc.text.slice(at));
  return parts.join('');
}

/** Titles in the tree view are cut at this many characters (the JSON carries them whole). */
const TREE_TITLE_CHARS = 40;

function clip(s: string): string {
  return s.length > TREE_TITLE_CHARS ? s.slice(0, TREE_TITLE_CHARS) + '…' : s;
}

/** The tree view of one file's outlines (also used by `plankit run`). */
export function outlineTreeReport(file: OutlineFileJson): string {
  const out: string[] = [];
  for (const v of file.variants) {
    out.push(`${v.id}  items: ${v.items.length}  inline: ${v.inline.length}  diagnostics: ${v.diagnostics.length}`);
    const all = [...v.items, ...v.inline].sort((a, b) => a.line - b.line || a.column - b.column);
    const width = Math.max(1, ...all.map((it) => String(it.line).length));
    for (const it of all) {
      const indent = '  '.repeat(it.depth - 1);
      const bullet = it.kind === 'inline' ? '· ' : '';
      out.push(`  ${String(it.line).padStart(width)}  ${indent}${bullet}${it.marker}${clip(it.title)}`);
    }
    for (const d of v.diagnostics) out.push(`  ${d.severity} ${d.code} (line ${d.line}): ${d.message}`);
    if (v.conformance !== undefined) {
      const c = v.conformance;
      out.push(`  ${c.standard}: ${c.conforms ? 'conforms' : `${c.deviations.length} deviation(s)`}`);
      for (const d of c.deviations) out.push(`    line ${d.line}: level ${d.level} "${d.found}" → "${d.suggested}"`);
      for (const n of c.notes) out.push(`    note: ${n}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Markdown: headings by depth (a variant is #, depth 1 is ##), list items and inline items as bullets. */
export function outlineMarkdownReport(file: OutlineFileJson): string {
  const out: string[] = [];
  for (const v of file.variants) {
    out.push(`# ${v.id}`, '');
    const all = [...v.items, ...v.inline].sort((a, b) => a.line - b.line || a.column - b.column);
    let headingDepth = 0;
    let inList = false;
    for (const it of all) {
      const text = `${it.marker}${it.title}`.replace(/([\\`*_[\]<>])/g, '\\$1');
      if (it.kind === 'heading') {
        if (inList) out.push('');
        inList = false;
        headingDepth = it.depth;
        out.push(`${'#'.repeat(Math.min(6, it.depth + 1))} ${text}`, '');
      } else {
        inList = true;
        out.push(`${'  '.repeat(Math.max(0, it.depth - headingDepth - 1))}- ${text}`);
      }
    }
    if (inList) out.push('');
  }
  return out.join('\n');
}

export const registerOutline: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('outline')
    .description(
      'Detect the numbering (一、 （一） 1、 1. （1） ① 一是 第X条 …) of each 篇 variant and print it as a tree. ' +
        'JSON "items" are the lines that start with a marker; enumerations inside paragraphs are listed under "inline".',
    )
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: tree, json or markdown', 'tree')
    .option('--fix', 'print the text renumbered without gaps and with GB/T 9704 markers (一、 （一） 1. （1）), nothing else changed')
    .option('--gbt', 'add the GB/T 9704-2012 conformance report (each deviation with the marker it asks for)')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: OutlineCommandOptions) => {
      const format = choice<OutlineFormat>('format', opts.format, ['tree', 'json', 'markdown']);
      if (opts.fix === true && (format !== 'tree' || opts.gbt === true)) {
        throw new UsageProblem('--fix prints the corrected text; it cannot be combined with --format json/markdown or --gbt');
      }
      const loadOptions = inputOptions(opts);
      const files: OutlineFileJson[] = [];
      // --fix: one document is printed bare; several are told apart the way head(1) does. The
      // first is held back until it is known whether a second follows.
      let held: { path: string; text: string } | null = null;
      let headed = false;
      const writeFixed = (f: { path: string; text: string }): void => {
        io.stdout.write(`${headed ? '\n' : ''}==> ${f.path} <==\n${f.text}`);
        headed = true;
      };
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        const outlines = outlineDocument(doc);
        if (opts.fix === true) {
          const fixed = { path: doc.path, text: fixedText(doc, outlines) };
          if (held !== null) {
            writeFixed(held);
            held = null;
          }
          if (headed) writeFixed(fixed);
          else held = fixed;
        } else {
          const file = outlineFileJson(doc, outlines, opts.gbt === true, io.lang);
          if (format === 'json') files.push(file);
          else io.stdout.write(format === 'tree' ? outlineTreeReport(file) : outlineMarkdownReport(file));
        }
      }
      if (held !== null) io.stdout.write((held as { text: string }).text);
      if (format === 'json' && opts.fix !== true) writeJson(io, { files });
    });
};
