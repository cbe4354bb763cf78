import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByKey } from '../../src/dedup/candidates/source.js';
import { writeSignature } from '../../src/dedup/minhash.js';
import { normaliseForShingles } from '../../src/dedup/normalise.js';
import { hasValue, intersectionSize, shingleSet, sortHashes } from '../../src/dedup/shingles.js';

/** Sorted shingle entries: unique identities (top 24 bits) with any weight code in the low 8 bits. */
const sortedSet = fc
  .uniqueArray(fc.record({ id: fc.integer({ min: 0, max: 5000 }), code: fc.integer({ min: 1, max: 255 }) }), { selector: (e) => e.id, maxLength: 400 })
  .map((a) => Uint32Array.from(a.sort((x, y) => x.id - y.id).map((e) => ((e.id << 8) | e.code) >>> 0)));
const id = (entry: number): number => entry >>> 8;

describe('shingle sets', () => {
  it('are sorted, unique, and one per distinct k-gram', () => {
    const s = shingleSet(normaliseForShingles('甲乙丙丁戊甲乙丙丁戊'), 5, 1);
    // 5 distinct 5-grams (甲乙丙丁戊, 乙丙丁戊甲, …, 戊甲乙丙丁) and the repeat of the first.
    expect(s.length).toBe(5);
    for (let i = 1; i < s.length; i++) expect(s[i]! > s[i - 1]!).toBe(true);
  });

  it('treat a text shorter than k as one shingle, and an empty one as none', () => {
    expect(shingleSet(normaliseForShingles('总结'), 5, 1).length).toBe(1);
    expect(shingleSet(normaliseForShingles(''), 5, 1).length).toBe(0);
  });

  it('intersect exactly (merge and galloping agree with a naive count)', () => {
    fc.assert(
      fc.property(sortedSet, sortedSet, (a, b) => {
        // Entries match by identity whatever their weight codes.
        const naive = [...a].filter((x) => [...b].some((y) => id(y) === id(x))).length;
        expect(intersectionSize(a, b)).toBe(naive);
        expect(intersectionSize(b, a)).toBe(naive);
        for (const x of a.slice(0, 10)) expect(hasValue(b, x)).toBe([...b].some((y) => id(y) === id(x)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sortHashes (bucket pass, then insertion)', () => {
  it('sorts like TypedArray#sort, duplicates and skewed values included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 40 })), { maxLength: 3000 }), (values) => {
        const a = Uint32Array.from(values);
        const expected = Uint32Array.from(values).sort();
        sortHashes(a);
        expect([...a]).toEqual([...expected]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sortByKey (radix)', () => {
  it('orders indices by key, ties by index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 300 }), (keys) => {
        const k = Uint32Array.from(keys);
        const expected = keys.map((_, i) => i).sort((x, y) => k[x]! - k[y]! || x - y);
        expect([...sortByKey(k, k.length)]).toEqual(expected);
      }),
    );
  });
});

describe('MinHash signatures (one-permutation hashing)', () => {
  it('agree in about Jaccard of the positions', () => {
    // Two sets with Jaccard 1/3: agreement over 512 positions must be close to it.
    const a = Uint32Array.from({ length: 2000 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0)).sort();
    const b = Uint32Array.from({ length: 2000 }, (_, i) => (Math.imul(i + 1001, 2654435761) >>> 0)).sort();
    const k = 512;
    const sig = new Uint32Array(2 * k);
    writeSignature(a, k, 7, sig, 0);
    writeSignature(b, k, 7, sig, k);
    let agree = 0;
    for (let i = 0; i < k; i++) if (sig[i] === sig[k + i]) agree++;
    expect(agree / k).toBeGreaterThan(0.25);
    expect(agree / k).toBeLessThan(0.42);
  });

  it('fill every position even for a set smaller than the signature (densification)', () => {
    const sig = new Uint32Array(128);
    writeSignature(Uint32Array.from([5, 99, 1234]), 128, 3, sig, 0);
    expect(sig.every((v) => v !== 0xffffffff)).toBe(true);
    expect(new Set(sig).size).toBeLessThanOrEqual(3);
  });
});
