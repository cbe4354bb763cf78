import type { Document, Token } from '../../core/document.js';
import type { SlotType } from '../../core/template.js';
import { convertToTraditional } from '../../normalize/index.js';
import { clauseEnd, clauseStart, endsWithAt } from './context.js';
import type { LabelIndex } from './label-index.js';
import { orgSuffixAt } from './org-words.js';
import type { RawSlot } from './types.js';

/**
 * A label a person understands: the noun phrase before the slot plus what to fill in,
 * 公司现有员工·人数, 经济价值·金额. The context comes from the user's own text and script.
 */

/** Units whose count reads naturally as unit + 数 (人数, 个数, 项数). */
const UNIT_COUNT_WORDS = new Set([...'人个项条户次家名期天台套篇场所件']);

const TYPE_WORDS: Record<SlotType, string> = {
  count: '数量',
  amount: '金额',
  percent: '比例',
  year: '年份',
  date: '日期',
  time: '时间',
  docno: '文号',
  ordinal: '序号',
  org: '名称',
  redacted: '隐去的词',
  text: '内容',
};

function typeWord(slot: RawSlot, folded: string): string {
  if (slot.type === 'count') {
    const u = folded[slot.span.end] as string;
    if (folded.startsWith('人次', slot.span.end)) return '人次';
    // 名 and 位 count people: 人数 reads better than 名数.
    if (u === '名' || u === '位') return '人数';
    if (slot.unit.length === 1 && UNIT_COUNT_WORDS.has(u)) return `${u}数`;
  }
  if (slot.type === 'date' && slot.unit.length === 1) {
    const u = folded[slot.span.end];
    if (u === '月') return '月份';
    if (u === '日' || u === '号') return '日';
  }
  return TYPE_WORDS[slot.type];
}

/** Words that open a clause but say nothing about what is counted. */
const LEADING = ['其中', '同时', '并且', '建立健全了', '建立健全', '建立了', '建立', '设立了', '设立', '共征集', '共进行', '已经', '已', '并', '共', '对', '在', '把', '将', '从', '以', '经', '由', '又', '还', '也', '为了', '为'];
/** Cue words just before the number: 有, 共, 约 … (they end the context, they do not name it). */
const TRAILING = ['的有', '共有', '现有', '有', '共计', '合计', '累计', '共', '计', '约', '达到', '达', '了', '为', '各', '近', '超过', '至少', '再', '的'];

/** Outline markers that open a clause (二是, 1、, (三)) are numbering, not context. */
const MARKER = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[、.]|\([一二三四五六七八九十\d]+\)、?)/u;
/** Shortest context taken from after the slot; a lone character (底 in 20xx年底) says nothing. */
const MIN_AFTER = 2;

/**
 * Characters of the clause a marker is looked for in: far longer than any marker, and bounded, so a
 * clause of a megabyte (one long line without punctuation) is not copied once per slot.
 */
const MARKER_WINDOW = 64;

function trim(folded: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const marker = MARKER.exec(folded.slice(s, Math.min(e, s + MARKER_WINDOW)));
  if (marker !== null && s + marker[0].length < e) s += marker[0].length;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    for (const w of LEADING) {
      if (folded.startsWith(w, s) && s + w.length < e) {
        s += w.length;
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && s < e; ) {
    changed = false;
    for (const w of TRAILING) {
      if (endsWithAt(folded, e, w) && e - w.length > s) {
        e -= w.length;
        changed = true;
        break;
      }
    }
  }
  while (s < e && /[\s、,.:;]/.test(folded[s] as string)) s++;
  return [s, e];
}

/** With tokens, the context starts at a token boundary (no half words at the left edge). */
function snapToToken(tokens: readonly Token[] | undefined, at: number, end: number): number {
  if (tokens === undefined) return at;
  for (const t of tokens) {
    if (t.span.start >= at && t.span.start < end) return t.span.start;
    if (t.span.start > end) break;
  }
  return at;
}

/**
 * `index` (optional, built once per body) answers the clause and token look-ups by binary search;
 * without it they scan, which is quadratic over many slots on one long line.
 */
export function labelFor(slot: RawSlot, doc: Document, lineStart: number, lineEnd: number, maxLength: number, tokens?: readonly Token[], index?: LabelIndex): string {
  const folded = doc.folded;
  let word = typeWord(slot, folded);
  if (doc.script === 'traditional') word = convertToTraditional(word);
  if (slot.type === 'org') {
    // xx公司, ××单位: the organisation word after the placeholder says what to fill in.
    const suffix = orgSuffixAt(folded, slot.span.end);
    if (suffix !== null) return `${doc.text.slice(slot.span.end, slot.span.end + suffix.length)}·${word}`;
  }
  const from = index === undefined ? clauseStart(folded, slot.span.start, lineStart) : index.clauseStart(slot.span.start, lineStart);
  let [s, e] = trim(folded, from, slot.span.start);
  if (e - s > maxLength) s = index === undefined ? snapToToken(tokens, e - maxLength, e) : index.snapToToken(e - maxLength, e);
  let context = doc.text.slice(s, e).trim();
  if (context.length === 0) {
    // Nothing before (20xx年,公司工会…): name it by what follows the value and its unit.
    let after = slot.span.end;
    while (after < lineEnd && /[^\s,。;:、!?()“”《》]/.test(folded[after] as string) && after - slot.span.end < slot.unit.length) after++;
    const end = Math.min(index === undefined ? clauseEnd(folded, after, lineEnd) : index.clauseEnd(after, lineEnd), after + maxLength);
    context = doc.text.slice(after, end).trim();
    if (context.length < MIN_AFTER) context = '';
  }
  return context.length > 0 ? `${context}·${word}` : word;
}
