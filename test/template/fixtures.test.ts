import { describe, expect, it } from 'vitest';
import { detectSlots } from '../../src/template/index.js';
import { textDocument } from '../helpers/seed.js';
import { readAnnotated, type ExpectedSlot } from './annotated.js';

const FILES = [
  'hollow.txt', 'hollow-negative.txt', 'hollow-noun.txt', 'hollow-noun-negative.txt', 'hollow-measure.txt', 'literal.txt', 'placeholder.txt', 'placeholder-families.txt', 'time-docno-phone.txt', 'not-blanks.txt', 'names.txt',
];

/** A readable key: position, kind, type, value and the text around the slot (⟨⟩ marks it). */
function key(text: string, s: { start: number; length: number; kind: string; type: string; value: string }): string {
  const around = `${text.slice(Math.max(0, s.start - 6), s.start)}⟨${s.value}⟩${text.slice(s.start + s.length, s.start + s.length + 4)}`;
  return `${String(s.start).padStart(5, '0')} ${s.kind} ${s.type} ${around}`;
}

function expectedFor(text: string, expected: ExpectedSlot[], all: boolean): string[] {
  return expected
    .filter((e) => all || e.kind !== 'name')
    .map((e) => key(text, e.kind === 'name' ? { ...e, kind: 'literal' } : e))
    .sort();
}

for (const script of ['simplified', 'traditional'] as const) {
  describe(`annotated slot fixtures (${script})`, () => {
    for (const file of FILES) {
      for (const all of [false, true]) {
        it(`${file}${all ? ' with all' : ''}: exactly the marked slots`, () => {
          const { text, expected } = readAnnotated(file, script);
          const doc = textDocument(text);
          const { slots } = detectSlots(doc, { start: 0, end: text.length }, { all });
          const got = slots.map((s) => key(text, { start: s.span.start, length: s.span.end - s.span.start, kind: s.kind, type: s.type, value: s.value })).sort();
          expect(got).toEqual(expectedFor(text, expected, all));
        });
      }
    }
  });
}
