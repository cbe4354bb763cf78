import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { inputError, isPlankitError, PlankitError } from '../../core/errors.js';
import { formPage } from '../../export/form/page.js';
import { FORM_SCRIPT_PATH, readFormScript } from '../../export/form/script-asset.js';
import { exportTemplate, type TitledTemplate } from '../../export/model.js';
import { exportTexts } from '../../messages/index.js';
import { writeExport } from '../export-output.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { UsageProblem } from '../output.js';
import type { RegisterCommand } from './index.js';
import { parseTemplates } from './fill.js';

interface FormOptions {
  output?: string;
  family?: string;
  title?: string;
}

/** The fill-in page of one template, as the text of a self-contained HTML file. */
export async function formPageOf(template: TitledTemplate, io: CliIO, title?: string): Promise<string> {
  const script = await readFormScript();
  if (script === null) throw new PlankitError('io', `the page script is not built (${FORM_SCRIPT_PATH}): run npm run build`);
  return formPage(exportTemplate(template, title), script, 'zh');
}

/** `plankit form T.json -o 填写.html`: a page to fill the template in, offline, in any browser. */
export const registerForm: RegisterCommand = (program: Command, io: CliIO) => {
  program
    .command('form')
    .description('Write a self-contained fill-in page (HTML) for a template: inputs in the text, checked as you type, downloads as .txt, .docx and YAML')
    .argument('<template>', 'template JSON file written by `plankit template --format json`')
    .option('-o, --output <file>', 'write the page here instead of standard output; never the template itself')
    .option('--family <id>', 'which template of the file (default: the only one)')
    .option('--title <text>', 'the plan\'s title (default: the template\'s)')
    .action(async (templatePath: string, opts: FormOptions) => {
      try {
        let text: string;
        try {
          text = await readFile(templatePath, 'utf8');
        } catch {
          throw inputError('not-found', templatePath, 'no such file');
        }
        const templates = parseTemplates(text, templatePath);
        const template = opts.family === undefined ? (templates.length === 1 ? templates[0] : undefined) : templates.find((t) => t.family === opts.family);
        if (template === undefined) {
          if (opts.family === undefined) throw new UsageProblem(exportTexts(io.lang).needsFamily(templates.map((t) => t.family)));
          throw inputError('invalid-values', templatePath, `no template "${opts.family}" (it has ${templates.map((t) => t.family).join(', ')})`);
        }
        const page = await formPageOf(template as TitledTemplate, io, opts.title);
        if (opts.output === undefined) io.stdout.write(page);
        else await writeExport(io, opts.output, page, [templatePath]);
      } catch (e) {
        if (!isPlankitError(e)) throw e;
        reportError(io, e.toLine());
        io.fail(EXIT.inputFailed);
      }
    });
};
