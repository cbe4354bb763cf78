import { join } from 'node:path';
import { isPlankitError } from '../../core/errors.js';
import { templateDocx } from '../../export/docx/index.js';
import { exportTemplate, type TitledTemplate } from '../../export/model.js';
import { cliFiles, exportTexts } from '../../messages/index.js';
import { writeFileAtomic } from '../safe-write.js';
import { EXIT, reportError, type CliIO } from '../io.js';
import { formPageOf } from './form.js';

/** The Word template and the fill-in page `plankit run` writes beside template.json. */
export const OFFICE_FILES = { docx: '模板.docx', form: '填写.html' } as const;

/** Writes out/模板.docx and out/填写.html; false (the error reported, exit 1) when one cannot be written. */
export async function writeOfficeFiles(io: CliIO, dir: string, template: TitledTemplate): Promise<boolean> {
  try {
    const docx = await templateDocx(exportTemplate(template), exportTexts('zh').optionalNote);
    await writeFileAtomic(join(dir, OFFICE_FILES.docx), docx);
    await writeFileAtomic(join(dir, OFFICE_FILES.form), await formPageOf(template, io));
    return true;
  } catch (e) {
    reportError(io, isPlankitError(e) ? e.toLine() : cliFiles(io.lang).cannotWrite(dir, (e as Error).message));
    io.fail(EXIT.inputFailed);
    return false;
  }
}
