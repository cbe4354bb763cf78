import type { Command } from 'commander';
import type { Template } from '../../core/template.js';
import { cliFiles } from '../../messages/index.js';
import { templatesJson } from '../../report/template.js';
import { maskedDocument, splitVariants } from '../../split/index.js';
import { FieldLinkError, familyTemplates, renderMarkdown, renderText, skeletonJson, skeletonYaml, type FamilyUnit } from '../../template/index.js';
import { INPUT_HELP, inputOptions, loadInputs } from '../inputs.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice, UsageProblem } from '../output.js';
import { exists, sameFile, writeFileAtomic } from '../safe-write.js';
import { pageUnits, unitLocator } from '../template-units.js';
import { templateDocx } from '../../export/docx/index.js';
import { exportTemplate } from '../../export/model.js';
import { variantTitle } from '../../export/title.js';
import { exportTexts } from '../../messages/index.js';
import type { RegisterCommand } from './index.js';

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

function textReport(t: Template): string {
  const head = `== ${t.family}  members: ${t.members.join(', ')}  fields: ${t.fields.length}  slots: ${t.slots.length}  optional blocks: ${t.optionals.length}`;
  const fields = t.fields.map((f) => `  【${f.key}】 ${f.label}  ${f.type}${f.unit ? ` (${f.unit})` : ''}  ${f.slots.join(' ')}`);
  const blocks = t.optionals.map((b) => `  ${b.id}  optional, in ${b.members.join(', ')}: ${b.label}`);
  return [head, '', renderText(t, { fields: true }).trim(), '', ...fields, ...blocks, ''].join('\n') + '\n';
}

/** `A=B` pairs of --link: field B (a key or a slot id) joins field A. */
function parseLinks(values: readonly string[], io: CliIO): Array<[string, string]> {
  return values.map((v) => {
    const m = /^([^=]+)=([^=]+)$/u.exec(v.trim());
    if (m === null) throw new UsageProblem(cliFiles(io.lang).badLink(v));
    return [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  });
}

export const registerTemplate: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('template')
    .description("Group the variants into families and extract each family's template: shared text, fields to fill in (typed slots), optional passages")
    .argument('<inputs...>', INPUT_HELP)
    .option('--format <format>', 'output format: json, markdown, text, or docx (a Word file to fill in, needs -o)', 'json')
    .option('-o, --output <file>', 'write the output to this file instead of standard output; never one of the inputs')
    .option('--values-out <file>', 'write the values file to fill in (YAML with Chinese comments for .yaml/.yml, else JSON); needs --family when there are several families')
    .option('--force', 'let --values-out replace a file that exists')
    .option('--family <id>', 'only the family with this id (F1, F2 … as `plankit dedup` numbers them)')
    .option('--all', 'also make slots of numbers that name things (ordinals)')
    .option('--script <script>', "the template's text in simplified or traditional script (default: the first member's own)")
    .option('--link <a=b>', 'make field b one field with field a (keys or slot ids; repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--encoding <name>', 'read inputs in this encoding instead of detecting it')
    .action(async (inputs: string[], opts: TemplateCommandOptions) => {
      const format = choice<TemplateFormat>('format', opts.format, ['json', 'markdown', 'text', 'docx']);
      if (format === 'docx' && opts.output === undefined) throw new UsageProblem(exportTexts(io.lang).needsOutput('docx'));
      const output = opts.output;
      if (output !== undefined && inputs.some((i) => sameFile(i, output))) throw new UsageProblem(cliFiles(io.lang).outputIsInput('-o', output));
      const script = opts.script === undefined ? undefined : choice('script', opts.script, ['simplified', 'traditional'] as const);
      const links = parseLinks(opts.link, io);
      const says = cliFiles(io.lang);
      const valuesOut = opts.valuesOut;
      if (valuesOut !== undefined) {
        // Never replace an input, and never replace a file without --force: a filled-in values file is work.
        if (inputs.some((i) => sameFile(i, valuesOut))) throw new UsageProblem(says.outputIsInput('--values-out', valuesOut));
        if (exists(valuesOut) && opts.force !== true) throw new UsageProblem(says.exists('--values-out', valuesOut));
      }
      const units: FamilyUnit[] = [];
      const loadOptions = inputOptions(opts);
      const titles = new Map<string, string>();
      for await (const document of loadInputs(inputs, loadOptions, io)) {
        const split = splitVariants(document);
        // Templates read the content view (chrome blanked in the folded text) and leave the chrome spans out.
        const page = pageUnits(maskedDocument(document, split.chrome), split);
        units.push(...page);
        for (const [i, v] of split.variants.entries()) {
          const title = variantTitle(document, v, split.title?.text ?? null, page[i]?.body);
          if (title !== null) titles.set(v.id, title);
        }
      }
      if (units.length === 0) return;
      let templates: Template[];
      try {
        templates = familyTemplates(units, {
          ...(opts.family === undefined ? {} : { family: opts.family }),
          template: { slots: { all: opts.all === true }, links, ...(script === undefined ? {} : { script }) },
        });
      } catch (e) {
        if (e instanceof FieldLinkError) throw new UsageProblem(says.linkFailed(e.names.join(', '), e.code));
        throw e;
      }
      if (opts.family !== undefined && templates.length === 0) throw new UsageProblem(`--family ${opts.family}: no such family in the input`);
      // Each template is titled after its first member (the Word file's heading).
      templates = templates.map((t) => {
        const title = titles.get(t.members[0] ?? '');
        return title === undefined ? t : { ...t, title };
      });
      const locate = unitLocator(units);
      if (valuesOut !== undefined) {
        if (templates.length !== 1) {
          throw new UsageProblem(`--values-out needs --family when the input has several families (${templates.map((t) => t.family).join(', ')})`);
        }
        const t = templates[0] as Template;
        const yaml = /\.ya?ml$/i.test(valuesOut);
        try {
          await writeFileAtomic(valuesOut, yaml ? skeletonYaml(t, locate) : skeletonJson(t, locate));
        } catch (e) {
          reportError(io, says.cannotWrite(valuesOut, (e as Error).message));
          io.fail(EXIT.inputFailed);
        }
      }
      let data: string | Uint8Array;
      if (format === 'docx') {
        if (templates.length !== 1) throw new UsageProblem(exportTexts(io.lang).needsFamily(templates.map((t) => t.family)));
        data = await templateDocx(exportTemplate(templates[0] as Template), exportTexts('zh').optionalNote);
      } else if (format === 'json') data = `${JSON.stringify(templatesJson(templates, locate), null, 2)}\n`;
      else if (format === 'markdown') data = templates.map(renderMarkdown).join('\n');
      else data = templates.map(textReport).join('\n');
      if (output === undefined) io.stdout.write(data);
      else {
        try {
          await writeFileAtomic(output, data);
        } catch (e) {
          reportError(io, says.cannotWrite(output, (e as Error).message));
          io.fail(EXIT.inputFailed);
        }
      }
    });
};
