import type { Document } from '../../src/core/document.js';
import type { Template } from '../../src/core/template.js';
import { buildTemplateWith, type TemplateMember, type TemplateOptions } from '../../src/template/build/build.js';
import type { Aligner } from '../../src/template/build/columns.js';
import { detectSlots } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';
import { alignStageAligner } from '../../src/template/build/align-stage.js';

/** Members from whole texts (each text is one variant whose body is the whole document). */
export function membersOf(texts: readonly string[]): Array<{ id: string; document: Document; body: { start: number; end: number } }> {
  return texts.map((t, i) => {
    const document = textDocument(t, `m${i + 1}.txt`);
    return { id: document.path, document, body: { start: 0, end: t.length } };
  });
}

export function templateOf(texts: readonly string[], options: TemplateOptions = {}, aligner: Aligner = alignStageAligner, members: readonly TemplateMember[] = membersOf(texts)): Template {
  return buildTemplateWith(members, options, detectSlots, aligner);
}
