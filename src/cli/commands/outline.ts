import type { Command } from 'commander';
import type { Document } from '../../core/document.js';
import { usageError } from '../../core/errors.js';
import type { MarkerRewrite } from '../../core/outline.js';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { buildOutline } from '../../outline/index.js';
import type { OutlineFileJson, VariantOutline } from '../../report/outline.js';
import { outlineFileJson } from '../../report/outline.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import { choice, writeJson } from '../output.js';
import { escapeControls } from '../text.js';
import type { RegisterCommand } from './index.js';

type OutlineFormat = 'tree' | 'json' | 'markdown';

interface OutlineCommandOptions {
  format: string;
  fix?: boolean;
  gbt?: boolean;
  encoding?: string;
}

/** The outline of every variant of a document, in page order (read with the page chrome blanked). */
export function outlineDocument(doc: Document): VariantOutline[] {
  const split = splitVariants(doc);
  const content = maskedDocument(doc, split.chrome);
  return split.variants.map((variant) => ({ variant, outline: buildOutline(content, variant.body) }));
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
export function outlineTreeReport(file: OutlineFileJson, lang: Lang): string {
  const t = reportTexts(lang);
  const out: string[] = [];
  for (const v of file.variants) {
    out.push(t.outlineHeader(escapeControls(v.id), v.items.length, v.inline.length, v.diagnostics.length));
    const all = [...v.items, ...v.inline].sort((a, b) => a.line - b.line || a.column - b.column);
    const width = Math.max(1, ...all.map((it) => String(it.line).length));
    for (const it of all) {
      const indent = '  '.repeat(it.depth - 1);
      const bullet = it.kind === 'inline' ? '· ' : '';
      out.push(`  ${String(it.line).padStart(width)}  ${indent}${bullet}${it.marker}${clip(it.title)}`);
    }
    for (const d of v.diagnostics) out.push(`  ${t.diagnosticLine(t.severity[d.severity], d.code, d.line, d.message)}`);
    if (v.conformance !== undefined) {
      const c = v.conformance;
      out.push(`  ${t.gbtVerdict(c.standard, c.deviations.length)}`);
      for (const d of c.deviations) out.push(`    ${t.gbtDeviation(d.line, d.level, d.found, d.suggested)}`);
      for (const n of c.notes) out.push(`    ${t.gbtNoteLine(n.message)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Markdown: headings by depth (a variant is #, depth 1 is ##), list items and inline items as bullets. */
export function outlineMarkdownReport(file: OutlineFileJson): string {
  const out: string[] = [];
  for (const v of file.variants) {
    out.push(`# ${escapeControls(v.id)}`, '');
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
  const h = helpTexts(io.lang);
  program
    .command('outline')
    .description(h.outline.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.outline.format, 'tree')
    .option('--fix', h.outline.fix)
    .option('--gbt', h.outline.gbt)
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: OutlineCommandOptions) => {
      const format = choice<OutlineFormat>('format', opts.format, ['tree', 'json', 'markdown']);
      if (opts.fix === true && (format !== 'tree' || opts.gbt === true)) {
        throw usageError('fix-conflict', {});
      }
      const loadOptions = inputOptions(opts);
      const files: OutlineFileJson[] = [];
      // --fix: one document is printed bare; several are told apart the way head(1) does. The
      // first is held back until it is known whether a second follows.
      let held: { path: string; text: string } | null = null;
      let headed = false;
      const writeFixed = (f: { path: string; text: string }): void => {
        io.stdout.write(`${headed ? '\n' : ''}==> ${escapeControls(f.path)} <==\n${f.text}`);
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
          else io.stdout.write(format === 'tree' ? outlineTreeReport(file, io.lang) : outlineMarkdownReport(file));
        }
      }
      if (held !== null) io.stdout.write(held.text);
      if (format === 'json' && opts.fix !== true) writeJson(io, { files });
    });
};
