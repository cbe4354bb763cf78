import { CODE_BITS as BITS } from './shingles.js';

const CODE_BITS = BITS;

/**
 * The identities of one shingle set in an open-addressing table, for many membership questions
 * against the same set (each paragraph of every family member against the canonical member): O(1)
 * per shingle instead of a search of the sorted set. Reused: `load` replaces the contents.
 */
export class IdentitySet {
  private keys = new Uint32Array(1024);
  private mask = 1023;

  /** Replaces the contents with the identities of `set` (shingle entries, shingles.ts). */
  load(set: Uint32Array): this {
    let size = 1024;
    while (size < set.length * 2) size *= 2;
    if (size > this.keys.length) this.keys = new Uint32Array(size);
    else this.keys.fill(0, 0, size);
    this.mask = size - 1;
    for (let i = 0; i < set.length; i++) {
      const id = ((set[i] as number) >>> CODE_BITS) + 1;
      let j = Math.imul(id, 0x9e3779b1) & this.mask;
      while (this.keys[j] !== 0 && this.keys[j] !== id) j = (j + 1) & this.mask;
      this.keys[j] = id;
    }
    return this;
  }

  /** How many entries of `set` have their identity in this set. */
  countIn(set: Uint32Array): number {
    let n = 0;
    for (let i = 0; i < set.length; i++) {
      const id = ((set[i] as number) >>> CODE_BITS) + 1;
      let j = Math.imul(id, 0x9e3779b1) & this.mask;
      for (;;) {
        const k = this.keys[j] as number;
        if (k === id) {
          n++;
          break;
        }
        if (k === 0) break;
        j = (j + 1) & this.mask;
      }
    }
    return n;
  }
}
