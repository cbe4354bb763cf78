import type { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Document, SplitResult, Variant } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import { splitVariants } from '../../split/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import type { Lang } from '../../messages/index.js';
import { diagnosticJson } from '../../report/diagnostic-json.js';
import { choice, writeJson, type OutputFormat } from '../output.js';
import type { RegisterCommand } from './index.js';

interface SplitCommandOptions {
  format: string;
  encoding?: string;
}

export interface SplitVariantJson {
  id: string;
  label: string | null;
  /** The header line, or the first body line when the page has no headers. */
  startLine: number;
  /** The last body line. */
  endLine: number;
  /** Line of the first body character (the line after the header). */
  bodyStartLine: number;
  /** Characters in the body. */
  chars: number;
}

export interface SplitFileJson {
  path: string;
  encoding: string;
  script: string;
  title: string | null;
  titleLine: number | null;
  variants: SplitVariantJson[];
  /** Page chrome left out of the document (breadcrumbs, menus, blurbs, viewer page numbers …), in page order. */
  chrome: Array<{ kind: string; line: number; column: number; endLine: number; endColumn: number; rule: string }>;
  diagnostics: Array<{ line: number; code: string; severity: string; message: string }>;
}

/** The JSON contract of `plankit split` for one file (DESIGN.md), plus extra fields. */
export function splitFileJson(doc: Document, r: SplitResult, lang: Lang): SplitFileJson {
  const li = new LineIndex(doc.text);
  return {
    path: doc.path,
    encoding: doc.encoding,
    script: doc.script,
    title: r.title?.text ?? null,
    titleLine: r.title ? li.lineOf(r.title.span.start) : null,
    variants: r.variants.map((v) => variantJson(li, doc.text, v)),
    chrome: r.chrome.map((c) => {
      const a = li.position(c.span.start);
      const b = li.position(c.span.end);
      return { kind: c.kind, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, rule: c.rule };
    }),
    diagnostics: r.diagnostics.map((d: Diagnostic) => diagnosticJson(d, li, lang)),
  };
}

function variantJson(li: LineIndex, text: string, v: Variant): SplitVariantJson {
  const bodyStartLine = li.lineOf(v.body.start);
  let startLine = bodyStartLine;
  if (v.header) startLine = li.lineOf(v.header.start);
  else {
    // No header: the variant starts at its first non-blank character.
    const k = text.slice(v.body.start, v.body.end).search(/\S/);
    if (k >= 0) startLine = li.lineOf(v.body.start + k);
  }
  // An empty body has no last line: the variant ends where it starts.
  const endLine = v.body.end > v.body.start ? li.lineOf(v.body.end - 1) : startLine;
  return { id: v.id, label: v.label, startLine, endLine, bodyStartLine, chars: v.body.end - v.body.start };
}

export const registerSplit: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('split')
    .description('Find the title and the 篇 variants of each page (篇1, 篇一, 第N篇, 范文N, 【篇N】, title(N))')
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: SplitCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const files: SplitFileJson[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        const file = splitFileJson(doc, splitVariants(doc), io.lang);
        if (format === 'json') files.push(file);
        else io.stdout.write(textReport(file));
      }
      if (format === 'json') writeJson(io, { files });
    });
};

/** Terminal columns a string takes: East Asian wide characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function textReport(f: SplitFileJson): string {
  const rows = [['id', 'label', 'lines', 'chars'], ...f.variants.map((v) => [v.id, v.label ?? '-', `${v.startLine}-${v.endLine}`, String(v.chars)])];
  const widths = [0, 1, 2, 3].map((k) => Math.max(...rows.map((r) => displayWidth(r[k] as string))));
  const out = [`${f.path}  ${f.encoding}  ${f.script}  title: ${f.title === null ? '-' : `${f.title} (line ${f.titleLine})`}  variants: ${f.variants.length}`];
  for (const r of rows) out.push('  ' + r.map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k] as number))).join('  ').trimEnd());
  for (const d of f.diagnostics) out.push(`  ${d.severity} ${d.code} (line ${d.line}): ${d.message}`);
  return out.join('\n') + '\n';
}
