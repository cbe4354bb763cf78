import { diagnostic } from '../../core/diagnostics.js';
import { lineOfOffset, type TextCheck } from './check.js';

/** C0 controls other than tab, line feed and carriage return, and DEL: leftovers of copy-paste or binary junk. */
// eslint-disable-next-line no-control-regex -- stray C0 controls are what this check counts
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

export const controlChars: TextCheck = (text) => {
  CONTROL.lastIndex = 0;
  const firstMatch = CONTROL.exec(text);
  if (firstMatch === null) return [];
  const first = firstMatch.index;
  let count = 1;
  while (CONTROL.exec(text) !== null) count++;
  CONTROL.lastIndex = 0;
  const line = lineOfOffset(text, first);
  const code = `U+${text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    diagnostic('control-chars', 'read/control-chars', 'warning', { start: first, end: first + 1 }, { count, line, codePoint: code }),
  ];
};
