import type { Span } from '../core/span.js';
import { readListHeading } from './list-heading.js';
import { normalizeStem } from './numbers.js';
import type { PageLine } from './types.js';

/**
 * A title line does not read like a sentence: it ends without a sentence mark or a colon
 * ("各位领导：" opens a speech, "现将计划安排如下：" opens a list).
 */
const SENTENCE_END = /[。!?;,:，；：、]$/;
/** A title needs at least one Han character or letter (a line of dashes is a rule, not a title). */
const WORDY = /[\p{Script=Han}A-Za-z]/u;

export interface TitleLine {
  line: number;
  span: Span;
}

/** The first non-blank line when it looks like a title (short, not a sentence), else null. */
export function findTitleLine(folded: string, lines: PageLine[], maxChars: number): TitleLine | null {
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as PageLine).trimmed;
    if (t.end === t.start) continue;
    const text = folded.slice(t.start, t.end);
    if (t.end - t.start > maxChars || SENTENCE_END.test(text) || !WORDY.test(text)) return null;
    return { line: i, span: t };
  }
  return null;
}

/** The title reduced to what header stems repeat: no whitespace, no "精选5篇" count. */
export function titleStem(titleText: string): string {
  const heading = readListHeading(titleText);
  return heading ? heading.stem : normalizeStem(titleText);
}
