import { templatePieces, type ExportField, type ExportTemplate } from '../model.js';
import { layoutPlan, type BlockSpan, type FieldMark, type LaidParagraph } from './paragraphs.js';

/**
 * What stands in a blank of a printed template: the field's label, so the reader sees what to
 * write (公司现有员工（人）). The unit stays in the text after it.
 */
export function blankText(field: ExportField): string {
  return field.label.length > 0 ? field.label : field.key;
}

/** The template as text with each blank showing its label, and where the blanks and blocks are. */
export function markedTemplateText(t: ExportTemplate): { text: string; fields: FieldMark[]; blocks: BlockSpan[] } {
  let text = '';
  const fields: FieldMark[] = [];
  const blocks: BlockSpan[] = [];
  const open: Array<{ start: number; block: BlockSpan['block'] }> = [];
  for (const piece of templatePieces(t)) {
    if ('text' in piece) text += piece.text;
    else if ('field' in piece) {
      const start = text.length;
      text += blankText(piece.field);
      fields.push({ start, end: text.length, field: piece.field, slot: piece.slot });
    } else if ('blockStart' in piece) open.push({ start: text.length, block: piece.blockStart });
    else {
      const o = open.pop();
      if (o !== undefined) blocks.push({ start: o.start, end: text.length, block: o.block });
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  return { text, fields, blocks };
}

/** The template laid out as paragraphs, blanks and optional blocks marked. */
export function layoutTemplate(t: ExportTemplate): LaidParagraph[] {
  const { text, fields, blocks } = markedTemplateText(t);
  return layoutPlan(text, { title: t.title, fields, blocks });
}
