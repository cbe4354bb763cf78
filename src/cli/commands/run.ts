import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { LineIndex } from '../../core/lines.js';
import type { Template } from '../../core/template.js';
import { findDuplicates, type DedupResult } from '../../dedup/index.js';
import { analyzeDocument, foldedBody, type Analysis } from '../../pipeline.js';
import { familyTemplates, renderText, skeletonJson, skeletonYaml, type FamilyUnit } from '../../template/index.js';
import { templatesJson } from '../../report/template.js';
import { writeFileAtomic } from '../safe-write.js';
import { pageUnits, unitLocator } from '../template-units.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { chromeSummary, cliFiles, exportTexts, formatDiagnostic, LANGS, type Lang } from '../../messages/index.js';
import { blankSummary } from './blank-summary.js';
import type { TitledTemplate } from '../../export/model.js';
import { variantTitle } from '../../export/title.js';
import { dedupTextReport } from './dedup.js';
import { writeOfficeFiles } from './office-files.js';
import { outlineFileJson, outlineTreeReport } from './outline.js';
import type { RegisterCommand } from './index.js';

interface RunOptions {
  out: string;
  encoding?: string;
  outline: boolean;
}

/** The values file the main job writes for people to fill in (and its JSON twin). */
const VALUES_YAML = '填写.yaml';
const VALUES_JSON = '填写.json';

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
  program
    .command('run')
    .description(
      'The main job on a corpus: split and segment every page, show each variant\'s outline, group the variants into families, ' +
        'and print the template of the largest family; the template and a values skeleton are written to --out',
    )
    .argument('[inputs...]', `${INPUT_HELP} (default: ${DEFAULT_CORPUS})`)
    .option('-o, --out <dir>', 'folder for template.json, template.txt, 填写.yaml and 填写.json', 'out')
    .option('--no-outline', 'leave the outlines out of the summary')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: RunOptions) => {
      const w = (s = ''): void => void io.stdout.write(s + '\n');
      const analyses: Analysis[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs.length > 0 ? inputs : [DEFAULT_CORPUS], loadOptions, io)) {
        progress(io, `analysing ${doc.path}`);
        analyses.push(analyzeDocument(doc));
      }
      progress(io, '');
      if (analyses.length === 0) return;

      w(heading('Pages: variants and segmentation'));
      for (const a of analyses) w(pageSummary(a, io.lang));

      w(heading(io.lang === 'zh' ? '空位：每篇按种类、类型计数，及置信度最低的空位' : 'Blanks: per variant by kind and type, and the least sure'));
      for (const a of analyses) w(blankSummary(a, io.lang));

      if (opts.outline) {
        w(heading('Outlines'));
        for (const a of analyses) {
          const outlines = a.variants.flatMap((v) => (v.outline === null ? [] : [{ variant: v.variant, outline: v.outline }]));
          w(outlineTreeReport(outlineFileJson(a.document, outlines, false, io.lang)));
        }
      }

      const dedup = findDuplicates(analyses.flatMap((a) => a.variants.map((v) => ({ id: v.variant.id, text: foldedBody(a, v.variant) }))));
      w(heading('Families'));
      w(dedupTextReport(dedup, true));

      // The analyses' own slots are the ones the template starts from (no second detection).
      const units = analyses.flatMap((a) => pageUnits(a.content, { title: a.title, variants: a.variants.map((v) => v.variant), chrome: a.chrome }).map((u, i) => ({ ...u, slots: a.variants[i]?.slots ?? [] })));
      const template = withRunTitle(largestFamilyTemplate(units, dedup), analyses, units);
      if (template === null) return;
      const locate = unitLocator(units);
      w(heading(`Template of the largest family (${template.family}: ${template.members.join(', ')})`));
      const text = renderText(template, { fields: true });
      w(text.trimEnd());
      w();
      w(heading(`Fields to fill in 填写的字段 (${template.fields.length})`));
      for (const f of template.fields) w(`  【${f.key}】 ${f.label}${f.example ? `  例：${f.example}` : ''}  (${f.slots.length} 处)`);
      w();
      try {
        await mkdir(opts.out, { recursive: true });
        await writeFileAtomic(join(opts.out, 'template.json'), JSON.stringify(templatesJson([template], locate), null, 2) + '\n');
        await writeFileAtomic(join(opts.out, 'template.txt'), renderText(template));
        for (const [name, text] of [
          [VALUES_YAML, skeletonYaml(template, locate)],
          [VALUES_JSON, skeletonJson(template, locate)],
        ] as const) {
          // A values file someone has filled in is work: a new skeleton goes beside it, never over it.
          const kept = await keepFilledIn(join(opts.out, name), text);
          if (kept !== null) w(cliFiles(io.lang).keptFilledIn(join(opts.out, name), kept));
          await writeFileAtomic(kept ?? join(opts.out, name), text);
        }
      } catch (e) {
        reportError(io, cliFiles(io.lang).cannotWrite(opts.out, (e as Error).message));
        io.fail(EXIT.inputFailed);
        return;
      }
      w(`${template.fields.length} fields (${template.slots.length} slots), ${template.optionals.length} optional blocks.`);
      w(
        `Written to ${opts.out}/: template.json (the template), template.txt (printable, with blanks), ${VALUES_YAML} and ${VALUES_JSON} ` +
          `(fill in, then: plankit fill ${join(opts.out, 'template.json')} ${join(opts.out, VALUES_YAML)}).`,
      );
      w(`已写入 ${opts.out}/：填好 ${VALUES_YAML} 后运行 plankit fill ${join(opts.out, 'template.json')} ${join(opts.out, VALUES_YAML)} -o 计划.txt`);
      if (!(await writeOfficeFiles(io, opts.out, template))) return;
      // How to open them, in Chinese and in English (the main job is also a demonstration).
      for (const lang of LANGS) for (const line of exportTexts(lang).runFiles(opts.out)) w(line);
    });
};

