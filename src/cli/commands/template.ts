import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { findDuplicates, unitText, type DedupUnit } from '../../dedup/index.js';
import { helpTexts, reportTexts, type Lang } from '../../messages/index.js';
import { templatesJson } from '../../report/template.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { familyTemplates, renderMarkdown, renderText, skeletonJson, skeletonYaml, type FamilyUnit } from '../../template/index.js';
import { inputOptions, loadInputs } from '../inputs.js';
import { reportError, type CliIO } from '../io.js';
import { choice, outputError } from '../output.js';
import { exists, sameFile, writeFileAtomic } from '../safe-write.js';
import { pageUnits, unitLocator } from '../template-units.js';
import { escapeControls } from '../text.js';
import { templateDocx } from '../../export/docx/index.js';
import { exportTemplate } from '../../export/model.js';
import { variantTitle } from '../../export/title.js';
import { exportTexts } from '../../messages/index.js';
import type { RegisterCommand } from './index.js';
import { pushAll } from '../../core/push-all.js';

type TemplateFormat = 'json' | 'markdown' | 'text' | 'docx';

interface TemplateCommandOptions {
  format: string;
  output?: string;
  valuesOut?: string;
  force?: boolean;
  family?: string;
  all?: boolean;
  script?: string;
  link: string[];
  encoding?: string;
}

function textReport(t: Template, lang: Lang): string {
  const r = reportTexts(lang);
  const members = (ids: string[]): string[] => ids.map(escapeControls);
  const head = r.templateHeader(t.family, members(t.members), t.fields.length, t.slots.length, t.optionals.length);
  const fields = t.fields.map((f) => `  ${r.templateField(f.key, f.label, r.slotType[f.type], f.unit, f.slots)}`);
  const blocks = t.optionals.map((b) => `  ${r.templateOptional(b.id, members(b.members), b.label)}`);
  return [head, '', renderText(t, { fields: true }).trim(), '', ...fields, ...blocks, ''].join('\n') + '\n';
}

/** `A=B` pairs of --link: field B (a key or a slot id) joins field A. */
function parseLinks(values: readonly string[]): Array<[string, string]> {
  return values.map((v) => {
    const m = /^([^=]+)=([^=]+)$/u.exec(v.trim());
    if (m === null) throw usageError('bad-link', { value: v });
    return [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  });
}

export const registerTemplate: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('template')
    .description(h.template.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.template.format, 'json')
    .option('-o, --output <file>', h.template.output)
    .option('--values-out <file>', h.template.valuesOut)
    .option('--force', h.template.force)
    .option('--family <id>', h.template.family)
    .option('--all', h.template.all)
    .option('--script <script>', h.template.script)
    .option('--link <a=b>', h.template.link, (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: TemplateCommandOptions) => {
      const format = choice<TemplateFormat>('format', opts.format, ['json', 'markdown', 'text', 'docx']);
      // A Word file is bytes: never to a terminal.
      if (format === 'docx' && opts.output === undefined) throw usageError('needs-output', { format: 'docx' });
      const output = opts.output;
      if (output !== undefined && inputs.some((i) => sameFile(i, output))) throw usageError('output-is-input', { option: '-o' }, output);
      const script = opts.script === undefined ? undefined : choice('script', opts.script, ['simplified', 'traditional'] as const);
      const links = parseLinks(opts.link);
      const valuesOut = opts.valuesOut;
      if (valuesOut !== undefined) {
        // Never replace an input, and never replace a file without --force: a filled-in values file is work.
        if (inputs.some((i) => sameFile(i, valuesOut))) throw usageError('output-is-input', { option: '--values-out' }, valuesOut);
        if (exists(valuesOut) && opts.force !== true) throw usageError('output-exists', { option: '--values-out' }, valuesOut);
      }
      const units: FamilyUnit[] = [];
      const dedupUnits: DedupUnit[] = [];
      const loadOptions = inputOptions(opts);
      const titles = new Map<string, string>();
      for await (const document of loadInputs(inputs, loadOptions, io)) {
        const split = splitVariants(document);
        // Templates read the content view (chrome blanked in the folded text) and leave the chrome spans out.
        const content = maskedDocument(document, split.chrome);
        const page = pageUnits(content, split);
        pushAll(units, page);
        // Families are found on the units plankit dedup compares (a one-plan page's title included).
        pushAll(dedupUnits, split.variants.map((v) => ({ id: v.id, text: unitText(content.folded, split.title, v) })));
        for (const [i, v] of split.variants.entries()) {
          const title = variantTitle(document, v, split.title?.text ?? null, page[i]?.body);
          if (title !== null) titles.set(v.id, title);
        }
      }
      if (units.length === 0) return;
      // A --link the members' values do not allow is a FieldLinkError: a usage error (exit 2).
      let templates: Template[] = familyTemplates(units, {
        families: findDuplicates(dedupUnits).families,
        ...(opts.family === undefined ? {} : { family: opts.family }),
        template: { slots: { all: opts.all === true }, links, ...(script === undefined ? {} : { script }) },
      });
      if (opts.family !== undefined && templates.length === 0) throw usageError('no-such-family', { family: opts.family });
      // Each template is titled after its first member (the Word file's heading).
      templates = templates.map((t) => {
        const title = titles.get(t.members[0] ?? '');
        return title === undefined ? t : { ...t, title };
      });
      const locate = unitLocator(units);
      if (valuesOut !== undefined) {
        const t = templates[0];
        if (t === undefined || templates.length !== 1) throw usageError('values-out-needs-family', { families: templates.map((x) => x.family) });
        const yaml = /\.ya?ml$/i.test(valuesOut);
        try {
          await writeFileAtomic(valuesOut, yaml ? skeletonYaml(t, locate) : skeletonJson(t, locate));
        } catch (e) {
          reportError(io, outputError(valuesOut, e));
        }
      }
      let data: string | Uint8Array;
      if (format === 'docx') {
        const only = templates[0];
        if (only === undefined || templates.length !== 1) throw usageError('needs-family', { families: templates.map((t) => t.family) });
        // The note beside a check box is the document's own language: Chinese.
        data = await templateDocx(exportTemplate(only), exportTexts('zh').optionalNote);
      } else if (format === 'json') data = `${JSON.stringify(templatesJson(templates, locate), null, 2)}\n`;
      else if (format === 'markdown') data = templates.map(renderMarkdown).join('\n');
      else data = templates.map((t) => textReport(t, io.lang)).join('\n');
      if (output === undefined) io.stdout.write(data);
      else {
        try {
          await writeFileAtomic(output, data);
        } catch (e) {
          throw outputError(output, e);
        }
      }
    });
};
