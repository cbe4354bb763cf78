import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { LineIndex } from '../../core/lines.js';
import type { Template } from '../../core/template.js';
import { findDuplicates, type DedupResult } from '../../dedup/index.js';
import { analyzeDocument, dedupUnit, type Analysis } from '../../pipeline.js';
import { buildTemplate, renderText, skeletonJson, skeletonYaml } from '../../template/index.js';
import { chromeSummary, formatDiagnostic, helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { outlineFileJson } from '../../report/outline.js';
import { inputOptions, loadInputs } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { outputError } from '../output.js';
import { displayWidth, escapeControls } from '../text.js';
import { blankSummary } from './blank-summary.js';
import { dedupTextReport } from './dedup.js';
import { outlineTreeReport } from './outline.js';
import type { RegisterCommand } from './index.js';

interface RunOptions {
  out: string;
  encoding?: string;
  outline: boolean;
}

/** What `npm start` runs on when no input is named. */
/** The sample pages the project ships (corpus/real, the measured dev set, is not part of the demo). */
export const DEFAULT_CORPUS = 'corpus/*.{txt,html}';
/** The segmentation sample shows this many characters of a variant's first sentence. */
const SAMPLE_CHARS = 60;

/**
 * The main job, in five parts: pages (variants and segmentation), the blanks of each variant,
 * outlines, families, and the template of the largest family — printed with its blanks and written with a values skeleton.
 */
export const registerRun: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('run')
    .description(h.run.description)
    .argument('[inputs...]', h.run.inputs(DEFAULT_CORPUS))
    .option('-o, --out <dir>', h.run.out, 'out')
    .option('--no-outline', h.run.noOutline)
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: RunOptions) => {
      const t = reportTexts(io.lang);
      const w = (s = ''): void => void io.stdout.write(s + '\n');
      const analyses: Analysis[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs.length > 0 ? inputs : [DEFAULT_CORPUS], loadOptions, io)) {
        progress(io, t.runAnalysing(escapeControls(doc.path)));
        analyses.push(analyzeDocument(doc));
      }
      progress(io, '');
      if (analyses.length === 0) return;

      w(heading(t.runPages));
      for (const a of analyses) w(pageSummary(a, io.lang));

      w(heading(t.runBlanks));
      for (const a of analyses) w(blankSummary(a, io.lang));

      if (opts.outline) {
        w(heading(t.runOutlines));
        for (const a of analyses) {
          const outlines = a.variants.flatMap((v) => (v.outline === null ? [] : [{ variant: v.variant, outline: v.outline }]));
          w(outlineTreeReport(outlineFileJson(a.document, outlines, false, io.lang), io.lang));
        }
      }

      const units = analyses.flatMap((a) => a.variants.map((v) => dedupUnit(a, v.variant)));
      const dedup = findDuplicates(units);
      w(heading(t.runFamilies));
      w(dedupTextReport(dedup, true, io.lang));

      const template = largestFamilyTemplate(analyses, dedup);
      if (template === null) return;
      w(heading(t.runTemplate(template.family, template.members.map(escapeControls))));
      const text = renderText(template);
      w(text.trimEnd());
      w();
      try {
        await mkdir(opts.out, { recursive: true });
        await writeFile(join(opts.out, 'template.json'), JSON.stringify({ templates: [template] }, null, 2) + '\n');
        await writeFile(join(opts.out, 'template.txt'), text);
        await writeFile(join(opts.out, 'values.json'), skeletonJson(template));
        await writeFile(join(opts.out, 'values.yaml'), skeletonYaml(template));
      } catch (e) {
        reportError(io, outputError(opts.out, e));
        return;
      }
      w(t.runTemplateCounts(template.slots.length, template.optionals.length));
      w(t.runWritten(escapeControls(opts.out), escapeControls(join(opts.out, 'template.json')), escapeControls(join(opts.out, 'values.yaml'))));
    });
};

