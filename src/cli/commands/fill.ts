import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { inputError, isPlankitError, PlankitError } from '../../core/errors.js';
import type { Template } from '../../core/template.js';
import { fillTemplate, readValues } from '../../template/index.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { choice } from '../output.js';
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
    const err = e as NodeJS.ErrnoException;
    throw inputError(err.code === 'ENOENT' ? 'not-found' : 'io', path, err.code === 'ENOENT' ? 'no such file' : err.message);
  }
}

function isTemplate(v: unknown): v is Template {
  const t = v as Template;
  return typeof v === 'object' && v !== null && typeof t.family === 'string' && Array.isArray(t.parts) && Array.isArray(t.slots);
}

/** The templates of a `plankit template --format json` file (or a single template object). */
export function parseTemplates(text: string, path: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw inputError('invalid-values', path, `not a template JSON file (${(e as Error).message})`);
  }
  const list = isTemplate(raw) ? [raw] : (raw as { templates?: unknown }).templates;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isTemplate)) {
    throw inputError('invalid-values', path, 'not a template file: expected { "templates": [...] } as `plankit template --format json` writes');
  }
  return list.map((t) => ({ ...t, optionals: Array.isArray(t.optionals) ? t.optionals : [] }));
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

export const registerFill: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('fill')
    .description('Fill a template with values (JSON or YAML, as `plankit template --values-out` writes them) and print the plan')
    .argument('<template>', 'template JSON file written by `plankit template --format json`')
    .argument('<values>', 'values file (JSON or YAML)')
    .option('--to <script>', 'convert the output to simplified or traditional script')
    .option('-o, --output <file>', 'write the plan to this file instead of standard output (nothing is written on error)')
    .option('--family <id>', 'which template of the file to fill (default: the values file\'s "template", or the only one)')
    .action(async (templatePath: string, valuesPath: string, opts: FillCommandOptions) => {
      const to = opts.to === undefined ? undefined : choice('to', opts.to, ['simplified', 'traditional'] as const);
      try {
        const templates = parseTemplates(await readText(templatePath), templatePath);
        let values;
        try {
          values = readValues(parseValuesText(await readText(valuesPath), valuesPath));
        } catch (e) {
          throw isPlankitError(e) && e.path === undefined ? inputError(e.kind === 'usage' ? 'invalid-values' : e.kind, valuesPath, e.message) : e;
        }
        const family = opts.family ?? values.template;
        let template: Template | undefined;
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
        let text: string;
        try {
          text = fillTemplate(template, values, to === undefined ? {} : { to });
        } catch (e) {
          if (isPlankitError(e) && e.path === undefined) throw new PlankitError(e.kind, e.message, valuesPath);
          throw e;
        }
        if (opts.output !== undefined) {
          try {
            await writeFile(opts.output, text, 'utf8');
          } catch (e) {
            throw inputError('io', opts.output, `cannot write: ${(e as Error).message}`);
          }
        } else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      } catch (e) {
        if (!isPlankitError(e)) throw e;
        reportError(io, e.toLine());
        io.fail(EXIT.inputFailed);
      }
    });
};
