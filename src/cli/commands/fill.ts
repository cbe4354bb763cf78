import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { inputError, isPlankitError, PlankitError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { cliFiles, exportTexts, formatFillProblem } from '../../messages/index.js';
import { readTemplates } from '../../report/template.js';
import { FillError, fillTemplate, readValues } from '../../template/index.js';
import { planDocx } from '../../export/docx/index.js';
import type { TitledTemplate } from '../../export/model.js';
import { isDocxPath } from '../export-output.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice, UsageProblem } from '../output.js';
import { sameFile, writeFileAtomic } from '../safe-write.js';
import type { RegisterCommand } from './index.js';

interface FillCommandOptions {
  to?: string;
  output?: string;
  family?: string;
  format?: string;
  title?: string;
}

/** Problems shown one per line; the rest counted. */
const PROBLEMS_SHOWN = 10;

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw inputError(err.code === 'ENOENT' ? 'not-found' : 'io', path, err.code === 'ENOENT' ? 'no such file' : err.message);
  }
}

/** The templates of a `plankit template --format json` file (or a single template object). */
export function parseTemplates(text: string, path: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw inputError('invalid-values', path, `not a template JSON file (${(e as Error).message})`);
  }
  try {
    return readTemplates(raw);
  } catch (e) {
    throw isPlankitError(e) ? inputError('invalid-values', path, e.message) : e;
  }
}

/** A values document: JSON, or YAML when it is not JSON. Anything else is an error naming the file. */
export function parseValuesText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // not JSON: try YAML below
  }
  try {
    return parseYaml(text);
  } catch (e) {
    throw inputError('invalid-values', path, `not JSON or YAML (${((e as Error).message.split('\n')[0] ?? '').trim()})`);
  }
}

function reportProblems(io: CliIO, path: string, e: FillError): void {
  for (const p of e.problems.slice(0, PROBLEMS_SHOWN)) reportError(io, `${path}: ${formatFillProblem(p, io.lang)}`);
  const more = e.problems.length - PROBLEMS_SHOWN;
  if (more > 0) reportError(io, `${path}: ${io.lang === 'zh' ? `另有 ${more} 处问题` : `and ${more} more problems`}`);
  io.fail(EXIT.inputFailed);
}

export const registerFill: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('fill')
    .description('Fill a template with values (JSON or YAML, as `plankit template --values-out` writes them) and print the plan')
    .argument('<template>', 'template JSON file written by `plankit template --format json`')
    .argument('<values>', 'values file (JSON or YAML)')
    .option('--to <script>', 'convert the output to simplified or traditional script')
    .option('-o, --output <file>', 'write the plan to this file (never one of the inputs; written whole or not at all)')
    .option('--family <id>', 'which template of the file to fill (default: the values file\'s "template", or the only one)')
    .option('--format <format>', 'text, or docx: a Word file laid out per GB/T 9704-2012 (default: docx when -o ends in .docx)')
    .option('--title <text>', 'the title of the Word file (default: the template\'s title)')
    .action(async (templatePath: string, valuesPath: string, opts: FillCommandOptions) => {
      const to = opts.to === undefined ? undefined : choice('to', opts.to, ['simplified', 'traditional'] as const);
      const output = opts.output;
      if (output !== undefined && (sameFile(output, templatePath) || sameFile(output, valuesPath))) {
        throw new UsageProblem(cliFiles(io.lang).outputIsInput('-o', output));
      }
      const format = opts.format === undefined ? (isDocxPath(output) ? 'docx' : 'text') : choice('format', opts.format, ['text', 'docx'] as const);
      if (format === 'docx' && output === undefined) throw new UsageProblem(exportTexts(io.lang).needsOutput('docx'));
      let template: Template | undefined;
      try {
        const templates = parseTemplates(await readText(templatePath), templatePath);
        let values;
        try {
          values = readValues(parseValuesText(await readText(valuesPath), valuesPath));
        } catch (e) {
          throw isPlankitError(e) && e.path === undefined ? inputError(e.kind === 'usage' ? 'invalid-values' : e.kind, valuesPath, e.message) : e;
        }
        const family = opts.family ?? values.template;
        if (family !== undefined) template = templates.find((t) => t.family === family);
        else if (templates.length === 1) template = templates[0];
        if (template === undefined) {
          const known = templates.map((t) => t.family).join(', ');
          throw inputError(
            'invalid-values',
            valuesPath,
            family === undefined ? `the template file holds several templates (${known}); name one with --family or "template:"` : `no template "${family}" in ${templatePath} (it has ${known})`,
          );
        }
        const text = fillTemplate(template, values, to === undefined ? {} : { to });
        if (output !== undefined) {
          const title = opts.title ?? (template as TitledTemplate).title ?? null;
          try {
            await writeFileAtomic(output, format === 'docx' ? await planDocx(text, title) : text);
          } catch (e) {
            reportError(io, cliFiles(io.lang).cannotWrite(output, (e as Error).message));
            io.fail(EXIT.inputFailed);
          }
        } else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      } catch (e) {
        if (e instanceof FillError) {
          // Problems of the template itself name the template file; the others the values file.
          const structural = e.problems.some((p) => p.code.startsWith('unknown-') && p.code !== 'unknown-field' && p.code !== 'unknown-block');
          reportProblems(io, structural ? templatePath : valuesPath, e);
          return;
        }
        if (!isPlankitError(e)) throw e;
        reportError(io, (e.path === undefined ? new PlankitError(e.kind, e.message, valuesPath) : e).toLine());
        io.fail(EXIT.inputFailed);
      }
    });
};
