import { describe, expect, it } from 'vitest';
import { parseEnclosedNumeral, toEnclosedNumeral, type EnclosedNumeralKind } from '../../src/core/numerals.js';

describe('parseEnclosedNumeral', () => {
  it.each([
    ['①', 1, 'circled'], ['⑩', 10, 'circled'], ['⑳', 20, 'circled'], ['㉑', 21, 'circled'], ['㉟', 35, 'circled'],
    ['㊱', 36, 'circled'], ['㊿', 50, 'circled'], ['⑴', 1, 'paren-digit'], ['⒇', 20, 'paren-digit'],
    ['⒈', 1, 'stop-digit'], ['⒛', 20, 'stop-digit'], ['㈠', 1, 'paren-ideograph'], ['㈩', 10, 'paren-ideograph'],
  ])('%s → %d (%s)', (ch, value, kind) => {
    expect(parseEnclosedNumeral(ch)).toEqual({ value, kind });
  });

  it.each(['1', '一', '(', '①②', '', '⓪'])('rejects %s', (ch) => {
    expect(parseEnclosedNumeral(ch)).toBeNull();
  });

  it('round-trips every value of every kind', () => {
    const max: Record<EnclosedNumeralKind, number> = { circled: 50, 'paren-digit': 20, 'stop-digit': 20, 'paren-ideograph': 10 };
    for (const [kind, top] of Object.entries(max) as Array<[EnclosedNumeralKind, number]>) {
      for (let n = 1; n <= top; n++) {
        const ch = toEnclosedNumeral(n, kind);
        expect(ch).not.toBeNull();
        expect(parseEnclosedNumeral(ch as string)).toEqual({ value: n, kind });
      }
      expect(toEnclosedNumeral(top + 1, kind)).toBeNull();
      expect(toEnclosedNumeral(0, kind)).toBeNull();
    }
  });
});
