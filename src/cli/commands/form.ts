import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { inputError, usageError } from '../../core/errors.js';
import { formPage } from '../../export/form/page.js';
import { FORM_SCRIPT_PATH, readFormScript } from '../../export/form/script-asset.js';
import { exportTemplate, type TitledTemplate } from '../../export/model.js';
import { helpTexts } from '../../messages/index.js';
import { fsError } from '../../read/index.js';
import { writeExport } from '../export-output.js';
import type { CliIO } from '../io.js';
import { parseTemplates } from '../template-file.js';
import type { RegisterCommand } from './index.js';

interface FormOptions {
  output?: string;
  family?: string;
  title?: string;
}

/** The fill-in page of one template, as the text of a self-contained HTML file (in Chinese; it switches to English itself). */
export async function formPageOf(template: TitledTemplate, title?: string): Promise<string> {
  const script = await readFormScript();
  if (script === null) throw inputError('form-script-missing', FORM_SCRIPT_PATH, { script: FORM_SCRIPT_PATH });
  return formPage(exportTemplate(template, title), script, 'zh');
}

/** `plankit form T.json -o 填写.html`: a page to fill the template in, offline, in any browser. */
export const registerForm: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang).form;
  program
    .command('form')
    .description(h.description)
    .argument('<template>', h.template)
    .option('-o, --output <file>', h.output)
    .option('--family <id>', h.family)
    .option('--title <text>', h.title)
    .action(async (templatePath: string, opts: FormOptions) => {
      const text = await readFile(templatePath, 'utf8').catch((e: unknown) => Promise.reject(fsError(templatePath, e)));
      const templates = parseTemplates(text, templatePath);
      const families = templates.map((t) => t.family);
      const template = opts.family === undefined ? (templates.length === 1 ? templates[0] : undefined) : templates.find((t) => t.family === opts.family);
      if (template === undefined) {
        if (opts.family === undefined) throw usageError('needs-family', { families });
        throw inputError('template-not-found', templatePath, { family: opts.family, file: templatePath, families });
      }
      const page = await formPageOf(template, opts.title);
      if (opts.output === undefined) io.stdout.write(page);
      else await writeExport(opts.output, page, [templatePath]);
    });
};
