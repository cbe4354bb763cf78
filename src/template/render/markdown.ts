import type { Template, TemplatePart } from '../../core/template.js';
import { walkParts } from './text.js';

/**
 * Markdown: the text with escaped blanks `\_\_\_\_`<sup>s3</sup> (the unit stays after it), optional
 * passages as block quotes headed by their id, then a table of the slots (id, label, kind, type,
 * unit, an example value from the members).
 */
const MD_SPECIAL = /[\\`*_[\]<>#|]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MD_SPECIAL, (c) => `\\${c}`);
}

function escapeParts(parts: readonly TemplatePart[]): TemplatePart[] {
  return parts.map((p) => ('text' in p ? { text: escapeMarkdown(p.text) } : 'optional' in p ? { optional: p.optional, parts: escapeParts(p.parts) } : p));
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.trim().length === 0 ? '>' : `> ${l}`))
    .join('\n');
}

export function renderMarkdown(template: Template): string {
  const out: string[] = [];
  walkParts(
    escapeParts(template.parts),
    out,
    (id) => `\\_\\_\\_\\_<sup>${id}</sup>`,
    (id, inner) => {
      const lead = /^\s*/.exec(inner)?.[0] ?? '';
      return `${lead}> **可选 ${id}**\n>\n${quote(inner.slice(lead.length))}\n`;
    },
  );
  const rows = template.slots.map((s) => {
    const example = s.occurrences.find((o) => o.value.length > 0)?.value ?? '';
    return `| ${s.id} | ${escapeMarkdown(s.label)} | ${s.kind} | ${s.type} | ${escapeMarkdown(s.unit)} | ${escapeMarkdown(example)} |`;
  });
  const table = ['| slot | label | kind | type | unit | example |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
  const slotsSection = template.slots.length > 0 ? `\n${table}\n` : '';
  return `## ${escapeMarkdown(template.family)}\n\n${out.join('').trim()}\n${slotsSection}`;
}
