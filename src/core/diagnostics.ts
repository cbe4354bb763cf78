import type { Span } from './span.js';

/**
 * Every finding about the content is a Diagnostic: plain data that survives worker threads and JSON.
 * Each stage adds its codes here so the union stays the single list a consumer can switch over.
 */
export type DiagnosticCode =
  // read
  | 'replacement-chars' // undecodable bytes were replaced by U+FFFD
  | 'encoding-guess' // the charset was guessed with low confidence
  | 'html-malformed' // the HTML parser had to repair the markup
  | 'control-chars' // stray C0 control characters in text
  // split
  | 'no-variants' // a page without 篇 headers is one variant
  | 'duplicate-label' // two variants carry the same label
  | 'preamble' // text between the title and the first variant header, in no variant
  | 'variant-count' // a list heading ("精选5篇") announces another number of variants than found
  // outline
  | 'gap'
  | 'duplicate'
  | 'restart'
  | 'malformed'
  | 'mixed-style'
  | 'out-of-order'
  | 'gbt-9704'
  // template
  | 'slot-ambiguous'
  | 'slot-conflict';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  span: Span;
  message: string;
  /** Extra machine-readable facts (expected ordinal, suggested marker …). */
  data?: Record<string, unknown>;
}

export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  span: Span,
  message: string,
  data?: Record<string, unknown>,
): Diagnostic {
  return data === undefined ? { code, severity, span, message } : { code, severity, span, message, data };
}
