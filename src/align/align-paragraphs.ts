import { diffTokens } from './diff-tokens.js';
import { bigrams, dice, paragraphKey } from './similarity.js';
import { ALIGN_DEFAULTS, type AlignOptions, type ParagraphPair } from './types.js';
import { pushAll } from '../core/push-all.js';

/**
 * Monotone alignment of two paragraph lists. Paragraphs equal up to whitespace and punctuation are
 * anchored first by a minimal diff over paragraph keys (cheap even for thousands of paragraphs);
 * each stretch between anchors is then aligned by dynamic programming that maximises the summed
 * similarity of the pairs it makes, pairing only paragraphs at least `minSimilarity` alike. A
 * dropped paragraph is a row with b = null, an added one a row with a = null; a moved paragraph is
 * shown as a deletion and an insertion (the alignment never crosses itself).
 */
export function alignParagraphs(a: readonly string[], b: readonly string[], options: AlignOptions = {}): ParagraphPair[] {
  const o = { ...ALIGN_DEFAULTS, ...options };
  const ka = a.map(paragraphKey);
  const kb = b.map(paragraphKey);
  const out: ParagraphPair[] = [];
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = (): void => {
    if (gapA.length > 0 || gapB.length > 0) pushAll(out, alignGap(gapA, gapB, ka, kb, o));
    gapA = [];
    gapB = [];
  };
  for (const step of diffTokens(ka, kb)) {
    if (step.op === 'equal') {
      flush();
      for (let t = 0; t < step.a[1] - step.a[0]; t++) out.push({ a: step.a[0] + t, b: step.b[0] + t, similarity: 1 });
    } else if (step.op === 'delete') {
      for (let i = step.a[0]; i < step.a[1]; i++) gapA.push(i);
    } else {
      for (let j = step.b[0]; j < step.b[1]; j++) gapB.push(j);
    }
  }
  flush();
  return out;
}

/** Aligns one stretch of unanchored paragraphs (indices into a and b, each ascending). */
function alignGap(ia: number[], ib: number[], ka: string[], kb: string[], o: Required<AlignOptions>): ParagraphPair[] {
  const n = ia.length;
  const m = ib.length;
  const lone = (): ParagraphPair[] => [...ia.map((i) => ({ a: i, b: null, similarity: 0 })), ...ib.map((j) => ({ a: null, b: j, similarity: 0 }))];
  if (n === 0 || m === 0 || n * m > o.maxCells) return lone();
  const ba = ia.map((i) => bigrams(ka[i] as string));
  const bb = ib.map((j) => bigrams(kb[j] as string));
  const sim = new Float64Array(n * m);
  for (let x = 0; x < n; x++) for (let y = 0; y < m; y++) sim[x * m + y] = dice(ba[x] as Uint32Array, bb[y] as Uint32Array);
  // score[x][y]: best total similarity aligning the first x of ia with the first y of ib.
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  for (let x = 1; x <= n; x++) {
    for (let y = 1; y <= m; y++) {
      let best = Math.max(score[(x - 1) * w + y] as number, score[x * w + y - 1] as number);
      const s = sim[(x - 1) * m + y - 1] as number;
      if (s >= o.minSimilarity) best = Math.max(best, (score[(x - 1) * w + y - 1] as number) + s);
      score[x * w + y] = best;
    }
  }
  // Trace back, preferring a pair, then a deletion, then an insertion (deterministic).
  const rows: ParagraphPair[] = [];
  let x = n;
  let y = m;
  while (x > 0 || y > 0) {
    const here = score[x * w + y] as number;
    if (x > 0 && y > 0) {
      const s = sim[(x - 1) * m + y - 1] as number;
      if (s >= o.minSimilarity && here === (score[(x - 1) * w + y - 1] as number) + s) {
        rows.push({ a: ia[x - 1] as number, b: ib[y - 1] as number, similarity: s });
        x--;
        y--;
        continue;
      }
    }
    if (y > 0 && (x === 0 || here === (score[x * w + y - 1] as number))) {
      rows.push({ a: null, b: ib[y - 1] as number, similarity: 0 });
      y--;
    } else {
      rows.push({ a: ia[x - 1] as number, b: null, similarity: 0 });
      x--;
    }
  }
  return rows.reverse();
}
