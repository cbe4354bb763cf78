import type { Command } from 'commander';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { analyzeDocument } from '../../pipeline.js';
import { slotsFileJson, type SlotsFileJson } from '../../report/slots.js';
import { inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import { choice, numberOption, writeJson, type OutputFormat } from '../output.js';
import { escapeControls, table } from '../text.js';
import type { RegisterCommand } from './index.js';
import { pushAll } from '../../core/push-all.js';

interface SlotsCommandOptions {
  format: string;
  all?: boolean;
  minConfidence?: string;
  encoding?: string;
}

function textReport(f: SlotsFileJson, lang: Lang): string {
  const t = reportTexts(lang);
  const out: string[] = [];
  for (const v of f.variants) {
    out.push(t.slotsHeader(escapeControls(v.id), v.slots.length));
    const rows = v.slots.map((s) => [`${s.line}:${s.column}`, t.slotKind[s.kind], t.slotType[s.type], s.value.length > 0 ? s.value : '∅', s.unit || '-', s.confidence.toFixed(2), s.label]);
    pushAll(out, table(rows));
  }
  return out.join('\n') + '\n';
}

export const registerSlots: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('slots')
    .description(h.slots.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.formatTextJson, 'text')
    .option('--all', h.slots.all)
    .option('--min-confidence <x>', h.slots.minConfidence, '0')
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: SlotsCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const minConfidence = numberOption('min-confidence', opts.minConfidence ?? '0', { kind: 'share' });
      const files: SlotsFileJson[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        // Slots as the pipeline finds them (with jieba tokens, so labels end on word boundaries).
        const analysis = analyzeDocument(doc, { outline: false, slots: { all: opts.all === true, minConfidence } });
        const file = slotsFileJson(doc, analysis.variants);
        if (format === 'json') files.push(file);
        else io.stdout.write(textReport(file, io.lang));
      }
      if (format === 'json') writeJson(io, { files });
    });
};
