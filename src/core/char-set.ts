/**
 * A set of BMP characters as a table indexed by UTF-16 code unit: `has(text.charCodeAt(i))` reads
 * one byte, where `set.has(text[i])` makes a one-character string per look-up (a hot cost in loops
 * over every character of a body).
 */
export class CharSet {
  private readonly table = new Uint8Array(0x10000);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new RangeError(`CharSet holds single UTF-16 code units, not ${JSON.stringify(ch)}`);
      this.table[ch.charCodeAt(0)] = 1;
    }
  }

  /** Whether the code unit `code` (text.charCodeAt(i); NaN past the end) is in the set. */
  has(code: number): boolean {
    return this.table[code] === 1;
  }
}
