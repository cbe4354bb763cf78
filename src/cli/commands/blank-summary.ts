import { LineIndex } from '../../core/lines.js';
import type { Slot } from '../../core/template.js';
import type { Lang } from '../../messages/index.js';
import type { Analysis } from '../../pipeline.js';

/** How many of the least sure slots the summary shows per variant. */
export const LOWEST_SHOWN = 5;

const WORDS: Record<Lang, { blanks: string; kind: string; type: string; lowest: string; none: string }> = {
  zh: { blanks: '个空位', kind: '按种类', type: '按类型', lowest: '置信度最低', none: '（无空位）' },
  en: { blanks: 'blanks', kind: 'by kind', type: 'by type', lowest: 'least sure', none: '(no blanks)' },
};

/** Chinese names of the kinds and types (the JSON keeps the English codes). */
const ZH_NAMES: Record<string, string> = {
  placeholder: '占位符', hollow: '删数空位', literal: '具体数值', variable: '差异',
  count: '数量', amount: '金额', percent: '比例', year: '年份', date: '日期', time: '时间', ordinal: '序号', org: '单位名称',
  redacted: '隐去的词', text: '文字', docno: '文号',
};

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
  const w = WORDS[lang];
  const lines = new LineIndex(a.document.text);
  const out: string[] = [];
  for (const v of a.variants) {
    const slots = v.slots;
    out.push(`${v.variant.id}  ${slots.length} ${w.blanks}`);
    if (slots.length === 0) {
      out.push(`  ${w.none}`);
      continue;
    }
    const name = (code: string): string => (lang === 'zh' ? `${ZH_NAMES[code] ?? code}(${code})` : code);
    out.push(`  ${w.kind}: ${counts(slots, (s) => name(s.kind))}`);
    out.push(`  ${w.type}: ${counts(slots, (s) => name(s.type))}`);
    const lowest = [...slots].sort((x, y) => x.confidence - y.confidence || x.span.start - y.span.start).slice(0, LOWEST_SHOWN);
    out.push(`  ${w.lowest}:`);
    for (const s of lowest) {
      const p = lines.position(s.span.start);
      out.push(`    ${s.confidence.toFixed(2)}  ${`${p.line}:${p.column}`.padEnd(8)} ${s.kind}/${s.type}  ${s.value.length > 0 ? s.value : '∅'}${s.unit}  ${s.label}  (${s.rule})`);
    }
  }
  return out.join('\n') + '\n';
}
