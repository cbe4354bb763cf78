import type { Command } from 'commander';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { splitFileJson, type SplitFileJson } from '../../report/split.js';
import { splitVariants } from '../../split/index.js';
import { inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import { choice, writeJson, type OutputFormat } from '../output.js';
import { escapeControls, table } from '../text.js';
import type { RegisterCommand } from './index.js';
import { pushAll } from '../../core/push-all.js';

interface SplitCommandOptions {
  format: string;
  encoding?: string;
}

export const registerSplit: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('split')
    .description(h.split.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.formatTextJson, 'text')
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: SplitCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const files: SplitFileJson[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        const file = splitFileJson(doc, splitVariants(doc), io.lang);
        if (format === 'json') files.push(file);
        else io.stdout.write(splitTextReport(file, io.lang));
      }
      if (format === 'json') writeJson(io, { files });
    });
};

/** The text report of one file: the page line, a row per variant, the diagnostics. */
export function splitTextReport(f: SplitFileJson, lang: Lang): string {
  const t = reportTexts(lang);
  const rows = [t.splitColumns, ...f.variants.map((v) => [v.id, v.label ?? '-', `${v.startLine}-${v.endLine}`, String(v.chars)])];
  const out = [t.splitHeader({ ...f, path: escapeControls(f.path), script: t.script[f.script], variants: f.variants.length })];
  pushAll(out, table(rows.map((r) => r.map(escapeControls))));
  for (const d of f.diagnostics) out.push(`  ${t.diagnosticLine(t.severity[d.severity], d.code, d.line, d.message)}`);
  return out.join('\n') + '\n';
}