/**
 * When `path` holds something other than `fresh` (a values file filled in since), the name the new
 * skeleton takes instead (填写.new.yaml); null when the file is absent or already the same.
 */
async function keepFilledIn(path: string, fresh: string): Promise<string | null> {
  let old: string;
  try {
    old = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  return old === fresh ? null : path.replace(/(\.[^./]+)$/u, '.new$1');
}

function heading(title: string): string {
  return `\n=== ${title} ${'='.repeat(Math.max(3, 72 - title.length))}\n`;
}

/** One page: encoding, script, title, then a row per variant with its first sentence segmented. */
function pageSummary(a: Analysis, lang: Lang): string {
  const d = a.document;
  const lines = new LineIndex(d.text);
  const out = [`${d.path}  (${d.encoding}, ${d.script}${d.format === 'html' ? ', html' : ''})  ${a.title ? `《${a.title.text}》` : '(no title)'}  ${a.variants.length} variant(s)`];
  out.push(`  ${chromeLine(a, lines, lang)}`);
  for (const v of a.variants) {
    const { variant } = v;
    const from = lines.lineOf(variant.header?.start ?? variant.body.start);
    const to = lines.lineOf(Math.max(variant.body.start, variant.body.end - 1));
    const words = v.tokens.filter((t) => t.tag !== 'x').length;
    const header = variant.header === null ? '' : `  「${d.text.slice(variant.header.start, variant.header.end).trim()}」`;
    out.push(
      `  ${(variant.label ?? '(whole file)').padEnd(6)} lines ${from}–${to}, ${variant.body.end - variant.body.start} chars, ` +
        `${v.sentences.length} sentences, ${words} words, ${v.slots.length} slots${header}`,
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
    if (diag.severity !== 'info') out.push(`  ${diag.severity} ${diag.code} (line ${lines.lineOf(diag.span.start)}): ${formatDiagnostic(diag, lang)}`);
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
function largestFamilyTemplate(units: ReturnType<typeof pageUnits>, dedup: DedupResult): Template | null {
  const family = [...dedup.families].sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
  if (family === undefined) return null;
  return familyTemplates(units, { families: [family] })[0] ?? null;
}

/** The template with its canonical member's title (the heading of its Word file and page). */
function withRunTitle(template: Template | null, analyses: Analysis[], units: readonly FamilyUnit[]): TitledTemplate | null {
  if (template === null) return null;
  for (const a of analyses) {
    const v = a.variants.find((x) => x.variant.id === template.members[0]);
    if (v === undefined) continue;
    const title = variantTitle(a.document, v.variant, a.title?.text ?? null, units.find((u) => u.id === v.variant.id)?.body);
    return title === null ? template : { ...template, title };
  }
  return template;
}

/** A one-line status on stderr, only on a TTY (cleared with an empty message). */
function progress(io: CliIO, message: string): void {
  if (io.stderr.isTTY !== true) return;
  const width = Math.max(20, (io.stderr.columns ?? 80) - 1);
  io.stderr.write(`\r${message.slice(0, width).padEnd(width)}\r`);
}
