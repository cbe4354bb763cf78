import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { inputError, isPlankitError, PlankitError } from '../../core/errors.js';
import { NotDocxError, readDocxFields, type DocxFields } from '../../export/docx/read-fields.js';
import { exportTemplate, valuesText, type TitledTemplate } from '../../export/model.js';
import { valuesFromFields } from '../../export/values-from.js';
import { exportTexts, formatExportProblem } from '../../messages/index.js';
import { UsageProblem } from '../output.js';
import { writeExport } from '../export-output.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import type { RegisterCommand } from './index.js';
import { parseTemplates } from './fill.js';

interface ValuesFromOptions {
  template: string;
  output?: string;
  family?: string;
  force?: boolean;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw inputError(err.code === 'ENOENT' ? 'not-found' : 'io', path, err.code === 'ENOENT' ? 'no such file' : err.message);
  }
}

function readFields(bytes: Uint8Array, path: string, io: CliIO): DocxFields {
  try {
    return readDocxFields(bytes);
  } catch (e) {
    if (e instanceof NotDocxError) throw new PlankitError('invalid-values', formatExportProblem({ code: 'not-docx' }, io.lang), path);
    throw e;
  }
}

/**
 * `plankit values-from 计划.docx --template T.json -o 填写.yaml`: the values typed into a Word
 * template that `plankit template --format docx` wrote, as the values file `plankit fill` reads.
 */
export const registerValuesFrom: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('values-from')
    .description('Read the values typed into a Word template (written by `plankit template --format docx`) back into a values file for `plankit fill`')
    .argument('<docx>', 'the filled-in Word template')
    .requiredOption('--template <file>', 'the template JSON the Word file was made from')
    .option('--family <id>', 'which template of the file (default: the one the Word file names, or the only one)')
    .option('-o, --output <file>', 'write the values here (YAML, or JSON for .json) instead of standard output; never one of the inputs')
    .option('--force', 'let -o replace a file that exists')
    .action(async (docxPath: string, opts: ValuesFromOptions) => {
      // A values file is work: an existing one is replaced only with --force.
      if (opts.output !== undefined && opts.force !== true && existsSync(opts.output)) throw new UsageProblem(exportTexts(io.lang).outputExists(opts.output));
      try {
        const templates = parseTemplates(await readFile(opts.template, 'utf8').catch(() => {
          throw inputError('not-found', opts.template, 'no such file');
        }), opts.template);
        const read = readFields(await readBytes(docxPath), docxPath, io);
        const family = opts.family ?? read.family ?? (templates.length === 1 ? templates[0]?.family : undefined);
        const template = templates.find((t) => t.family === family) ?? (opts.family === undefined && read.family !== null ? templates[0] : undefined);
        if (template === undefined) {
          throw new PlankitError('invalid-values', `no template "${family ?? '?'}" in ${opts.template} (it has ${templates.map((t) => t.family).join(', ')})`, opts.template);
        }
        const model = exportTemplate(template as TitledTemplate);
        const { values, problems } = valuesFromFields(model, read);
        const first = problems[0];
        if (first !== undefined) throw new PlankitError('invalid-values', formatExportProblem(first, io.lang, problems.length - 1), docxPath);
        const json = opts.output !== undefined && /\.json$/i.test(opts.output);
        const text = valuesText(model, values, json ? 'json' : 'yaml');
        if (opts.output === undefined) io.stdout.write(text);
        else await writeExport(io, opts.output, text, [docxPath, opts.template]);
      } catch (e) {
        if (!isPlankitError(e)) throw e;
        reportError(io, e.toLine());
        io.fail(EXIT.inputFailed);
      }
    });
};
