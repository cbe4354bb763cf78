import { contentCharTable } from '../core/content-chars.js';
import { findPlaceholders, type PlaceholderMatch } from '../core/placeholders.js';
import type { Scratch } from './scratch.js';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters that end a sentence: full stops, question and exclamation marks, semicolons, line breaks. */
const SENTENCE_ENDS = '。．.！!？?；;\n';
let sentenceEndTable: Uint8Array | null = null;
function sentenceEnds(): Uint8Array {
  if (sentenceEndTable === null) {
    sentenceEndTable = new Uint8Array(0x10000);
    for (const c of SENTENCE_ENDS) sentenceEndTable[c.charCodeAt(0)] = 1;
  }
  return sentenceEndTable;
}

/**
 * The text shingles are taken from, as UTF-16 code units: whitespace and punctuation removed, ASCII
 * lowercased, and every placeholder (20xx, 20__, XX, __, *, ~ …) and every digit run (2023, 3.5)
 * left out — so 20xx年 ≡ 20__年 ≡ 2023年 ≡ XX年 ≡ 年. Sites swap numbers for placeholders and
 * also strip digits outright (公司现有员工人 for 公司现有员工50人): a number must compare equal to
 * nothing, not only to another number, or a digit-stripped copy loses every shingle around each of
 * its numbers (a short line of targets — 全年完成销售额300万元,新增客户25家 — keeps under half). With `scratch`, the
 * result is a view into its buffer, valid until that scratch is used again (no allocation per unit).
 *
 * With `breaks`, the sentence boundaries are collected too: after each sentence end (。！？；, their
 * ASCII forms and line breaks) the length of the output so far is pushed once, so consecutive
 * entries delimit the sentences of the normalised text (the last one may be unterminated).
 */
export function normaliseForShingles(text: string, from = 0, to = text.length, scratch?: Scratch, breaks?: number[]): Uint16Array {
  const table = contentCharTable();
  const ends = sentenceEnds();
  const out = scratch === undefined ? new Uint16Array(to - from) : scratch.units(to - from);
  let n = 0;
  const placeholders = placeholdersIn(text, from, to);
  let p = 0;
  let nextPh = placeholders.length > 0 ? (placeholders[0] as { span: { start: number } }).span.start : Infinity;
  for (let i = from; i < to; ) {
    while (nextPh < i) {
      // A placeholder that began inside something already consumed: skip it.
      p++;
      nextPh = p < placeholders.length ? (placeholders[p] as { span: { start: number } }).span.start : Infinity;
    }
    if (i === nextPh) {
      const ph = placeholders[p] as { span: { end: number } };
      i = Math.min(ph.span.end, to);
      p++;
      nextPh = p < placeholders.length ? (placeholders[p] as { span: { start: number } }).span.start : Infinity;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      // The whole run is left out, decimals and thousands separators included (3.5, 12,000).
      i++;
      while (i < to && i !== nextPh) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 0x2e || d === 0x2c) && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && i + 1 !== nextPh) i += 2;
        else break;
      }
      continue;
    }
    if (table[c] === 1) out[n++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    else if (breaks !== undefined && ends[c] === 1 && n > 0 && breaks[breaks.length - 1] !== n) breaks.push(n);
    i++;
  }
  return out.subarray(0, n);
}

/**
 * Every placeholder contains at least one of these characters (x of 20xx and XX, _ of __, ○, 某,
 * brackets, ~, *). Text without them — most of a real page — needs no regex at all.
 */
const TRIGGER_CHARS = 'xX×ｘＸ_＿○◯某[]［］~～*＊';
let triggerTable: Uint8Array | null = null;
function triggers(): Uint8Array {
  if (triggerTable === null) {
    triggerTable = new Uint8Array(0x10000);
    for (const c of TRIGGER_CHARS) triggerTable[c.charCodeAt(0)] = 1;
  }
  return triggerTable;
}
/** Triggers closer than this belong to one cluster (X月X日 has its two X two apart). */
const CLUSTER_GAP = 8;
/** Context kept around a cluster: "20" before 20xx plus one look-behind character; 日 plus one look-ahead. */
const BEFORE = 3;
const AFTER = 2;

/**
 * findPlaceholders on short slices around trigger characters only. The combined placeholder regex
 * costs tens of nanoseconds per character and dedup reads every character of 100k units; the slices
 * keep enough context on both sides that every match (and every look-around) is the same as on the
 * whole text. Scans only [from, to), so per-paragraph calls stay linear in the paragraph.
 */
export function placeholdersIn(text: string, from: number, to: number): PlaceholderMatch[] {
  const table = triggers();
  const out: PlaceholderMatch[] = [];
  let i = from;
  while (i < to && table[text.charCodeAt(i)] !== 1) i++;
  while (i < to) {
    const start = i;
    let end = i + 1;
    for (i = end; i < to && i - end < CLUSTER_GAP; i++) if (table[text.charCodeAt(i)] === 1) end = i + 1;
    while (i < to && table[text.charCodeAt(i)] !== 1) i++;
    const a = Math.max(from, start - BEFORE);
    const b = Math.min(to, end + AFTER);
    // One more character each side, so a look-around at the slice edge sees the real neighbour.
    const lo = Math.max(0, a - 1);
    const hi = Math.min(text.length, b + 1);
    for (const p of findPlaceholders(text.slice(lo, hi))) {
      const s = p.span.start + lo;
      const e = p.span.end + lo;
      if (s >= a && s < b) out.push({ span: { start: s, end: Math.min(e, to) }, shape: p.shape });
    }
  }
  return out;
}

/** The text with whitespace removed: two units are `identical` when these are equal. */
export function verbatimKey(text: string): string {
  return text.replace(/\s+/g, '');
}
