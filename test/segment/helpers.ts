import { expect } from 'vitest';
import type { Token } from '../../src/core/document.js';
import { isBlankCode } from '../../src/segment/sentences.js';

/** Tokens cover [start, end) in order, without gaps, overlaps or empty tokens. */
export function expectTiling(tokens: Token[], start: number, end: number): void {
  let p = start;
  for (const t of tokens) {
    expect(t.span.start).toBe(p);
    expect(t.span.end).toBeGreaterThan(t.span.start);
    p = t.span.end;
  }
  expect(p).toBe(end);
}

/**
 * Sentences tile the non-blank text of [start, end): ordered, disjoint, no line break inside, no
 * blank at either end, and every non-blank character in exactly one sentence.
 */
export function expectSentenceTiling(text: string, spans: Array<{ start: number; end: number }>, start: number, end: number): void {
  const covered = new Uint8Array(end - start);
  let prev = start;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).not.toMatch(/[\n\r]/);
    expect(isBlankCode(text.charCodeAt(s.start)) || isBlankCode(text.charCodeAt(s.end - 1))).toBe(false);
    for (let i = s.start; i < s.end; i++) covered[i - start] = 1;
    prev = s.end;
  }
  for (let i = start; i < end; i++) {
    if (!isBlankCode(text.charCodeAt(i))) expect(covered[i - start], `offset ${i} (${text[i]}) is in no sentence`).toBe(1);
  }
}
