import type { CheerioOptions } from 'cheerio';
import type { HtmlProblem } from '../../core/diagnostics.js';
import type { Document } from 'domhandler';

/** parse5's error record, as cheerio passes it to onParseError. */
export type ParseError = Parameters<NonNullable<CheerioOptions['onParseError']>>[0];

export interface MalformedInput {
  /** The decoded HTML source. */
  source: string;
  root: Document;
  parseErrors: readonly ParseError[];
  /** Source offsets of tags the parser ignored inside text (found while aligning text nodes). */
  ignoredTags: readonly number[];
}

export interface MalformedProblem {
  sourceOffset: number;
  problem: HtmlProblem;
  /** The parser's error code, the tag left unclosed or the stray tag, as found. */
  detail: string;
}

/** One way markup can be broken; the extracted text is still produced, with a diagnostic. */
export interface MalformedRule {
  name: string;
  find(input: MalformedInput): MalformedProblem[];
}
