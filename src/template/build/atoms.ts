import type { Document, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Slot } from '../../core/template.js';

/**
 * A member's body cut into paragraphs and atoms for alignment. An atom is a word (a token from the
 * segment stage, or one character without tokens) or a whole detected slot; its `key` is what
 * alignment compares: the folded text for words (so the two scripts align), and the slot's type
 * and unit for slots (so 8个 in one member and 9个 or a blank 个 in another are the same slot).
 */
export interface Atom {
  key: string;
  /** In the member's document text. */
  span: Span;
  slot?: Slot;
}

export interface Paragraph {
  /** What paragraph alignment compares: the content keys joined (slots as their keys). */
  key: string;
  /** The whitespace atom before the paragraph (when there is any), then the content atoms. */
  atoms: Atom[];
}

const SLOT_KEY_PREFIX = '\u0000slot:';

export function slotKey(slot: Slot, folded: string): string {
  // The unit as folded (個 → 个) so both scripts give the same key.
  const unit = slot.unit.length === 0 ? '' : folded.slice(slot.span.end, slot.span.end + slot.unit.length);
  return `${SLOT_KEY_PREFIX}${slot.type}:${unit}`;
}

export function isSlotKey(key: string): boolean {
  return key.startsWith(SLOT_KEY_PREFIX);
}

function isBlankChar(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000' || c === '\u00a0';
}

/** Word atoms for [start, end): tokens clipped to the range, or one atom per character. */
function wordAtoms(doc: Document, start: number, end: number, tokens: readonly Token[] | undefined, out: Atom[]): void {
  if (start >= end) return;
  if (tokens === undefined) {
    for (let i = start; i < end; i++) out.push({ key: doc.folded[i] as string, span: { start: i, end: i + 1 } });
    return;
  }
  // Tokens tile the body; find the first one that reaches past `start` (binary search).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).span.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let at = start;
  for (let t = lo; t < tokens.length && at < end; t++) {
    const tok = tokens[t] as Token;
    const s = Math.max(at, tok.span.start);
    const e = Math.min(end, tok.span.end);
    if (s > at) {
      // A gap in the tokens (should not happen; tokens tile the text): keep it as one atom.
      out.push({ key: doc.folded.slice(at, s), span: { start: at, end: s } });
    }
    if (e > s) out.push({ key: doc.folded.slice(s, e), span: { start: s, end: e } });
    at = Math.max(at, e);
  }
  if (at < end) out.push({ key: doc.folded.slice(at, end), span: { start: at, end } });
}

/**
 * Paragraphs of `body`: each non-blank line, led by the whitespace before it (the line break and
 * blank lines that separate it from the previous paragraph, or the body's leading whitespace).
 * Leading, not trailing: a passage only some members have then carries its own line breaks, and a
 * truncated copy whose last paragraph has no break after it still aligns with the full text.
 * Slots must lie inside `body` and not overlap, in text order.
 */
export function paragraphsOf(doc: Document, body: Span, slots: readonly Slot[], tokens?: readonly Token[]): Paragraph[] {
  const text = doc.folded;
  const paragraphs: Paragraph[] = [];
  let i = body.start;
  let slotIndex = 0;
  while (i < body.end) {
    let contentStart = i;
    while (contentStart < body.end && isBlankChar(text[contentStart] as string)) contentStart++;
    const atoms: Atom[] = [];
    if (contentStart > i) atoms.push({ key: text.slice(i, contentStart), span: { start: i, end: contentStart } });
    if (contentStart >= body.end) {
      // Trailing whitespace after the last paragraph belongs to it.
      const last = paragraphs[paragraphs.length - 1];
      if (last !== undefined) last.atoms.push(...atoms);
      else paragraphs.push({ key: '', atoms });
      break;
    }
    let lineEnd = text.indexOf('\n', contentStart);
    if (lineEnd < 0 || lineEnd > body.end) lineEnd = body.end;
    let contentEnd = lineEnd;
    while (contentEnd > contentStart && isBlankChar(text[contentEnd - 1] as string)) contentEnd--;
    const first = atoms.length;
    let at = contentStart;
    while (slotIndex < slots.length && (slots[slotIndex] as Slot).span.start <= contentEnd) {
      const slot = slots[slotIndex] as Slot;
      slotIndex++;
      if (slot.span.start < at) continue; // overlapping slots: the first wins
      wordAtoms(doc, at, slot.span.start, tokens, atoms);
      atoms.push({ key: slotKey(slot, text), span: slot.span, slot });
      at = slot.span.end;
    }
    wordAtoms(doc, at, contentEnd, tokens, atoms);
    paragraphs.push({ key: atoms.slice(first).map((a) => a.key).join(''), atoms });
    i = contentEnd;
  }
  return paragraphs;
}