function heading(title: string): string {
  return `\n=== ${title} ${'='.repeat(Math.max(3, 72 - displayWidth(title)))}\n`;
}

/** One page: encoding, script, title, then a row per variant with its first sentence segmented. */
function pageSummary(a: Analysis, lang: Lang): string {
  const t = reportTexts(lang);
  const d = a.document;
  const lines = new LineIndex(d.text);
  const out = [
    t.runPage({ path: escapeControls(d.path), encoding: d.encoding, script: t.script[d.script], html: d.format === 'html', title: a.title?.text ?? null, variants: a.variants.length }),
    `  ${chromeLine(a, lines, lang)}`,
  ];
  for (const v of a.variants) {
    const { variant } = v;
    const from = lines.lineOf(variant.header?.start ?? variant.body.start);
    const to = lines.lineOf(Math.max(variant.body.start, variant.body.end - 1));
    const words = v.tokens.filter((t) => t.tag !== 'x').length;
    const name = variant.label ?? t.runWholeFile;
    const header = variant.header === null ? '' : `  「${escapeControls(d.text.slice(variant.header.start, variant.header.end).trim())}」`;
    out.push(
      `  ${name}${' '.repeat(Math.max(0, 6 - displayWidth(name)))} ` +
        t.runVariant({ from, to, chars: variant.body.end - variant.body.start, sentences: v.sentences.length, words, slots: v.slots.length }) +
        header,
    );
    const first = v.sentences[0];
    if (first !== undefined) {
      const tokens = v.tokens.filter((t) => t.span.start >= first.span.start && t.span.end <= first.span.end && t.tag !== 'x');
      let sample = '';
      for (const t of tokens) {
        const word = d.text.slice(t.span.start, t.span.end);
        if (sample.length + word.length > SAMPLE_CHARS) {
          sample += ' …';
          break;
        }
        sample += (sample === '' ? '' : '/') + word;
      }
      if (sample !== '') out.push(`         ${sample}`);
    }
  }
  for (const diag of a.diagnostics) {
    if (diag.severity !== 'info') out.push(`  ${t.diagnosticLine(t.severity[diag.severity], diag.code, lines.lineOf(diag.span.start), formatDiagnostic(diag, lang))}`);
  }
  return out.join('\n') + '\n';
}

/** One line: the page chrome left out (whole lines, spans inside lines, kinds). */
function chromeLine(a: Analysis, lines: LineIndex, lang: Lang): string {
  const text = a.document.text;
  const whole = new Set<number>();
  let inline = 0;
  for (const c of a.chrome) {
    const l = lines.lineOf(c.span.start);
    const span = lines.lineSpan(l, text);
    if (text.slice(span.start, c.span.start).trim() === '' && text.slice(c.span.end, span.end).trim() === '') whole.add(l);
    else inline++;
  }
  return chromeSummary(a.chrome.map((c) => c.kind), whole.size, inline, lang);
}

/** The template of the family with the most members (ties: the longer canonical text, then id). */
function largestFamilyTemplate(analyses: Analysis[], dedup: DedupResult): Template | null {
  const family = [...dedup.families].sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
  if (family === undefined) return null;
  const byId = new Map(analyses.flatMap((a) => a.variants.map((v) => [v.variant.id, { document: a.content, body: v.variant.body }] as const)));
  const ordered = [family.canonical, ...family.members.filter((m) => m !== family.canonical)];
  const members = ordered.map((id) => ({ id, ...(byId.get(id) as { document: Analysis['document']; body: Analysis['variants'][number]['variant']['body'] }) }));
  return buildTemplate(members, { family: family.id });
}

/** A one-line status on stderr, only on a TTY (cleared with an empty message). */
function progress(io: CliIO, message: string): void {
  if (io.stderr.isTTY !== true) return;
  const width = Math.max(20, (io.stderr.columns ?? 80) - 1);
  io.stderr.write(`\r${message.slice(0, width).padEnd(width)}\r`);
}
