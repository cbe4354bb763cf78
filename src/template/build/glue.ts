import type { Span } from '../../core/span.js';

/**
 * Glue is what lies between two atoms of a member: whitespace, line breaks, punctuation, chrome. It
 * is never compared; it decides where clauses start and end, and so where an optional block begins
 * and ends. Characters are read in the folded text (full-width punctuation already half-width).
 */

/** Ends a sentence or a paragraph. */
const SENTENCE_BREAKS = new Set(['。', '.', '!', '?', ';', '\n', '\r']);
/** Ends a clause: a sentence break, a comma or a colon. */
const CLAUSE_BREAKS = new Set([...SENTENCE_BREAKS, ',', ':']);
/** Closing marks that stay with the clause they close. */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '》', '」', '』', '】', '〕', '〉']);

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000' || c === '\u00a0';
}

/** A member's text view for glue questions: folded text, chrome to skip. */
export interface GlueText {
  folded: string;
  chrome: readonly Span[];
}

function inChrome(t: GlueText, i: number): boolean {
  return t.chrome.some((c) => c.start <= i && i < c.end);
}

function has(t: GlueText, glue: Span, set: ReadonlySet<string>): boolean {
  for (let i = glue.start; i < glue.end; i++) if (set.has(t.folded[i] ?? '') && !inChrome(t, i)) return true;
  return false;
}

export function hasSentenceBreak(t: GlueText, glue: Span): boolean {
  return has(t, glue, SENTENCE_BREAKS);
}

export function hasClauseBreak(t: GlueText, glue: Span): boolean {
  return has(t, glue, CLAUSE_BREAKS);
}

/** After the last sentence break that is not whitespace (。 of "。\n\n"), else the glue's start. */
export function afterLastStop(t: GlueText, glue: Span): number {
  for (let i = glue.end - 1; i >= glue.start; i--) {
    const c = t.folded[i] ?? '';
    if (SENTENCE_BREAKS.has(c) && !isBlank(c) && !inChrome(t, i)) return withClosers(t, i + 1, glue.end);
  }
  return glue.start;
}

/** After the first break of `set` that is not whitespace, and the closing marks right after it; null when none. */
function afterFirst(t: GlueText, glue: Span, set: ReadonlySet<string>): number | null {
  for (let i = glue.start; i < glue.end; i++) {
    const c = t.folded[i] ?? '';
    if (set.has(c) && !isBlank(c) && !inChrome(t, i)) return withClosers(t, i + 1, glue.end);
  }
  return null;
}

export function afterFirstStop(t: GlueText, glue: Span): number | null {
  return afterFirst(t, glue, SENTENCE_BREAKS);
}

export function afterFirstClauseBreak(t: GlueText, glue: Span): number | null {
  return afterFirst(t, glue, CLAUSE_BREAKS);
}

/** At the first clause break (the comma that opens ，B), else null. */
export function atFirstClauseBreak(t: GlueText, glue: Span): number | null {
  for (let i = glue.start; i < glue.end; i++) {
    const c = t.folded[i] ?? '';
    if (CLAUSE_BREAKS.has(c) && !isBlank(c) && !inChrome(t, i)) return i;
  }
  return null;
}

function withClosers(t: GlueText, at: number, end: number): number {
  let i = at;
  while (i < end && CLOSERS.has(t.folded[i] ?? '')) i++;
  return i;
}

/**
 * Where an optional block stands in the sentence, from its owner's glue on both sides:
 * - `sentence`: whole sentences or paragraphs (starts after a stop, ends with one);
 * - `lead`: the first clauses of a sentence (B，C。 without B);
 * - `inner`: clauses inside a sentence (A，B。 without B).
 */
export type BlockPlace = 'sentence' | 'lead' | 'inner';

export interface BlockGlue {
  /** Glue before the block's first atom, and whether there is an atom before it at all. */
  before: Span;
  hasBefore: boolean;
  after: Span;
  hasAfter: boolean;
}

export function placeOf(t: GlueText, g: BlockGlue): BlockPlace {
  const starts = !g.hasBefore || hasSentenceBreak(t, g.before);
  const ends = !g.hasAfter || hasSentenceBreak(t, g.after);
  if (starts && ends) return 'sentence';
  return starts ? 'lead' : 'inner';
}

/** A passage is a clause when glue with a clause break (or the body's edge) stands on both sides. */
export function isClause(t: GlueText, g: BlockGlue): boolean {
  return (!g.hasBefore || hasClauseBreak(t, g.before)) && (!g.hasAfter || hasClauseBreak(t, g.after));
}

/**
 * The block's extent in its owner: the passage with the glue that leaves the text around it
 * whole when the block is left out — the stop of the sentence before stays, the block takes its own
 * stop and the line break before it (a paragraph), or the comma before it (an inner clause), or the
 * comma after it (a leading clause). At the body's edge it takes all the glue on the inside.
 */
export function blockExtent(t: GlueText, g: BlockGlue, content: Span): Span {
  const place = placeOf(t, g);
  let start: number;
  if (!g.hasBefore) start = g.before.start;
  else if (place === 'inner') start = atFirstClauseBreak(t, g.before) ?? content.start;
  else start = afterLastStop(t, g.before);
  let end: number;
  if (!g.hasAfter && place === 'inner') end = content.end;
  else if (!g.hasAfter || !g.hasBefore) end = g.after.end;
  else if (place === 'sentence') end = afterFirstStop(t, g.after) ?? content.end;
  else if (place === 'lead') end = afterFirstClauseBreak(t, g.after) ?? content.end;
  else end = content.end;
  // A closing mark right after the passage (》 of a title, ” of a quote) is the passage's own.
  return { start, end: Math.max(end, withClosers(t, content.end, g.after.end)) };
}

/** Where a block of the given place goes into glue of a member that lacks it. */
export function insertionPoint(t: GlueText, glue: Span, place: BlockPlace, atBodyStart: boolean): number {
  if (atBodyStart) return glue.start;
  if (place === 'sentence') return afterLastStop(t, glue);
  if (place === 'lead') return glue.end;
  return atFirstClauseBreak(t, glue) ?? glue.start;
}
