import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { SourceSegment } from '../../core/document.js';
import { lineOfOffset } from '../checks/check.js';
import type { MalformedProblem } from './malformed-rule.js';

/** How many problems the diagnostic lists in its data (the count is always complete). */
export const MALFORMED_LISTED = 10;

/** Text offset for a source offset: through the segment that starts last at or before it. */
export function textOffsetOf(sourceOffset: number, sourceMap: readonly SourceSegment[], textLength: number): number {
  let best: SourceSegment | undefined;
  for (const seg of sourceMap) {
    if (seg.sourceStart <= sourceOffset && (best === undefined || seg.sourceStart >= best.sourceStart)) best = seg;
  }
  if (best === undefined) return 0;
  return Math.min(textLength, best.textStart + Math.min(sourceOffset - best.sourceStart, best.length));
}

/**
 * One diagnostic for all markup problems of a page (a broken page has dozens; listing each would
 * drown the content diagnostics). Its span is where the first problem lands in the extracted text.
 */
export function malformedDiagnostic(problems: readonly MalformedProblem[], source: string, text: string, sourceMap: readonly SourceSegment[]): Diagnostic | undefined {
  const first = problems[0];
  if (first === undefined) return undefined;
  const at = textOffsetOf(first.sourceOffset, sourceMap, text.length);
  const listed = problems.slice(0, MALFORMED_LISTED).map((p) => ({ sourceLine: lineOfOffset(source, p.sourceOffset), problem: p.problem, detail: p.detail }));
  return diagnostic('html-malformed', 'read/html-malformed', 'warning', { start: at, end: at }, { count: problems.length, problems: listed });
}
