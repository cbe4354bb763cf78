import { LineIndex } from '../../core/lines.js';
import { escapeControls } from '../text.js';
import type { Slot } from '../../core/template.js';
import { reportTexts, type Lang } from '../../messages/index.js';
import type { Analysis } from '../../pipeline.js';

/** How many of the least sure slots the summary shows per variant. */
export const LOWEST_SHOWN = 5;

function counts(slots: readonly Slot[], key: (s: Slot) => string): string {
  const m = new Map<string, number>();
  for (const s of slots) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(' · ');
}

/**
 * The blanks of each variant of a page: how many of each kind and type, and the LOWEST_SHOWN slots
 * the rules are least sure of (confidence, rule, position, value, label) — the ones to check first.
 */
export function blankSummary(a: Analysis, lang: Lang): string {
  const t = reportTexts(lang);
  const lines = new LineIndex(a.document.text);
  const out: string[] = [];
  for (const v of a.variants) {
    const slots = v.slots;
    out.push(`${escapeControls(v.variant.id)}  ${t.blanksCount(slots.length)}`);
    if (slots.length === 0) {
      out.push(`  ${t.blanksNone}`);
      continue;
    }
    out.push(`  ${t.blanksByKind}: ${counts(slots, (s) => t.blanksName(t.slotKind[s.kind], s.kind))}`);
    out.push(`  ${t.blanksByType}: ${counts(slots, (s) => t.blanksName(t.slotType[s.type], s.type))}`);
    const lowest = [...slots].sort((x, y) => x.confidence - y.confidence || x.span.start - y.span.start).slice(0, LOWEST_SHOWN);
    out.push(`  ${t.blanksLeastSure}:`);
    for (const s of lowest) {
      const p = lines.position(s.span.start);
      out.push(`    ${s.confidence.toFixed(2)}  ${`${p.line}:${p.column}`.padEnd(8)} ${s.kind}/${s.type}  ${s.value.length > 0 ? s.value : '∅'}${s.unit}  ${s.label}  (${s.rule})`);
    }
  }
  return out.join('\n') + '\n';
}
