import type { Document, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { segment } from '../../segment/index.js';

/**
 * The tokens of a member's body, as segment(doc, body) gives them, cut a line at a time and kept by
 * line. The members of a family share most of their lines (and a corpus its boilerplate lines), and
 * segmenting was a sixth of a template's time. Exact: segment/ cuts long texts in chunks ending at
 * line breaks because jieba never joins words across one, so a line's tokens are those of its text —
 * and of the characters next to it that a placeholder pattern may look at, which the key holds: the
 * one before the line, and the one after it when the line does not end with a line break.
 */
export function bodyTokens(doc: Document, body: Span): Token[] {
  const folded = doc.folded;
  const out: Token[] = [];
  for (let a = body.start; a < body.end; ) {
    const nl = folded.indexOf('\n', a);
    const b = nl < 0 || nl >= body.end ? body.end : nl + 1;
    const text = folded.slice(a, b);
    // Two characters for what comes before (the character, or none) and two for what comes after.
    const before = a > 0 ? `1${folded[a - 1] ?? ''}` : '0 ';
    const after = folded[b - 1] === '\n' ? '0 ' : b < folded.length ? `1${folded[b] ?? ''}` : '2 ';
    const key = before + after + text;
    let tokens = kept.get(key);
    if (tokens === undefined) {
      tokens = segment(doc, { start: a, end: b }).tokens.map((t) => ({ ...t, span: { start: t.span.start - a, end: t.span.end - a } }));
      if (kept.size >= LINES_KEPT) kept.clear();
      kept.set(key, tokens);
    }
    for (const t of tokens) out.push({ ...t, span: { start: t.span.start + a, end: t.span.end + a } });
    a = b;
  }
  return out;
}

/**
 * Lines whose tokens are kept (bounded: emptied when full). nodejieba holds one dictionary per
 * process, so a line's tokens never change within one. The reuse is mostly within a family (one
 * task, at most a few hundred lines) and among the lines every family of a site repeats, so a few
 * thousand do: at 20,000 the templates phase of 10k news articles peaked 62 MB higher in the same
 * time, with the same templates.
 */
const kept = new Map<string, Token[]>();
const LINES_KEPT = 2_000;
