import type { Command } from 'commander';
import type { Document } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { ParsedQuantity, Slot } from '../../core/template.js';
import { analyzeDocument } from '../../pipeline.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import { choice, numberOption, writeJson, type OutputFormat } from '../output.js';
import type { RegisterCommand } from './index.js';
import { displayWidth } from './split.js';

interface SlotsCommandOptions {
  format: string;
  all?: boolean;
  minConfidence?: string;
  encoding?: string;
}

/** One slot in the `plankit slots` JSON contract (DESIGN.md), plus the parsed value of literals. */
export interface SlotJson {
  line: number;
  column: number;
  length: number;
  value: string;
  kind: string;
  type: string;
  unit: string;
  label: string;
  /** 0–1: how sure the rule is that a good template has a blank here. */
  confidence: number;
  /** The rule that found it (placeholder/year-form, hollow/clause-end, literal/arabic-unit …). */
  rule: string;
  parsed?: ParsedQuantity;
}

export interface SlotsFileJson {
  path: string;
  variants: Array<{ id: string; label: string | null; slots: SlotJson[] }>;
}

export function slotJson(li: LineIndex, s: Slot): SlotJson {
  const p = li.position(s.span.start);
  const out: SlotJson = {
    line: p.line,
    column: p.column,
    length: s.span.end - s.span.start,
    value: s.value,
    kind: s.kind,
    type: s.type,
    unit: s.unit,
    label: s.label,
    confidence: s.confidence,
    rule: s.rule,
  };
  if (s.parsed !== undefined) out.parsed = s.parsed;
  return out;
}

/** Slots as the pipeline finds them (with jieba tokens, so labels end on word boundaries). */
export function slotsFileJson(doc: Document, all: boolean, minConfidence = 0): SlotsFileJson {
  const li = new LineIndex(doc.text);
  const analysis = analyzeDocument(doc, { outline: false, slots: { all, minConfidence } });
  return {
    path: doc.path,
    variants: analysis.variants.map((v) => ({ id: v.variant.id, label: v.variant.label, slots: v.slots.map((s) => slotJson(li, s)) })),
  };
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function textReport(f: SlotsFileJson): string {
  const out: string[] = [];
  for (const v of f.variants) {
    out.push(`${v.id}  slots: ${v.slots.length}`);
    const rows = v.slots.map((s) => [`${s.line}:${s.column}`, s.kind, s.type, s.value.length > 0 ? s.value : '∅', s.unit || '-', s.confidence.toFixed(2), s.label]);
    const widths = [0, 1, 2, 3, 4, 5].map((k) => Math.max(0, ...rows.map((r) => displayWidth(r[k] as string))));
    for (const r of rows) out.push('  ' + r.map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k] as number))).join('  '));
  }
  return out.join('\n') + '\n';
}

export const registerSlots: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('slots')
    .description('List the blanks of each variant: placeholders (20xx, xx, *), hollow blanks (员工人), concrete quantities (8个, 3万元)')
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--all', 'also list numbers that name things (“大干100天”, 建国60周年, 九届三次) as ordinal slots')
    .option('--min-confidence <x>', 'leave out slots whose confidence (0–1) is below x', '0')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: SlotsCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const minConfidence = numberOption('min-confidence', opts.minConfidence ?? '0', 0, 1);
      const files: SlotsFileJson[] = [];
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        const file = slotsFileJson(doc, opts.all === true, minConfidence);
        if (format === 'json') files.push(file);
        else io.stdout.write(textReport(file));
      }
      if (format === 'json') writeJson(io, { files });
    });
};
