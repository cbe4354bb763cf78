import { findPlaceholders } from '../../core/placeholders.js';
import type { Span } from '../../core/span.js';
import type { SlotType } from '../../core/template.js';
import { convertToTraditional } from '../../normalize/index.js';
import { cutText, tagText } from '../../segment/index.js';
import { ordinalSuffixAt, orgSuffixAt } from '../detect/org-words.js';
import type { MemberView } from './member.js';

/**
 * A field's label says what to write, in the owner's script: the words before the blank in its
 * clause (or after it, when the blank opens the clause) and what the value is — the unit for
 * quantities (公司现有员工（人）), 名称 after an organisation word (公司名称), the head of an ordinal
 * (党的…大（届次）), 年份 for a year. It is made from the text alone, never from the values: digits,
 * placeholders and other blanks are left out.
 */
export interface LabelOptions {
  /** Longest context (characters) a label takes from the text. */
  contextLength: number;
}

export interface SlotLabel {
  /** What the person reads. */
  label: string;
  /** The same with twice the context: told apart from another field whose label is the same. */
  longer: string;
  /** The whole context the label was cut from: two slots are one field only when these agree. */
  meaning: string;
}

/** Ends a clause for a label's context (quotes and brackets do not: 征集“金点子”__条). */
const CLAUSE_BREAKS = new Set([',', '。', ';', ':', '!', '?', '\n', '\r']);
/** Outline markers at a clause start are numbering, not words of the context. */
const MARKER = /^\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+[、.]|\d+[、.]|\([一二三四五六七八九十\d]+\)[、.]?)/u;
const NOT_WORD = /[\s\p{P}\p{S}\d]/u;
const LETTERS_AND_DIGITS = /[A-Za-z\d.]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z\d.]*/gu;
/** Shortest context that says something (底 alone, after 20xx年底, does not). */
const MIN_CONTEXT = 2;
/** An ordinal's context: the few words just before it (党的 of 全面贯彻党的xx大). */
const ORDINAL_CONTEXT = 3;

export function localWord(view: MemberView, word: string): string {
  return view.document.script === 'traditional' ? convertToTraditional(word) : word;
}

interface Words {
  text: string;
  folded: string;
}

/**
 * The words of `text[start, end)` without numbers, placeholders, punctuation or the spans in `holes`,
 * as written and folded (the same length, unit for unit: jieba cuts the folded form).
 */
function words(view: MemberView, start: number, end: number, holes: readonly Span[]): Words {
  const text: string[] = [];
  const folded: string[] = [];
  for (let i = start; i < end; i++) {
    if (holes.some((h) => h.start <= i && i < h.end)) continue;
    text.push(view.text[i] ?? '');
    folded.push(view.folded[i] ?? '');
  }
  const drop = folded.map((c) => NOT_WORD.test(c));
  // A code of letters and digits (A4, PM2.5) goes whole: without its digits it would be a stray letter.
  for (const m of folded.join('').matchAll(LETTERS_AND_DIGITS)) for (let k = m.index; k < m.index + m[0].length; k++) drop[k] = true;
  for (const ph of findPlaceholders(folded.join(''))) for (let k = ph.span.start; k < ph.span.end; k++) drop[k] = true;
  const keep = (units: string[]): string => units.filter((_, k) => drop[k] !== true).join('');
  return { text: keep(text), folded: keep(folded) };
}

/** At most `max` characters of whole words, taken from the `keep` side. */
function clip(w: Words, max: number, keep: 'end' | 'start'): Words {
  const pieces = cutText(w.folded);
  const lengths: number[] = [];
  let total = 0;
  for (const p of keep === 'end' ? [...pieces].reverse() : pieces) {
    if (total + p.length > max && lengths.length > 0) break;
    lengths.push(Math.min(p.length, max));
    total += Math.min(p.length, max);
  }
  const [from, to] = keep === 'end' ? [w.text.length - total, w.text.length] : [0, total];
  return { text: w.text.slice(from, to), folded: w.folded.slice(from, to) };
}

