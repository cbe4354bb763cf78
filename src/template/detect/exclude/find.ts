import type { Span } from '../../../core/span.js';
import type { DetectContext } from '../types.js';

/** Spans of the body where `re` matches (group `k` when given, with the `d` flag). */
export function spansOf(ctx: DetectContext, re: RegExp, k = 0): Span[] {
  const out: Span[] = [];
  const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
  const r = new RegExp(re.source, flags);
  r.lastIndex = ctx.body.start;
  for (let m = r.exec(ctx.folded); m !== null && m.index < ctx.body.end; m = r.exec(ctx.folded)) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    const idx = m.indices?.[k];
    if (idx !== undefined) out.push({ start: idx[0], end: Math.min(idx[1], ctx.body.end) });
  }
  return out;
}
