import * as OpenCC from 'opencc-js';

/**
 * Traditional → Simplified, never changing length. opencc-js converts phrase by phrase
 * (計畫 → 计划, not 计画), which segments better; a line whose phrase conversion would change its
 * length falls back to character-by-character conversion, where a mapping to more or fewer than
 * one character is skipped. So offsets in the folded text are offsets in the original.
 */
const toSimplified: (s: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional: (s: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });

const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let r = charCache.get(ch);
  if (r === undefined) {
    const c = toSimplified(ch);
    r = c.length === ch.length ? c : ch;
    charCache.set(ch, r);
  }
  return r;
}

function foldCharwise(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) out += foldChar(line[i] as string);
  return out;
}

// Only characters outside ASCII can change; a line of pure ASCII or already-Simplified text is
// returned as is by opencc-js, but skipping ASCII-only lines saves the trie walk.
const NON_ASCII = /[^\x00-\x7f]/;

/** Folds one line (no line breaks inside) to Simplified, same length. */
export function foldScriptLine(line: string): string {
  if (!NON_ASCII.test(line)) return line;
  const c = toSimplified(line);
  return c.length === line.length ? c : foldCharwise(line);
}

/** Folds a whole text line by line; line breaks are kept where they are. */
export function foldScript(text: string): string {
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) parts[i] = foldScriptLine(parts[i] as string);
  return parts.join('\n');
}

/** Simplified → Traditional (Taiwan standard) for output conversion (`fill --to traditional`). */
export function convertToTraditional(text: string): string {
  return toTraditional(text);
}

/** Traditional → Simplified for output conversion (`fill --to simplified`); may change length. */
export function convertToSimplified(text: string): string {
  return toSimplified(text);
}
