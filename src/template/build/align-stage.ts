import { alignParagraphs, diffTokens } from '../../align/index.js';
import type { Aligner } from './columns.js';

/** The production aligner: the align stage's paragraph alignment and token diff, as matched pairs. */
export const alignStageAligner: Aligner = {
  matchParagraphs(a, b) {
    const out: Array<[number, number]> = [];
    for (const row of alignParagraphs(a, b)) if (row.a !== null && row.b !== null) out.push([row.a, row.b]);
    return out;
  },
  matchTokens(a, b) {
    const out: Array<[number, number]> = [];
    for (const op of diffTokens(a, b)) {
      if (op.op !== 'equal') continue;
      for (let k = 0; k < op.a[1] - op.a[0]; k++) out.push([op.a[0] + k, op.b[0] + k]);
    }
    return out;
  },
};
