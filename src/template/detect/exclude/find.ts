import type { Span } from '../../../core/span.js';
import type { DetectContext } from '../types.js';

/**
 * Each exclusion's pattern as spansOf runs it (global, and with indices only when a group is
 * asked for), compiled once: a copy per call was compiled per variant, and the `d` flag makes every
 * match build index arrays for all its groups.
 */
const compiled = new WeakMap<RegExp, Map<boolean, RegExp>>();

function runnable(re: RegExp, indices: boolean): RegExp {
  let byKind = compiled.get(re);
  if (byKind === undefined) compiled.set(re, (byKind = new Map<boolean, RegExp>()));
  let r = byKind.get(indices);
  if (r === undefined) {
    const flags = [...new Set([...re.flags.replace('d', ''), 'g', ...(indices ? ['d'] : [])])].join('');
    r = new RegExp(re.source, flags);
    byKind.set(indices, r);
  }
  return r;
}

/** Spans of the body where `re` matches (group `k` when given, with the `d` flag). */
export function spansOf(ctx: DetectContext, re: RegExp, k = 0): Span[] {
  const out: Span[] = [];
  const r = runnable(re, k !== 0);
  r.lastIndex = ctx.body.start;
  for (let m = r.exec(ctx.folded); m !== null && m.index < ctx.body.end; m = r.exec(ctx.folded)) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    const idx = k === 0 ? [m.index, m.index + m[0].length] : m.indices?.[k];
    if (idx !== undefined) out.push({ start: idx[0] as number, end: Math.min(idx[1] as number, ctx.body.end) });
  }
  return out;
}
