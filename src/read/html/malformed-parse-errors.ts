import type { MalformedRule } from './malformed-rule.js';

/**
 * Parser errors that say nothing about the markup being broken: fragments and old pages without a
 * doctype, and legacy (XHTML 1.0, HTML 4) doctypes, are the norm on 范文 sites.
 */
const NOT_MALFORMED = new Set(['missing-doctype', 'non-conforming-doctype']);

/** Errors parse5 reports (tokenizer errors such as eof-in-tag, and some tree-construction errors). */
export const malformedParseErrors: MalformedRule = {
  name: 'parse-errors',
  find: ({ parseErrors }) => parseErrors.filter((e) => !NOT_MALFORMED.has(e.code)).map((e) => ({ sourceOffset: e.startOffset, problem: 'parse-error', detail: e.code })),
};
