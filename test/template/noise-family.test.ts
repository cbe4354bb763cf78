import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/template.js';
import { fillTemplate, valuesOf } from '../../src/template/index.js';
import { noisy, otherScript, textPieces } from '../helpers/text-pieces.js';
import { templateOf } from './build-helpers.js';

/**
 * Acceptance: whatever plan D is, the family {D, D in the other script (opencc-js), D with spaces
 * around numbers, punctuation of the other width and its lines rewrapped} has a template with no
 * variable slot and exactly D's own typed slots; every member comes back exactly from its values.
 */
const PIECES = textPieces();

function typedSlots(t: Template, member: string): string[] {
  return t.slots.map((s) => `${s.kind}/${s.type}/${s.unit}/${s.occurrences.find((o) => o.id === member)?.value ?? '∅'}`);
}

describe('a plan, its other-script copy and a copy with spacing noise are one template without variable slots', () => {
  it('has real text pieces to build plans from', () => {
    expect(PIECES.length).toBeGreaterThan(200);
  });

  it('property: 0 variable slots, D’s typed slots, exact round trip', () => {
    const plan = fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 8 }).map((ps) => ps.join('\n'));
    fc.assert(
      fc.property(plan, fc.integer({ min: 12, max: 40 }), (d, width) => {
        const texts = [d, otherScript(d), noisy(d, width)];
        const t = templateOf(texts);
        const own = templateOf([d]);
        expect(t.slots.filter((s) => s.kind === 'variable').map((s) => s.occurrences.map((o) => o.value))).toEqual([]);
        expect(t.optionals).toEqual([]);
        expect(typedSlots(t, 'm1.txt')).toEqual(typedSlots(own, 'm1.txt'));
        texts.forEach((x, i) => expect(fillTemplate(t, valuesOf(t, `m${i + 1}.txt`)), `m${i + 1}`).toBe(x));
      }),
      { seed: Number(process.env.SEED ?? 12), numRuns: Number(process.env.RUNS ?? 60) },
    );
  });
});
