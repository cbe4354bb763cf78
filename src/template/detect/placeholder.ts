import { findPlaceholders, type PlaceholderShape } from '../../core/placeholders.js';
import type { SlotType } from '../../core/template.js';
import { orgSuffixAt, ordinalSuffixAt } from './org-words.js';
import { CONFIDENCE } from './confidence.js';
import type { DetectContext, RawSlot, SlotDetector } from './types.js';
import { unitAt, unitText } from './units.js';

/**
 * Placeholders the site left (20xx, xx, ××, __, ~, ○○, 某某, X月X日, [ ], *). The shape types a
 * few (20xx is a year, * a redacted word); the rest are typed by what follows: 年 → year,
 * 大/届 → ordinal (xx大精神), 公司/局/单位 → org, a unit → the unit's type (xx人 → count).
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

const FIXED: Partial<Record<PlaceholderShape, SlotType>> = { date: 'date', star: 'redacted' };

export const placeholderDetector: SlotDetector = {
  name: 'placeholder',
  detect(ctx: DetectContext): RawSlot[] {
    const { folded, doc, body } = ctx;
    const out: RawSlot[] = [];
    for (const m of findPlaceholders(folded, body.start, body.end)) {
      if (m.span.end > body.end) continue;
      let type: SlotType;
      let unit = '';
      const fixed = FIXED[m.shape];
      if (fixed !== undefined) {
        type = fixed;
        // A lone X before 月/日 (每月X日): the calendar word is its unit.
        const next = folded[m.span.end];
        if (type === 'date' && (next === '月' || next === '日' || next === '号')) unit = doc.text[m.span.end] as string;
      }
      else {
        // 20xx is a year whatever follows it.
        type = m.shape === 'year' ? 'year' : typeAfter(folded, m.span.end, folded[m.span.start - 1]);
        const u = unitAt(folded, m.span.end);
        if (u !== null && (type === u.type || (type === 'year' && u.base === '年'))) unit = unitText(doc.text, u);
      }
      out.push({ kind: 'placeholder', type, unit, span: m.span, value: doc.text.slice(m.span.start, m.span.end), detector: 'placeholder', rule: `placeholder/${m.shape}`, confidence: CONFIDENCE.shape });
    }
    return out;
  },
};
