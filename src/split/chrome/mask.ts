import type { Chrome } from '../../core/document.js';

/**
 * The text with every chrome span blanked out: each character of a chrome span becomes a space
 * (a line break stays a line break), so the result has the length of the input and every offset
 * found in it is valid in the document. Later stages read this view: a chrome line becomes a blank
 * line, a viewer number glued into a word (公3、司) becomes spaces, and nothing else moves.
 */
export function maskChrome(text: string, chrome: readonly Chrome[]): string {
  if (chrome.length === 0) return text;
  const sorted = [...chrome].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    const start = Math.max(at, c.span.start);
    const end = Math.min(text.length, c.span.end);
    if (end <= start) continue;
    out += text.slice(at, start);
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      out += ch === 10 || ch === 13 ? text[i] : ' ';
    }
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The document as later stages read it: the same document with chrome blanked in its folded text
 * (`text` is unchanged, so slices for display still show the user's own characters). Outline,
 * segmentation and slots run on this view; dedup and reuse compare its folded text (see
 * pipeline.foldedBody), so chrome counts neither as content nor as shared boilerplate.
 */
export function maskedDocument<D extends { folded: string }>(doc: D, chrome: readonly Chrome[]): D {
  return chrome.length === 0 ? doc : { ...doc, folded: maskChrome(doc.folded, chrome) };
}
