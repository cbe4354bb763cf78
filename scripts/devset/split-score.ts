/**
 * Split scoring on pages: a variant header is found when a predicted header carries the gold label
 * on the gold header line; the title when the predicted title starts on the gold title line. Chrome
 * is scored by line (whole-line gold entries) or by line and column (chrome glued inside a line).
 * Real documents have no variant headers: every header found there is a false one.
 */
import { LineIndex } from '../../src/core/lines.js';
import type { Analysis } from '../../src/pipeline.js';
import { prf, type Prf } from './prf.js';
import type { GoldPage } from './sets.js';

export interface SplitScore {
  headers: Prf;
  titleRight: boolean;
  chrome: Prf;
}

export function predictedHeaders(a: Analysis, lines = new LineIndex(a.document.text)): string[] {
  return a.variants.flatMap((v) => (v.variant.header === null ? [] : [`${v.variant.label}@${lines.lineOf(v.variant.header.start)}`]));
}

/** Chrome as keys: `L` for a whole line, `L:c` for a glued piece starting at column c. */
export function predictedChrome(a: Analysis, lines = new LineIndex(a.document.text)): Set<string> {
  const text = a.document.text;
  const out = new Set<string>();
  for (const c of a.chrome) {
    const first = lines.lineOf(c.span.start);
    const last = lines.lineOf(Math.max(c.span.start, c.span.end - 1));
    for (let l = first; l <= last; l++) {
      const line = lines.lineSpan(l, text);
      const lineText = text.slice(line.start, line.end);
      const from = Math.max(line.start, c.span.start);
      const to = Math.min(line.end, c.span.end);
      const covered = text.slice(from, to).trim().length >= lineText.trim().length;
      out.add(covered ? `${l}` : `${l}:${from - line.start}`);
    }
  }
  return out;
}

export function goldChrome(page: GoldPage): Set<string> {
  const out = new Set<string>();
  for (const c of page.chrome) {
    if (c.column !== undefined) out.add(`${c.from}:${c.column}`);
    else for (let l = c.from; l <= c.to; l++) out.add(`${l}`);
  }
  return out;
}

export function scoreSplit(a: Analysis, page: GoldPage | undefined, goldTitleLine: number | undefined): SplitScore {
  const lines = new LineIndex(a.document.text);
  const pred = new Set(predictedHeaders(a, lines));
  const want = new Set((page?.variants ?? []).map((v) => `${v.label}@${v.header_line}`));
  const hit = [...pred].filter((k) => want.has(k)).length;
  const titleLine = a.title ? lines.lineOf(a.title.span.start) : null;
  const gc = page ? goldChrome(page) : new Set<string>();
  const pc = predictedChrome(a, lines);
  // A glued piece is found when a prediction starts within one character of it.
  const near = (k: string, set: Set<string>): boolean => {
    if (set.has(k)) return true;
    const [l, c] = k.split(':');
    return c !== undefined && (set.has(`${l}:${Number(c) - 1}`) || set.has(`${l}:${Number(c) + 1}`));
  };
  const chromeTp = [...pc].filter((k) => near(k, gc)).length;
  return {
    headers: prf(hit, pred.size - hit, want.size - hit),
    titleRight: goldTitleLine !== undefined && titleLine === goldTitleLine,
    chrome: prf(chromeTp, pc.size - chromeTp, [...gc].filter((k) => !near(k, pc)).length),
  };
}
