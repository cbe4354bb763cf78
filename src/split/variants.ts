import type { Diagnostic } from '../core/diagnostics.js';
import { diagnostic } from '../core/diagnostics.js';
import type { Variant } from '../core/document.js';
import { lastTextEnd } from './lines.js';
import type { HeaderCandidate, PageLine } from './types.js';

/**
 * Turns accepted headers into variants. A variant's body runs from the start of the line after its
 * header to the last non-blank character before the next header (trailing blank lines left out).
 * Labels are canonical (篇N / 范文N, Arabic N); ids are `<path>#<label>`, and a repeated label gets
 * `~2`, `~3` … on its later occurrences so ids stay unique (with a duplicate-label warning).
 */
export function buildVariants(
  path: string,
  textLength: number,
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
      diagnostics.push(
        diagnostic('duplicate-label', 'split/variants', 'warning', h.span, { label, occurrence: count, id }),
      );
    }
    const nextLine = headers[index + 1]?.line ?? lines.length;
    const bodyStart = lines[h.line + 1]?.span.start ?? textLength;
    const bodyEnd = lastTextEnd(lines, h.line + 1, nextLine, bodyStart);
    variants.push({ id, label, index, header: h.span, body: { start: bodyStart, end: bodyEnd } });
  });
  return { variants, diagnostics };
}
