/**
 * Half-open span [start, end) into a document's text, in UTF-16 code units.
 * Offsets are the truth: every derived object carries one, and strings are sliced from it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function containsSpan(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Moves a span by `delta` (e.g. from variant-relative to document offsets). */
export function shiftSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}
