import { isOptionalPart, isSlotPart, type Template, type TemplatePart } from '../../core/template.js';

/**
 * Plain text with blanks: each slot is `____` (its unit stays in the text: `____人`), each optional
 * block is wrapped in 〔可选 o1〕 … 〔/可选 o1〕 so a reader sees what may be left out.
 */
export const BLANK = '____';

function walk(parts: readonly TemplatePart[], out: string[], blank: (id: string) => string, optional: (id: string, inner: string) => string): void {
  for (const p of parts) {
    if (isSlotPart(p)) out.push(blank(p.slot));
    else if (isOptionalPart(p)) {
      const inner: string[] = [];
      walk(p.parts, inner, blank, optional);
      out.push(optional(p.optional, inner.join('')));
    } else out.push(p.text);
  }
}

/**
 * Text with `____` for every slot; with `ids`, the slot id follows the blank (____[s3]人); with
 * `fields`, each blank shows the key of the field to fill in (【公司现有员工】人).
 */
export function renderText(template: Template, options: { ids?: boolean; fields?: boolean } = {}): string {
  const out: string[] = [];
  const fieldOf = new Map(template.slots.map((s) => [s.id, s.field]));
  walk(
    template.parts,
    out,
    (id) => (options.fields === true ? `【${fieldOf.get(id) ?? id}】` : options.ids === true ? `${BLANK}[${id}]` : BLANK),
    (id, inner) => {
      // Keep the passage's leading line breaks outside the markers so paragraphs stay paragraphs.
      const lead = /^\s*/.exec(inner)?.[0] ?? '';
      return `${lead}〔可选 ${id}〕${inner.slice(lead.length)}〔/可选 ${id}〕`;
    },
  );
  return out.join('');
}

export { walk as walkParts };
