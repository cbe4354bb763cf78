/**
 * Template tasks, run in batch workers after the families are known: the template of one family
 * (template/ stage) built from its members' stored texts. Each member's document is its variant body
 * alone (text and folded copy as stored), so positions come out relative to the body; they are moved
 * back to the file's own lines and columns here.
 */
import type { Document, Script } from '../core/document.js';
import type { Template } from '../core/template.js';
import { buildTemplate } from '../template/index.js';

export interface TemplateTaskMember {
  /** Variant id. */
  id: string;
  path: string;
  script: Script;
  text: string;
  folded: string;
  /** Line and column of the body's first character in the file. */
  bodyLine: number;
  bodyColumn: number;
}

export interface TemplateTaskInput {
  family: string;
  /** The canonical member first: the others are aligned to it. */
  members: TemplateTaskMember[];
}

export function buildFamilyTemplate(input: TemplateTaskInput): Template {
  const members = input.members.map((m) => ({ id: m.id, document: bodyDocument(m), body: { start: 0, end: m.text.length } }));
  const template = buildTemplate(members, { family: input.family });
  const byId = new Map(input.members.map((m) => [m.id, m]));
  for (const slot of template.slots) {
    for (const o of slot.occurrences) {
      const m = byId.get(o.id);
      if (m === undefined) continue;
      if (o.line === 1) o.column += m.bodyColumn;
      o.line += m.bodyLine - 1;
    }
  }
  return template;
}

function bodyDocument(m: TemplateTaskMember): Document {
  return {
    path: m.path,
    encoding: 'utf-8',
    encodingCertain: true,
    format: 'text',
    text: m.text,
    folded: m.folded,
    script: m.script,
    byteLength: Buffer.byteLength(m.text),
    diagnostics: [],
  };
}