/**
 * Function words by jieba tag: conjunctions, prepositions, adverbs, particles, and pronouns (其中,
 * 各) — at the end only one-character ones: a longer "pronoun" there may be a noun jieba tags badly
 * (合格职工之家).
 */
function isFunctionWord(word: { word: string; tag: string } | undefined, leading: boolean): boolean {
  if (word === undefined) return false;
  return /^(?:c|p|d|u|y|e|o)/.test(word.tag) || (word.tag.startsWith('r') && (leading || word.word.length === 1));
}

/**
 * The words that name the thing: function words at both edges left off (其中, 并, 约, 了) and a verb
 * at the start when a noun follows it (建立 of 建立了学习制度) — from jieba's tags, not from a list.
 * A verb at the end stays (合格率达到, 比上年下降: it says which number), and so does one whose tag is
 * wrong (组织 of 社区社会组织). At least one word stays, and a leading verb goes only while two do.
 */
function nameWords(w: Words): Words {
  const words = tagText(w.folded);
  let from = 0;
  let to = words.length;
  const tag = (i: number): string => words[i]?.tag ?? '';
  for (let changed = true; changed && to - from > 1; ) {
    changed = false;
    // A leading verb goes only when two words stay: 学习制度 keeps its 学习.
    const verbs = to - from > 2;
    if (isFunctionWord(words[from], true) || (verbs && tag(from).startsWith('v') && /^[nu]/.test(tag(from + 1)))) {
      from++;
      changed = true;
    } else if (isFunctionWord(words[to - 1], false)) {
      to--;
      changed = true;
    }
  }
  const start = words.slice(0, from).reduce((n, x) => n + x.word.length, 0);
  const end = start + words.slice(from, to).reduce((n, x) => n + x.word.length, 0);
  return { text: w.text.slice(start, end), folded: w.folded.slice(start, end) };
}

function clauseStart(view: MemberView, at: number): number {
  let i = at;
  while (i > view.body.start && !CLAUSE_BREAKS.has(view.folded[i - 1] ?? '')) i--;
  return i;
}

function clauseEnd(view: MemberView, at: number): number {
  let i = at;
  while (i < view.body.end && !CLAUSE_BREAKS.has(view.folded[i] ?? '')) i++;
  return i;
}

/** The words before a blank at `span` in its clause (after the outline marker). */
function wordsBefore(view: MemberView, span: Span, holes: readonly Span[]): Words {
  let from = clauseStart(view, span.start);
  const marker = MARKER.exec(view.folded.slice(from, span.start));
  if (marker !== null) from += marker[0].length;
  return words(view, from, span.start, holes);
}

function wordsAfter(view: MemberView, span: Span, unit: string, holes: readonly Span[]): Words {
  const start = span.end + unit.length;
  return words(view, start, clauseEnd(view, start), holes);
}

/**
 * The thing a count counts when it follows the unit (辖区__户低保家庭, __个驻区单位): the words right
 * after, up to the first verb or function word once a noun is taken (jieba's tags; words it cannot
 * tag, 驻区 or 老旧, modify the noun that follows). Empty when a noun does not come first.
 */
function countedNoun(w: Words, max: number): string {
  let length = 0;
  let noun = 0;
  for (const { word, tag } of tagText(w.folded)) {
    const isNoun = tag.startsWith('n');
    if (!isNoun && (noun > 0 || isFunctionWord({ word, tag }, true) || /^[mlqr]/.test(tag))) break;
    if (length + word.length > max) break;
    length += word.length;
    if (isNoun) noun = length;
  }
  return w.text.slice(0, noun);
}

