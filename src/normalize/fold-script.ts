import { Converter } from './opencc.js';
import { scriptPasses, type ScriptPass } from './script-passes.js';

/**
 * Traditional → Simplified, never changing length. Phrases convert as opencc-js converts them
 * (計畫 → 计划, which segments better than 计画); a line whose phrase conversion would change its
 * length is converted character by character instead, and a character whose mapping is not one
 * character is kept. So offsets in the folded text are offsets in the original.
 *
 * Speed: the table lookups in script-passes.ts fold most lines; opencc-js's trie runs only on lines
 * that hold the start of a phrase whose conversion differs from its characters'.
 */
const toSimplified = Converter({ from: 'tw', to: 'cn' });
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Folds a text to Simplified, same length. */
export function foldScript(text: string): string {
  let current = text;
  for (const pass of scriptPasses()) current = foldPass(current, pass);
  return current;
}

/**
 * One pass of the chain, greedy left to right like opencc-js: where a phrase whose conversion
 * differs may start, the trie's longest match is taken if it keeps the length; everywhere else
 * (and for a length-changing phrase) the one-character table applies.
 */
function foldPass(input: string, pass: ScriptPass): string {
  const { charMap, phraseStart, trie } = pass;
  const n = input.length;
  const codes = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (phraseStart[c] === 1) {
      const m = trie.matchPrefix(input, i);
      if (m !== null && m.end - i > 1 && m.value.length === m.end - i) {
        for (let k = 0; k < m.value.length; k++) codes[i + k] = m.value.charCodeAt(k);
        changed = true;
        i = m.end;
        continue;
      }
    }
    const mapped = charMap[c] as number;
    if (mapped !== 0) changed = true;
    codes[i] = mapped !== 0 ? mapped : c;
    i++;
  }
  return changed ? decodeCodes(codes) : input;
}

function decodeCodes(codes: Uint16Array): string {
  const CHUNK = 8192;
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

/** Folds one line (no line breaks inside) to Simplified, same length. */
export function foldScriptLine(line: string): string {
  return foldScript(line);
}

/** Simplified → Traditional (Taiwan standard) for output conversion (`fill --to traditional`). */
export function convertToTraditional(text: string): string {
  return toTraditional(text);
}

/** Traditional → Simplified for output conversion (`fill --to simplified`); may change length. */
export function convertToSimplified(text: string): string {
  return toSimplified(text);
}
