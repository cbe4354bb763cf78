import { isOptionalPart, isSlotPart, type Surface, type TemplatePart } from '../../core/template.js';

/**
 * The filled text of template parts: text as it is, each slot with `valueOf(slotId)`, each optional
 * block kept or left out by `include(blockId)`. No checks: fill.ts checks before it renders. Pure
 * and free of Node APIs (a fill-in page reuses it).
 */
export function renderParts(parts: readonly TemplatePart[], valueOf: (slot: string) => string, include: (block: string) => boolean): string {
  const out: string[] = [];
  const walk = (list: readonly TemplatePart[]): void => {
    for (const p of list) {
      if (isSlotPart(p)) out.push(valueOf(p.slot));
      else if (isOptionalPart(p)) {
        if (include(p.optional)) walk(p.parts);
      } else out.push(p.text);
    }
  };
  walk(parts);
  return out.join('');
}

/** Applies a member's surface edits to the text they were made for; null when they do not fit it. */
export function applySurface(text: string, surface: Surface, convert: (text: string, to: 'simplified' | 'traditional') => string): string | null {
  const base = surface.to === undefined ? text : convert(text, surface.to);
  if (base.length !== surface.length) return null;
  const out: string[] = [];
  let at = 0;
  for (const [start, deleted, inserted] of surface.edits) {
    if (start < at || start + deleted > base.length) return null;
    out.push(base.slice(at, start), inserted);
    at = start + deleted;
  }
  out.push(base.slice(at));
  return out.join('');
}
