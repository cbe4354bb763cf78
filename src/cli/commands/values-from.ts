import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { inputError, usageError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { NotDocxError, readDocxFields, type DocxFields } from '../../export/docx/read-fields.js';
import { exportTemplate, valuesText } from '../../export/model.js';
import { valuesFromFields } from '../../export/values-from.js';
import { helpTexts } from '../../messages/index.js';
import { fsError } from '../../read/index.js';
import { writeExport } from '../export-output.js';
import type { CliIO } from '../io.js';
import { parseTemplates } from '../template-file.js';
import type { RegisterCommand } from './index.js';

interface ValuesFromOptions {
  template: string;
  output?: string;
  family?: string;
  force?: boolean;
}

function readFields(bytes: Uint8Array, path: string): DocxFields {
  try {
    return readDocxFields(bytes);
  } catch (e) {
    if (e instanceof NotDocxError) throw e.part === undefined ? inputError('docx-not-zip', path, {}) : inputError('docx-no-document', path, { part: e.part });
    throw e;
  }
}

/** The template the Word file was made from: --family, else the one the file names, else the only one. */
function chooseTemplate(templates: readonly Template[], family: string | undefined, named: string | null, templatePath: string): Template {
  const wanted = family ?? named ?? undefined;
  const only = templates.length === 1 ? templates[0] : undefined;
  // A file naming another family is reported by valuesFromFields (other-template), against the only template.
  const template = wanted === undefined ? only : (templates.find((t) => t.family === wanted) ?? (family === undefined ? only : undefined));
  if (template !== undefined) return template;
  const families = templates.map((t) => t.family);
  if (wanted === undefined) throw inputError('template-ambiguous', templatePath, { families });
  throw inputError('template-not-found', templatePath, { family: wanted, file: templatePath, families });
}

/**
 * `plankit values-from 计划.docx --template T.json -o 填写.yaml`: the values typed into a Word
 * template that `plankit template --format docx` wrote, as the values file `plankit fill` reads.
 */
export const registerValuesFrom: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang).valuesFrom;
  program
    .command('values-from')
    .description(h.description)
    .argument('<docx>', h.docx)
    .requiredOption('--template <file>', h.template)
    .option('--family <id>', h.family)
    .option('-o, --output <file>', h.output)
    .option('--force', h.force)
    .action(async (docxPath: string, opts: ValuesFromOptions) => {
      // A values file is work: an existing one is replaced only with --force.
      if (opts.output !== undefined && opts.force !== true && existsSync(opts.output)) throw usageError('output-exists', { option: '-o' }, opts.output);
      const templates = parseTemplates(await readFile(opts.template, 'utf8').catch((e: unknown) => Promise.reject(fsError(opts.template, e))), opts.template);
      const bytes = await readFile(docxPath).catch((e: unknown) => Promise.reject(fsError(docxPath, e)));
      const read = readFields(bytes, docxPath);
      const model = exportTemplate(chooseTemplate(templates, opts.family, read.family, opts.template));
      const { values, problems } = valuesFromFields(model, read);
      // A wrong or missing value names its field, and nothing is written.
      if (problems.length > 0) throw inputError('docx-values', docxPath, { problems });
      const json = opts.output !== undefined && /\.json$/i.test(opts.output);
      const text = valuesText(model, values, json ? 'json' : 'yaml');
      if (opts.output === undefined) io.stdout.write(text);
      else await writeExport(opts.output, text, [docxPath, opts.template]);
    });
};
