import type { Diagnostic } from '../../core/diagnostics.js';

/** A finding about the decoded text (for HTML: the extracted text), returned as diagnostics. */
export type TextCheck = (text: string) => Diagnostic[];

/** 1-based line of `offset` ("\r\n", "\r" and "\n" each end a line, as in LineIndex). */
export function lineOfOffset(text: string, offset: number): number {
  const breaks = text.slice(0, offset).match(/\r\n|\r|\n/g);
  return 1 + (breaks === null ? 0 : breaks.length);
}
