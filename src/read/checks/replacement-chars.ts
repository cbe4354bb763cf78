import { diagnostic } from '../../core/diagnostics.js';
import { lineOfOffset, type TextCheck } from './check.js';

/**
 * Undecodable bytes became U+FFFD; they are reported, never silently kept, so a user sees that a
 * few characters of the plan are lost (often a GBK page with a stray byte, or a truncated file).
 */
export const replacementChars: TextCheck = (text) => {
  const first = text.indexOf('\ufffd');
  if (first < 0) return [];
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  const line = lineOfOffset(text, first);
  return [
    diagnostic('replacement-chars', 'read/replacement-chars', 'warning', { start: first, end: first + 1 }, { count, line }),
  ];
};