/** What the value is, after the context: the unit, or a word for the type. */
function whatWord(type: SlotType, unit: string, folded: string, end: number): string {
  switch (type) {
    case 'count':
      return unit.length > 0 ? unit : '数量';
    case 'amount':
      return unit.length > 0 ? unit : '金额';
    case 'percent':
      return unit.length > 0 ? unit : '百分比';
    case 'ordinal':
      return '届次';
    case 'year':
      return '年份';
    case 'date':
      return folded[end] === '月' ? '月' : folded[end] === '日' || folded[end] === '号' ? '日' : '日期';
    case 'org':
      return '名称';
    case 'redacted':
      return '隐去的词';
    case 'text':
      return '文字';
    case 'time':
      return '时间';
    case 'docno':
      return '发文字号';
    default:
      return '内容';
  }
}

/** The label of one slot standing at `span` in the owner's text. */
export function slotLabel(view: MemberView, span: Span, type: SlotType, unit: string, holes: readonly Span[], options: LabelOptions): SlotLabel {
  const quantity = unit.length > 0 && (type === 'count' || type === 'amount' || type === 'percent');
  const what = quantity ? unit : localWord(view, whatWord(type, unit, view.folded, span.end));
  const before = wordsBefore(view, span, holes);
  if (type === 'org') {
    // xx公司, ××单位: the organisation word after the blank says what to write.
    const suffix = orgSuffixAt(view.folded, span.end);
    if (suffix !== null) {
      const label = `${view.text.slice(span.end, span.end + suffix.length)}${localWord(view, '名称')}`;
      return { label, longer: label, meaning: label };
    }
  }
  if (type === 'ordinal') {
    // 党的xx大, 第x届: the words just before and the head after say which count it is.
    const head = ordinalSuffixAt(view.folded, span.end);
    if (head !== null) {
      const context = clip(before, ORDINAL_CONTEXT, 'end').text;
      const label = `${context}…${view.text.slice(span.end, span.end + head.length)}（${what}）`;
      return { label, longer: label, meaning: `${before.folded}|${head}` };
    }
  }
  // A count whose unit the counted thing follows (__个驻区单位): that thing names it.
  if (type === 'count' && unit.length > 0 && /[\p{L}]/u.test(view.text[span.end + unit.length] ?? '')) {
    const counted = countedNoun(wordsAfter(view, span, unit, holes), options.contextLength);
    if (counted.length >= MIN_CONTEXT) return { label: `${counted}（${what}）`, longer: `${counted}（${what}）`, meaning: `${before.folded}|${counted}` };
  }
  // The words that name the thing, within the label's length: function words off the edges before
  // and after the clip (which may open on one).
  const named = (w: Words, max: number, keep: 'end' | 'start'): string => nameWords(clip(nameWords(w), max, keep)).text;
  let source = before;
  let side: 'end' | 'start' = 'end';
  let context = named(before, options.contextLength, 'end');
  let meaning = before.folded;
  if (context.length < MIN_CONTEXT) {
    source = wordsAfter(view, span, unit, holes);
    side = 'start';
    context = named(source, options.contextLength, 'start');
    meaning = `|${source.folded}`;
  }
  if (context.length < MIN_CONTEXT) {
    const alone = localWord(view, whatWord(type, '', view.folded, span.end));
    const label = alone === what ? alone : `${alone}（${what}）`;
    return { label, longer: label, meaning: '' };
  }
  let longer = `${named(source, 2 * options.contextLength, side)}（${what}）`;
  if (type === 'docno' && side === 'end') {
    // Orders of one issuer in a promulgation note (国务院令第142号发布, 第707号第四次修订) share the
    // words before: what the order did, after the number, tells them apart.
    const after = named(wordsAfter(view, span, unit, holes), options.contextLength, 'start');
    if (after.length > 0) longer = `${context}…${after}（${what}）`;
  }
  return { label: `${context}（${what}）`, longer, meaning };
}

/** The field key of a label: the label without its parenthesised part, letters and digits only. */
export function keyOf(label: string): string {
  const base = label.replace(/（[^）]*）$/u, '').replace(/[^\p{L}\p{N}_]/gu, '');
  return base.length > 0 ? base : label.replace(/[^\p{L}\p{N}_]/gu, '') || '字段';
}
