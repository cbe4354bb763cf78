import { CharSet } from '../../core/char-set.js';
import { contentCharTable } from '../../core/content-chars.js';
import { findPlaceholders } from '../../core/placeholders.js';
import type { Span } from '../../core/span.js';
import { convertToTraditional, foldText } from '../../normalize/index.js';
import { DEFAULT_OUTLINE_OPTIONS, MARKER_RULES } from '../../outline/index.js';

/**
 * The token stream templates align: what dedup compares, as atoms with spans in the member's text.
 * The member's body is read without whitespace, line breaks and page chrome, then folded (Simplified,
 * half-width), so wrapping, spacing around numbers, script and width never make two copies differ.
 * On that compact text:
 * - a placeholder (20xx, xx, __, ○○ …) is one atom, keyed by its text;
 * - a run of digits (3.5, 12,000) is one atom; digits split by whitespace are two;
 * - an outline marker (一、 （四） 第十二条 二是) at the start or after a stop is one atom, §, whatever its number:
 *   numbering is layout, and a copy with one more article must not disagree on every marker after it;
 * - every other letter or number character is an atom of its own (Latin lower-cased);
 * - punctuation is no atom: it is glue, like whitespace, and differences in it are surface.
 */
export interface Atom {
  key: string;
  /** In the member's text: from its first to its last character (whitespace inside included). */
  span: Span;
  /** A sentence ends after it (。；！？ before the next atom): where long texts are cut to be aligned. */
  stop?: true;
}

/** Ends a sentence, in the compact folded text. */
const STOPS = /[。;!?]/u;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c;
}

/**
 * The body without blanks and chrome, folded after the blanks are gone (a phrase such as 計畫 that a
 * line wrap cut in two folds as one), and where each of its characters is in the text.
 */
export interface Compact {
  text: string;
  /** offsets[i]: offset in the member's text of compact character i. */
  offsets: Int32Array;
  /** lineStart[i] = 1: a line break stands between compact characters i - 1 and i. */
  lineStart: Uint8Array;
  /** gap[i] = 1: spaces or tabs stand between compact characters i - 1 and i. */
  gap: Uint8Array;
}

/** Sentence-sized pieces for the script round trip (phrases never cross a stop). */
const PIECE = /[^。；！？;!?]*[。；！？;!?]?/gu;

/**
 * The text through Traditional and back: opencc's Taiwan conversion rewrites some phrases of a
 * Simplified text (坐标 → 座標) that folding alone does not undo, so both copies are taken the same
 * way round. A piece whose conversion changes its length is converted character by character.
 */
function roundTripScript(text: string): string {
  return text.replace(PIECE, (piece) => {
    if (piece.length === 0) return piece;
    // Kept with its digits as 0: copies of a sentence differ mostly in their numbers.
    const masked = piece.replace(NONZERO_DIGITS, '0');
    let out = roundTrips.get(masked);
    if (out === undefined) {
      out = roundTripPiece(masked);
      if (roundTrips.size >= ROUND_TRIPS_KEPT) roundTrips.clear();
      roundTrips.set(masked, out);
    }
    return masked === piece ? out : (withDigits(out, piece) ?? roundTripPiece(piece));
  });
}

const NONZERO_DIGITS = /[1-9]/g;

/**
 * The piece's own digits put back into the round trip of its masked copy. No entry of opencc's
 * Simplified → Traditional dictionaries holds an ASCII digit (checked by a test), so a digit is
 * never part of a phrase and converts to itself: the round trip of the piece is that of the masked
 * copy with the digits back where they stand — when each digit is still at its own offset (every
 * digit of the result where the piece has one). null otherwise (a phrase changed length and moved
 * them): the piece is then taken round itself.
 */
function withDigits(converted: string, piece: string): string | null {
  if (converted.length !== piece.length) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i < converted.length; i++) {
    const c = converted.charCodeAt(i);
    const p = piece.charCodeAt(i);
    if (isAsciiDigit(c) !== isAsciiDigit(p)) return null;
    if (c !== p && isAsciiDigit(p)) {
      out += converted.slice(from, i) + piece[i];
      from = i + 1;
    }
  }
  return out + converted.slice(from);
}

function roundTripPiece(piece: string): string {
  const whole = convertToTraditional(piece);
  if (whole.length === piece.length) return whole;
  return [...piece].map((c) => {
    const t = convertToTraditional(c);
    return t.length === c.length ? t : c;
  }).join('');
}

/**
 * Sentences already taken round (the conversion is a pure function of the piece). The members of a
 * family share most of their sentences, and the conversion was a tenth of a template's time.
 * Bounded: emptied when full.
 */
const roundTrips = new Map<string, string>();
const ROUND_TRIPS_KEPT = 20_000;

export function compactOf(text: string, body: Span, chrome: readonly Span[]): Compact {
  const offsets = new Int32Array(body.end - body.start);
  const lineStart = new Uint8Array(body.end - body.start + 1);
  const gap = new Uint8Array(body.end - body.start + 1);
  const chars: string[] = [];
  let n = 0;
  let k = 0;
  const sorted = [...chrome].sort((a, b) => a.start - b.start);
  for (let i = body.start; i < body.end; i++) {
    while (k < sorted.length && (sorted[k]?.end ?? 0) <= i) k++;
    const ch = sorted[k];
    if (ch !== undefined && ch.start <= i && i < ch.end) continue;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) lineStart[n] = 1;
    if (isBlank(c)) {
      if (c !== 0x0a && c !== 0x0d) gap[n] = 1;
      continue;
    }
    chars.push(text[i] ?? '');
    offsets[n++] = i;
  }
  return { text: foldText(roundTripScript(chars.join(''))).folded, offsets: offsets.subarray(0, n), lineStart, gap };
}

