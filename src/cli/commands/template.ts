import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Document, PageTitle, Variant } from '../../core/document.js';
import { inputError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { findDuplicates, unitText } from '../../dedup/index.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { buildTemplate, renderMarkdown, renderText, skeletonJson, skeletonYaml } from '../../template/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice, UsageProblem, writeJson } from '../output.js';
import type { RegisterCommand } from './index.js';

type TemplateFormat = 'json' | 'markdown' | 'text';

interface TemplateCommandOptions {
  format: string;
  valuesOut?: string;
  family?: string;
  all?: boolean;
  encoding?: string;
}

interface Unit {
  document: Document;
  variant: Variant;
  /** The page title (part of the dedup unit of a page without variants, as in `plankit dedup`). */
  title: PageTitle | null;
}

/**
 * Families first (dedup over every variant of every input), then one template per family, its
 * canonical (fullest) member first so the others are aligned to it.
 */
export function familyTemplates(units: readonly Unit[], options: { all?: boolean; family?: string } = {}): Template[] {
  const byId = new Map(units.map((u) => [u.variant.id, u]));
  const { families } = findDuplicates(units.map((u) => ({ id: u.variant.id, text: unitText(u.document.folded, u.title, u.variant) })));
  const out: Template[] = [];
  for (const f of families) {
    if (options.family !== undefined && f.id !== options.family) continue;
    const ordered = [f.canonical, ...f.members.filter((m) => m !== f.canonical)];
    const members = ordered.map((id) => {
      const u = byId.get(id) as Unit;
      return { id, document: u.document, body: u.variant.body };
    });
    out.push(buildTemplate(members, { family: f.id, slots: { all: options.all === true } }));
  }
  return out;
}

function textReport(t: Template): string {
  const head = `== ${t.family}  members: ${t.members.join(', ')}  slots: ${t.slots.length}  optional blocks: ${t.optionals.length}`;
  const slots = t.slots.map((s) => `  ${s.id}  ${s.kind} ${s.type}${s.unit ? ` (${s.unit})` : ''}  ${s.label}`);
  const blocks = t.optionals.map((b) => `  ${b.id}  optional, in ${b.members.join(', ')}: ${b.label}`);
  return [head, '', renderText(t, { ids: true }).trim(), '', ...slots, ...blocks, ''].join('\n') + '\n';
}

export const registerTemplate: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('template')
    .description('Group the variants into families and extract each family\'s template: shared text, typed slots, optional passages')
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: json, markdown or text', 'json')
    .option('--values-out <file>', 'write a values skeleton to fill in (YAML for .yaml/.yml, else JSON); needs --family when there are several families')
    .option('--family <id>', 'only the family with this id (F1, F2 … as `plankit dedup` numbers them)')
    .option('--all', 'also make slots of numbers that name things (ordinals)')
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: TemplateCommandOptions) => {
      const format = choice<TemplateFormat>('format', opts.format, ['json', 'markdown', 'text']);
      const units: Unit[] = [];
      const loadOptions = inputOptions(opts);
      for await (const document of loadInputs(inputs, loadOptions, io)) {
        const split = splitVariants(document);
        // Templates align the text with the page chrome blanked out (a viewer page number is no slot).
        const content = maskedDocument(document, split.chrome);
        for (const variant of split.variants) units.push({ document: content, variant, title: split.title });
      }
      if (units.length === 0) return;
      const familyOption = opts.family === undefined ? {} : { family: opts.family };
      const templates = familyTemplates(units, { all: opts.all === true, ...familyOption });
      if (opts.family !== undefined && templates.length === 0) throw new UsageProblem(`--family ${opts.family}: no such family in the input`);
      if (opts.valuesOut !== undefined) {
        if (templates.length !== 1) {
          throw new UsageProblem(`--values-out needs --family when the input has several families (${templates.map((t) => t.family).join(', ')})`);
        }
        const t = templates[0] as Template;
        const yaml = /\.ya?ml$/i.test(opts.valuesOut);
        try {
          await writeFile(opts.valuesOut, yaml ? skeletonYaml(t) : skeletonJson(t), 'utf8');
        } catch (e) {
          reportError(io, inputError('io', opts.valuesOut, `cannot write the values skeleton: ${(e as Error).message}`).toLine());
          io.fail(EXIT.inputFailed);
        }
      }
      if (format === 'json') writeJson(io, { templates });
      else if (format === 'markdown') io.stdout.write(templates.map(renderMarkdown).join('\n'));
      else io.stdout.write(templates.map(textReport).join('\n'));
    });
};
