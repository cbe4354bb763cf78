import { Trie } from 'opencc-js/core';
import { from, to, type DictGroup, type DictLike } from './opencc.js';

/**
 * The Traditional → Simplified conversion chain of opencc-js (Taiwan variants, then Traditional
 * characters and phrases), prepared for a length-preserving fold:
 *
 * - `charMap` holds every one-character → one-character mapping of the pass (0 = unchanged), so most
 *   text is folded by a table lookup instead of a trie walk;
 * - `phraseStart` marks the characters that begin a phrase whose conversion differs from converting
 *   its characters one by one (計畫 → 计划, not 计画). Only a line holding such a character needs the
 *   real phrase conversion; everywhere else the table gives exactly what opencc-js would.
 */
export interface ScriptPass {
  trie: Trie;
  charMap: Uint16Array;
  phraseStart: Uint8Array;
}

function entriesOf(d: DictLike): Array<readonly [string, string]> {
  if (typeof d !== 'string') return d.slice();
  const out: Array<readonly [string, string]> = [];
  for (const line of d.split('|')) {
    const space = line.indexOf(' ');
    if (space > 0) out.push([line.slice(0, space), line.slice(space + 1).split(' ')[0] as string]);
  }
  return out;
}

function buildPass(group: DictGroup): ScriptPass {
  const trie = new Trie();
  trie.loadDictGroup(group);
  // opencc-js loads a group's dictionaries last-to-first, so an earlier one wins: do the same.
  const dicts = group.map(entriesOf);
  const charMap = new Uint16Array(65536);
  for (let d = dicts.length - 1; d >= 0; d--) {
    for (const [k, v] of dicts[d] as Array<readonly [string, string]>) {
      if (k.length === 1 && v.length === 1) charMap[k.charCodeAt(0)] = v.charCodeAt(0) === k.charCodeAt(0) ? 0 : v.charCodeAt(0);
      else if (k.length === 1) charMap[k.charCodeAt(0)] = 0; // a length-changing mapping is never applied
    }
  }
  const phraseStart = new Uint8Array(65536);
  for (const entries of dicts) {
    for (const [k, v] of entries) {
      if (k.length < 2) continue;
      let charwise = '';
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        charwise += String.fromCharCode(charMap[c] || c);
      }
      if (charwise !== v) phraseStart[k.charCodeAt(0)] = 1;
    }
  }
  return { trie, charMap, phraseStart };
}

let passes: ScriptPass[] | null = null;

/** The passes of the tw → cn chain, built once per process (about 50 ms). */
export function scriptPasses(): ScriptPass[] {
  if (passes === null) {
    const groups: DictGroup[] = [...(from.tw ?? []), ...(to.cn ?? [])];
    passes = groups.map(buildPass);
  }
  return passes;
}

let simplifiedOnly: Uint8Array | null = null;

/**
 * 1 for each character that the cn → tw chain of opencc-js turns into something else (a character
 * that exists only in Simplified script), from the chain's one-character entries — what converting
 * that single character gives, without building the converter's tries (most of a second of start-up).
 */
export function simplifiedOnlyTable(): Uint8Array {
  if (simplifiedOnly !== null) return simplifiedOnly;
  const groups = [...(from.cn ?? []), ...(to.tw ?? [])] as DictGroup[];
  const maps = groups.map((group) => {
    const map = new Map<number, string>();
    // An earlier dictionary of a group wins, as in buildPass.
    for (let d = group.length - 1; d >= 0; d--) {
      for (const [k, v] of entriesOf(group[d] as DictLike)) if (k.length === 1) map.set(k.charCodeAt(0), v);
    }
    return map;
  });
  const table = new Uint8Array(65536);
  // Only a key of some pass can change; every other character converts to itself.
  const keys = new Set<number>();
  for (const map of maps) for (const k of map.keys()) keys.add(k);
  for (const c of keys) {
    let current = String.fromCharCode(c);
    for (const map of maps) {
      if (current.length !== 1) break;
      current = map.get(current.charCodeAt(0)) ?? current;
    }
    if (current !== String.fromCharCode(c)) table[c] = 1;
  }
  simplifiedOnly = table;
  return table;
}
