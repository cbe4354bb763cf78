import type { Diagnostic } from '../core/diagnostics.js';
import { diagnostic } from '../core/diagnostics.js';
import type { Variant } from '../core/document.js';
import { isBlank } from './lines.js';
import type { HeaderCandidate, PageLine } from './types.js';

/** The end of the text in [from, to) of `text` (trailing blanks, and so masked chrome, left out), or `from`. */
export function textEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Turns accepted headers into variants. A variant's body starts after its header — on the next line,
 * or where a body glued onto the header line starts — and runs to the last non-blank character before
 * the next header (trailing blank lines and chrome left out: `text` is the masked folded text).
 * Labels are canonical (篇N / 范文N, Arabic N); ids are `<path>#<label>`, and a repeated label gets
 * `~2`, `~3` … on its later occurrences so ids stay unique (with a duplicate-label warning).
 */
export function buildVariants(
  path: string,
  text: string,
  lines: PageLine[],
  headers: HeaderCandidate[],
): { variants: Variant[]; diagnostics: Diagnostic[] } {
  const variants: Variant[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  headers.forEach((h, index) => {
    const label = `${h.kind}${h.number}`;
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    const id = count === 1 ? `${path}#${label}` : `${path}#${label}~${count}`;
    if (count > 1) {
      diagnostics.push(diagnostic('duplicate-label', 'split/variants', 'warning', h.span, { label, occurrence: count, id }));
    }
    const next = headers[index + 1];
    const bodyStart = h.bodyStart ?? lines[h.line + 1]?.span.start ?? text.length;
    const limit = next === undefined ? text.length : Math.max(bodyStart, next.span.start);
    variants.push({ id, label, index, header: h.span, body: { start: bodyStart, end: textEnd(text, bodyStart, limit) } });
  });
  return { variants, diagnostics };
}
