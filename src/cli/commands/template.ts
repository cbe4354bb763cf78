import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Document, PageTitle, Variant } from '../../core/document.js';
import { usageError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { findDuplicates, unitText } from '../../dedup/index.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { buildTemplate, renderMarkdown, renderText, skeletonJson, skeletonYaml } from '../../template/index.js';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { inputOptions, loadInputs } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { choice, outputError, writeJson } from '../output.js';
import { escapeControls } from '../text.js';
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

function textReport(t: Template, lang: Lang): string {
  const r = reportTexts(lang);
  const members = (ids: string[]): string[] => ids.map(escapeControls);
  const head = r.templateHeader(t.family, members(t.members), t.slots.length, t.optionals.length);
  const slots = t.slots.map((s) => `  ${s.id}  ${r.slotKind[s.kind]} ${r.slotType[s.type]}${s.unit ? ` (${s.unit})` : ''}  ${s.label}`);
  const blocks = t.optionals.map((b) => `  ${r.templateOptional(b.id, members(b.members), b.label)}`);
  return [head, '', renderText(t, { ids: true }).trim(), '', ...slots, ...blocks, ''].join('\n') + '\n';
}

export const registerTemplate: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('template')
    .description(h.template.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.template.format, 'json')
    .option('--values-out <file>', h.template.valuesOut)
    .option('--family <id>', h.template.family)
    .option('--all', h.template.all)
    .option('--encoding <name>', h.encoding)
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
      if (opts.family !== undefined && templates.length === 0) throw usageError('no-such-family', { family: opts.family });
      if (opts.valuesOut !== undefined) {
        const t = templates[0];
        if (t === undefined || templates.length !== 1) throw usageError('values-out-needs-family', { families: templates.map((x) => x.family) });
        const yaml = /\.ya?ml$/i.test(opts.valuesOut);
        try {
          await writeFile(opts.valuesOut, yaml ? skeletonYaml(t) : skeletonJson(t), 'utf8');
        } catch (e) {
          reportError(io, outputError(opts.valuesOut, e));
        }
      }
      if (format === 'json') writeJson(io, { templates });
      else if (format === 'markdown') io.stdout.write(templates.map(renderMarkdown).join('\n'));
      else io.stdout.write(templates.map((t) => textReport(t, io.lang)).join('\n'));
    });
};
