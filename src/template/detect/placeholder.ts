import type { SlotType } from '../../core/template.js';
import { orgSuffixAt, ordinalSuffixAt } from './org-words.js';
import { PLACEHOLDER_RULES, type PlaceholderHit, type PlaceholderRule } from './placeholders/index.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';
import { unitAt, unitText } from './units.js';

/**
 * Placeholders the site left (placeholders/: 20xx, xx, ××, __, ○○, [姓名], （ ）, 年 月 日 …). A
 * family that knows its type says it (20xx is a year, [日期] a date); the others are typed by what
 * follows: 年 → year, 大/届 → ordinal (xx大精神), 公司/局/单位 → org, a unit → the unit's type (xx人 →
 * count), 第 before → ordinal.
 */
function typeAfter(folded: string, end: number, before: string | undefined): SlotType {
  if (before === '第') return 'ordinal';
  // The longest reading wins (xx大学 is an org, not xx大); on a tie a unit beats an org word
  // (xx所学校 counts schools).
  const ordinal = ordinalSuffixAt(folded, end);
  const unit = unitAt(folded, end);
  const org = orgSuffixAt(folded, end);
  const unitLength = unit === null ? 0 : unit.end - end;
  const best = Math.max(ordinal?.length ?? 0, unitLength, org?.length ?? 0);
  if (best === 0) return 'text';
  if (ordinal !== null && ordinal.length === best) return 'ordinal';
  if (unit !== null && unitLength === best) return unit.type;
  return 'org';
}

/** Hits of every family, an earlier family's hit winning over a later one it overlaps (or, for a blank, lies inside). */
export function placeholderHits(ctx: DetectContext, rules: readonly PlaceholderRule[] = PLACEHOLDER_RULES): Array<PlaceholderHit & { rule: string }> {
  const { start: base, end } = ctx.body;
  // owner[i - base]: 1 + the index of the kept hit covering character i (0: free). Kept hits never overlap.
  const owner = new Int32Array(Math.max(0, end - base));
  const kept: Array<PlaceholderHit & { rule: string }> = [];
  const free = (h: PlaceholderHit): boolean => {
    const { start: s, end: e } = h.span;
    if (s === e) return s <= base || s >= end || owner[s - base] === 0 || owner[s - base] !== owner[s - 1 - base];
    for (let i = s; i < e; i++) if (owner[i - base] !== 0) return false;
    return true;
  };
  for (const rule of rules) {
    if (ctx.disabled.has(`placeholder/${rule.id}`)) continue;
    const found = rule.find(ctx).filter((h) => h.span.start >= base && h.span.end <= end);
    const accepted = found.filter(free);
    for (const h of accepted) {
      kept.push({ ...h, rule: rule.id });
      for (let i = h.span.start; i < h.span.end; i++) owner[i - base] = kept.length;
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

export const placeholderDetector: SlotDetector = {
  name: 'placeholder',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc } = ctx;
    return placeholderHits(ctx).map((h): RawSlot => {
      const { span } = h;
      let type = h.type ?? typeAfter(folded, span.end, folded[span.start - 1]);
      if (type === 'text' && h.fallback !== undefined) type = h.fallback;
      let unit = h.unit ?? '';
      if (h.unit === undefined) {
        const next = folded[span.end];
        const u = unitAt(folded, span.end);
        // A letter before 月/日 (每月X日): the calendar word is its unit.
        if (type === 'date' && (next === '月' || next === '日' || next === '号')) unit = doc.text[span.end] as string;
        else if (u !== null && (type === u.type || (type === 'year' && u.base === '年'))) unit = unitText(doc.text, u);
      }
      const slot: RawSlot = { kind: 'placeholder', type, unit, span, value: doc.text.slice(span.start, span.end), detector: 'placeholder', rule: `placeholder/${h.rule}`, confidence: h.confidence };
      if (h.label !== undefined) slot.label = h.label;
      return slot;
    });
  },
};
