import { layoutPlan } from '../layout/paragraphs.js';
import { layoutTemplate } from '../layout/template-text.js';
import type { ExportTemplate } from '../model.js';
import { packDocx } from './write-docx.js';

export { TEMPLATE_PROPERTY, OPTIONAL_TAG_PREFIX, docxDocument, packDocx, type DocxOptions } from './write-docx.js';
export { GBT_FONTS, GBT_PAGE, GBT_TEXT } from './gbt9704.js';

/** A filled plan as a GB/T 9704 Word file: the outline of `text` decides its headings. */
export function planDocx(text: string, title: string | null = null): Promise<Uint8Array> {
  return packDocx(layoutPlan(text, { title }), title === null ? {} : { title });
}

/**
 * A template as a Word file to fill in: each blank a content control tagged with its field's key,
 * each optional block marked with a check box and `optionalNote`.
 */
export function templateDocx(t: ExportTemplate, optionalNote: string): Promise<Uint8Array> {
  return packDocx(layoutTemplate(t), { templateFamily: t.family, optionalNote, ...(t.title === null ? {} : { title: t.title }) });
}
