import type { Template, TemplatePart } from '../../core/template.js';
import { walkParts } from './text.js';

/**
 * Markdown: the text with escaped blanks `\_\_\_\_`<sup>s3</sup> (the unit stays after it), optional
 * passages as block quotes headed by their id, then a table of the fields (key, label, type, unit,
 * an example value, the slots each fills).
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
  const rows = template.fields.map(
    (f) => `| ${escapeMarkdown(f.key)} | ${escapeMarkdown(f.label)} | ${f.type} | ${escapeMarkdown(f.unit)} | ${escapeMarkdown(f.example)} | ${f.slots.join(' ')} |`,
  );
  const table = ['| 字段 field | 标签 label | 类型 type | 单位 unit | 例 example | 空位 slots |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
  const slotsSection = template.fields.length > 0 ? `\n${table}\n` : '';
  return `## ${escapeMarkdown(template.family)}\n\n${out.join('').trim()}\n${slotsSection}`;
}
