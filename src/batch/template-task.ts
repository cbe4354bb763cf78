/**
 * Template tasks, run in batch workers after the families are known: the template of one family,
 * built by the template stage's familyTemplate from the members' stored texts. The store keeps each
 * variant's body (text and folded copy) and where it starts in its file; the template is built on
 * the bodies and its JSON (report/template) gives file offsets, lines and columns from there.
 */
import type { Document, Script } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import { templateJson, type Locator, type TemplateJson } from '../report/template.js';
import { familyTemplate } from '../template/index.js';

export interface TemplateTaskMember {
  /** Variant id. */
  id: string;
  path: string;
  script: Script;
  /** The variant's body as stored (text and folded copy). */
  text: string;
  folded: string;
  /** Offset, line and column of the body's first character in the file. */
  bodyStart: number;
  bodyLine: number;
  bodyColumn: number;
}

export interface TemplateTaskInput {
  family: string;
  /** The canonical member first. */
  members: TemplateTaskMember[];
}

/** A member's stored body as the text the template stage reads (the whole text is the body). */
function bodyText(m: TemplateTaskMember): Document {
  return { path: m.path, encoding: 'utf-8', encodingCertain: true, format: 'text', text: m.text, folded: m.folded, script: m.script, byteLength: m.text.length, diagnostics: [] };
}

/** Body offsets → file offsets and positions. */
function bodyLocator(members: readonly TemplateTaskMember[]): Locator {
  const byId = new Map(members.map((m) => [m.id, { m, lines: new LineIndex(m.text) }]));
  return (member, offset) => {
    const entry = byId.get(member);
    if (entry === undefined) return { offset, line: 1, column: offset };
    const { line, column } = entry.lines.position(offset);
    return { offset: entry.m.bodyStart + offset, line: line + entry.m.bodyLine - 1, column: line === 1 ? column + entry.m.bodyColumn : column };
  };
}

export function buildFamilyTemplate(input: TemplateTaskInput): TemplateJson {
  const members = input.members.map((m) => ({ id: m.id, document: bodyText(m), body: { start: 0, end: m.text.length } }));
  const canonical = input.members[0]?.id ?? '';
  return templateJson(familyTemplate(input.family, canonical, members), bodyLocator(input.members));
}
