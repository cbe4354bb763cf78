import { Converter, type ConverterFunction } from './opencc.js';
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
// opencc-js builds a converter's tries from its dictionaries when the converter is made (hundreds of
// milliseconds): made on first use, so a command that never converts for output does not pay.
let toSimplifiedConverter: ConverterFunction | null = null;
let toTraditionalConverter: ConverterFunction | null = null;
const toSimplified = (s: string): string => (toSimplifiedConverter ??= Converter({ from: 'tw', to: 'cn' }))(s);
const toTraditional = (s: string): string => (toTraditionalConverter ??= Converter({ from: 'cn', to: 'tw' }))(s);

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
  // Most text (all of a Simplified page) has nothing this pass changes: find the first character
  // that it maps or that may start a phrase before allocating anything.
  let first = 0;
  while (first < n) {
    const c = input.charCodeAt(first);
    if (charMap[c] !== 0 || phraseStart[c] === 1) break;
    first++;
  }
  if (first === n) return input;
  const codes = new Uint16Array(n);
  for (let i = 0; i < first; i++) codes[i] = input.charCodeAt(i);
  let changed = false;
  for (let i = first; i < n; ) {
    const c = input.charCodeAt(i);
    if (phraseStart[c] === 1) {
      const m = trie.matchPrefix(input, i);
      if (m !== null && m.end - i > 1 && m.value.length === m.end - i) {
        for (let k = 0; k < m.value.length; k++) {
          const v = m.value.charCodeAt(k);
          // A phrase that converts to itself (most of them, in Simplified text) changes nothing.
          if (v !== input.charCodeAt(i + k)) changed = true;
          codes[i + k] = v;
        }
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
