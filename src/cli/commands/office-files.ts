import { join } from 'node:path';
import { isPlankitError } from '../../core/errors.js';
import { templateDocx } from '../../export/docx/index.js';
import { exportTemplate, type TitledTemplate } from '../../export/model.js';
import { exportTexts } from '../../messages/index.js';
import { writeFileAtomic } from '../safe-write.js';
import { reportError, type CliIO } from '../io.js';
import { outputError } from '../output.js';
import { formPageOf } from './form.js';

/** The Word template and the fill-in page `plankit run` writes beside template.json. */
export const OFFICE_FILES = { docx: '模板.docx', form: '填写.html' } as const;

/** Writes out/模板.docx and out/填写.html; false (the error reported, exit 1) when one cannot be written. */
export async function writeOfficeFiles(io: CliIO, dir: string, template: TitledTemplate): Promise<boolean> {
  for (const [name, make] of [
    // The note beside a check box is the document's own language: Chinese.
    [OFFICE_FILES.docx, () => templateDocx(exportTemplate(template), exportTexts('zh').optionalNote)],
    [OFFICE_FILES.form, () => formPageOf(template)],
  ] as const) {
    const path = join(dir, name);
    try {
      await writeFileAtomic(path, await make());
    } catch (e) {
      reportError(io, isPlankitError(e) ? e : outputError(path, e));
      return false;
    }
  }
  return true;
}
