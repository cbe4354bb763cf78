import type { LineCandidate } from './detect.js';
import { numDotRule } from './markers/num-dot.js';

/**
 * `2.2小时内报告` in a list 1. 2. 3.: the item `2.` whose text begins with a number, not a decimal
 * 2.2. A two-part decimal is read as the plain `a.` instead when it would open its run with a
 * number other than 1 (no 2.1 before a 2.2) while the nearest earlier 1. / 1.1-style marker is a
 * plain `a-1.`: the plain reading continues a list, the decimal one continues nothing. A run that
 * does open at x.1 (1.1项目总概况 under 第一章) keeps its decimal reading.
 */
export function rereadDecimalsAsNumDot(candidates: LineCandidate[], text: string): void {
  let previous: LineCandidate | null = null;
  const decimalsSeen = new Set<string>();
  for (const c of candidates) {
    const m = c.match;
    if (m.style === 'decimal' && m.key === 'decimal/2' && m.scope !== undefined) {
      const head = Number(m.scope);
      const continues = decimalsSeen.has(m.scope);
      const dot = text.indexOf('.', c.markerStart);
      if (!continues && m.ordinal !== 1 && previous?.match.style === 'num-dot' && previous.match.ordinal === head - 1 && dot !== -1 && dot < m.end) {
        c.match = { style: 'num-dot', end: dot + 1, ordinal: head, key: 'num-dot' };
        c.rule = numDotRule;
      } else {
        decimalsSeen.add(m.scope);
      }
    }
    if (c.match.style === 'num-dot' || c.match.style === 'decimal') previous = c;
  }
}
