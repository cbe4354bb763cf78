/** Terminal text helpers for the CLI's reports and messages. */
import { displayWidth } from '../core/display-width.js';

export { displayWidth };

/** `s` padded with spaces to `width` terminal columns. */
export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Rows as aligned columns (every column but the last padded to its widest cell), each line indented. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, k) => Math.max(0, ...rows.map((r) => displayWidth(r[k] ?? ''))));
  return rows.map((r) => indent + r.map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k] ?? 0))).join('  ').trimEnd());
}

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters written as escapes (`\n`, `\x1b`, `\u202e`), so a file name can neither break a
 * one-line message nor send an escape sequence to the terminal.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (ch) => {
    const named = NAMED[ch];
    if (named !== undefined) return named;
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

const OPENING = '（《「『“‘【〔';
const CLOSING = '、，。；：！？）》」』”’】〕…';
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/**
 * Where a line may break: before a space-led run of narrow text, or before any wide (CJK) character —
 * Chinese has no spaces — keeping opening brackets with what follows and closing punctuation with
 * what precedes.
 */
const CHUNK = new RegExp(`\\s*[${OPENING}]*(?:[${WIDE}]|[^\\s${WIDE}]+)[${CLOSING}]*|\\s+`, 'gu');

/** Text wrapped to `width` terminal columns (commander's wrap breaks at spaces only, so never inside Chinese). */
export function wrapText(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const chunk of line.match(CHUNK) ?? []) {
        if (current !== '' && displayWidth(current + chunk) > width) {
          out.push(current.trimEnd());
          current = chunk.trimStart();
        } else current += chunk;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