/** The key of an outline marker atom. */
export const MARKER_KEY = '§';

/** After these (compact, folded) a numbering marker may start: a sentence or list ended. */
const MARKER_AFTER = new CharSet(['。', '.', ';', ':', '!', '?']);
/**
 * How far a marker rule sees: the compact text has lost the space of 第十二条 公务用车, so rules
 * that want a separator or a short heading after the marker are shown a short line.
 */
const MARKER_WINDOW = 12;

/** A heading: a marker and this many characters at most, with no stop, then a line break. */
const HEADING_CHARS = 20;

/**
 * Outline markers as the compact text shows them: a marker rule's match at the start, right after
 * a stop, or at the line start right after a heading (a marker and a few words, no stop: 3、工团组织
 * 携手促生产 ⏎ 一是…). Found on the compact text, so that a copy wrapped or spaced otherwise (1 .
 * against 1.) has its markers where the others do: a wrap inside a sentence follows no heading.
 */
function compactMarkers({ text, lineStart }: Compact): Map<number, number> {
  const out = new Map<number, number>();
  let heading = -1; // where the last marker with no stop after it started
  for (let at = 0; at < text.length; at++) {
    const afterStop = at === 0 || MARKER_AFTER.has(text.charCodeAt(at - 1));
    if (afterStop) heading = -1;
    const afterHeading = heading >= 0 && lineStart[at] === 1 && at - heading <= HEADING_CHARS;
    if (!afterStop && !afterHeading) continue;
    const c = text[at] ?? '';
    for (const rule of MARKER_RULES) {
      if (!rule.first.test(c)) continue;
      const m = rule.match(text, at, Math.min(text.length, at + MARKER_WINDOW), DEFAULT_OUTLINE_OPTIONS);
      if (m !== null && m.end > at) {
        out.set(at, m.end);
        heading = at;
        break;
      }
    }
  }
  return out;
}

export function atomsOf(original: string, body: Span, chrome: readonly Span[] = []): Atom[] {
  const compact = compactOf(original, body, chrome);
  const { text, offsets } = compact;
  const markerEnd = compactMarkers(compact);
  const table = contentCharTable();
  const spanOf = (s: number, e: number): Span => ({ start: offsets[s] ?? 0, end: (offsets[e - 1] ?? 0) + 1 });
  const atoms: Atom[] = [];
  const placeholders = findPlaceholders(text);
  // Where the text after the last atom has got to: a stop between two atoms marks the first.
  let after = 0;
  const push = (atom: Atom, from: number, to: number): void => {
    const last = atoms[atoms.length - 1];
    // Adjacent atoms (most) have nothing between them to test.
    if (last !== undefined && from > after && STOPS.test(text.slice(after, from))) last.stop = true;
    atoms.push(atom);
    after = to;
  };
  let p = 0;
  for (let i = 0; i < text.length; ) {
    const marker = markerEnd.get(i);
    if (marker !== undefined) {
      push({ key: MARKER_KEY, span: spanOf(i, marker) }, i, marker);
      i = marker;
      continue;
    }
    while (p < placeholders.length && (placeholders[p]?.span.start ?? Infinity) < i) p++;
    const ph = placeholders[p];
    if (ph !== undefined && ph.span.start === i) {
      push({ key: `ph:${text.slice(ph.span.start, ph.span.end).toLowerCase()}`, span: spanOf(ph.span.start, ph.span.end) }, ph.span.start, ph.span.end);
      i = ph.span.end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c)) {
      let e = i + 1;
      while (e < text.length) {
        const d = text.charCodeAt(e);
        // Digits split by whitespace are two numbers (table cells, a number ending a line and one
        // opening the next); a wrap inside a number is evened out by the fold (same content).
        if (compact.gap[e] === 1 || compact.lineStart[e] === 1) break;
        if (isAsciiDigit(d)) e++;
        else if ((d === 0x2e || d === 0x2c) && isAsciiDigit(text.charCodeAt(e + 1))) e += 2;
        else break;
      }
      push({ key: text.slice(i, e).replace(/,/g, ''), span: spanOf(i, e) }, i, e);
      i = e;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (table[c] === 1) push({ key: text.slice(i, i + pair).toLowerCase(), span: spanOf(i, i + pair) }, i, i + pair);
    i += pair;
  }
  const last = atoms[atoms.length - 1];
  if (last !== undefined && STOPS.test(text.slice(after))) last.stop = true;
  return atoms;
}

const NOT_CONTENT = /[^\p{L}\p{N}]/gu;

/** What a piece of text is as content: its letters and digits, normalised as the atoms are. */
export function contentKey(text: string): string {
  return foldText(roundTripScript(text.replace(NOT_CONTENT, ''))).folded.toLowerCase();
}

/** Offsets of the letters and digits of `text` (content characters, surrogate pairs as one). */
export function contentOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]/gu)) out.push(m.index);
  return out;
}
