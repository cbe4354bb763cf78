import { describe, expect, it } from 'vitest';
import { isBlankCode, isSpaceCode, SPACE_CLASS } from '../../src/core/blanks.js';

const SPACES = [0x20, 0x09, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000];

describe('one definition of a blank', () => {
  it.each(SPACES.map((c) => [c.toString(16)]))('U+%s is a space inside a line', (hex) => {
    const c = parseInt(hex, 16);
    expect(isSpaceCode(c)).toBe(true);
    expect(isBlankCode(c)).toBe(true);
    expect(new RegExp(`^[${SPACE_CLASS}]$`, 'u').test(String.fromCharCode(c))).toBe(true);
  });

  it('line breaks are blanks but no spaces inside a line', () => {
    for (const c of [0x0a, 0x2028, 0x2029]) {
      expect(isSpaceCode(c)).toBe(false);
      expect(isBlankCode(c)).toBe(true);
    }
    expect(new RegExp(`[${SPACE_CLASS}]`).test('\n')).toBe(false);
  });

  it('agrees with JavaScript \\s on every code unit but the zero-width space', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (c !== 0x200b && isBlankCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('letters, digits and punctuation are no blanks', () => {
    for (const ch of 'a0一、。，（【_') expect(isBlankCode(ch.charCodeAt(0))).toBe(false);
  });
});
