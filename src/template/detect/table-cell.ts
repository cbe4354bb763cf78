import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';

/**
 * A number alone in a table cell (cells separated by tabs) that is not the row's first cell: a score,
 * a quota, an amount of a row (產品有標價\t5). The first cell of a row numbers it (序号 1 2 3): not a
 * value. The unit is the column's, so it is ''.
 */
const CELL_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/u;

export const tableCellDetector: SlotDetector = {
  name: 'table-cell',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    let lineStart = body.start;
    while (lineStart < body.end) {
      let lineEnd = folded.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > body.end) lineEnd = body.end;
      const line = folded.slice(lineStart, lineEnd);
      if (line.includes('\t')) {
        let at = lineStart;
        line.split('\t').forEach((cell, k) => {
          const m = CELL_NUMBER.exec(cell);
          if (k > 0 && m !== null) {
            const start = at + cell.indexOf(m[1] as string);
            const end = start + (m[1] as string).length;
            out.push({ kind: 'literal', type: 'count', unit: '', span: { start, end }, value: doc.text.slice(start, end), detector: 'table-cell', rule: 'table-cell/number', confidence: CONFIDENCE.context });
          }
          at += cell.length + 1;
        });
      }
      lineStart = lineEnd + 1;
    }
    return out;
  },
};
