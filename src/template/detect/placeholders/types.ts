import type { Span } from '../../../core/span.js';
import type { SlotType } from '../../../core/template.js';
import type { DetectContext } from '../types.js';

/** One place a placeholder rule found; what it leaves out (type, unit) is read from the context after it. */
export interface PlaceholderHit {
  span: Span;
  /** Set when the shape says it (20xx is a year, 〔20xx〕x号 a document number); else typed by what follows. */
  type?: SlotType;
  /** The type when what follows says nothing (*** before a verb is a unit's name: org). */
  fallback?: SlotType;
  /** The unit after it as written, when the rule knows it better than the unit lexicon (年 of a form date). */
  unit?: string;
  /** A label the placeholder carries itself ([姓名] → 姓名). */
  label?: string;
  /** Rules with readings of different strength say which one they made (detect/confidence.ts). */
  confidence: number;
}

/**
 * One family of placeholders (one file each). Families run in the order of PLACEHOLDER_RULES; a hit
 * that overlaps a hit of an earlier family is dropped, so the more specific shape goes first.
 */
export interface PlaceholderRule {
  id: string;
  find(ctx: DetectContext): PlaceholderHit[];
}

/** Runs a global regex over the body (folded text) and maps each match. */
export function matchAll(ctx: DetectContext, re: RegExp, hit: (m: RegExpExecArray) => PlaceholderHit | null): PlaceholderHit[] {
  const out: PlaceholderHit[] = [];
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  r.lastIndex = ctx.body.start;
  for (let m = r.exec(ctx.folded); m !== null && m.index < ctx.body.end; m = r.exec(ctx.folded)) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    if (m.index + m[0].length > ctx.body.end) break;
    const h = hit(m);
    if (h !== null) out.push(h);
  }
  return out;
}

