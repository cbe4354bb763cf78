import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { inputError, isPlankitError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { helpTexts } from '../../messages/index.js';
import { fsError } from '../../read/index.js';
import { fillTemplate, readValues } from '../../template/index.js';
import { reportError, type CliIO } from '../io.js';
import { choice, outputError } from '../output.js';
import { parseTemplates } from '../template-file.js';
import type { RegisterCommand } from './index.js';

interface FillCommandOptions {
  to?: string;
  output?: string;
  family?: string;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw fsError(path, e);
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
    const at = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    throw inputError('values-syntax', path, at === undefined ? {} : { line: at.line, column: at.col });
  }
}

/** The template the values are for: --family, else the values file's "template:", else the only one. */
function chooseTemplate(templates: readonly Template[], family: string | undefined, templatePath: string, valuesPath: string): Template {
  const only = templates.length === 1 ? templates[0] : undefined;
  const template = family === undefined ? only : templates.find((t) => t.family === family);
  if (template !== undefined) return template;
  const families = templates.map((t) => t.family);
  if (family === undefined) throw inputError('template-ambiguous', valuesPath, { families });
  throw inputError('template-not-found', valuesPath, { family, file: templatePath, families });
}

export const registerFill: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('fill')
    .description(h.fill.description)
    .argument('<template>', h.fill.template)
    .argument('<values>', h.fill.values)
    .option('--to <script>', h.fill.to)
    .option('-o, --output <file>', h.fill.output)
    .option('--family <id>', h.fill.family)
    .action(async (templatePath: string, valuesPath: string, opts: FillCommandOptions) => {
      const to = opts.to === undefined ? undefined : choice('to', opts.to, ['simplified', 'traditional'] as const);
      try {
        const templates = parseTemplates(await readText(templatePath), templatePath);
        let values;
        try {
          values = readValues(parseValuesText(await readText(valuesPath), valuesPath));
        } catch (e) {
          // The library's values errors name no file: they are about this one.
          throw isPlankitError(e) && e.path === undefined ? e.at(valuesPath) : e;
        }
        const template = chooseTemplate(templates, opts.family ?? values.template, templatePath, valuesPath);
        let text: string;
        try {
          text = fillTemplate(template, values, to === undefined ? {} : { to });
        } catch (e) {
          throw isPlankitError(e) && e.path === undefined ? e.at(valuesPath) : e;
        }
        if (opts.output !== undefined) {
          try {
            await writeFile(opts.output, text, 'utf8');
          } catch (e) {
            throw outputError(opts.output, e);
          }
        } else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      } catch (e) {
        if (!isPlankitError(e) || e.kind === 'usage') throw e;
        reportError(io, e);
      }
    });
};
