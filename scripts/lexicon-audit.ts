/**
 * Seeds and audits the slot lexicons (data/lexicon) from jieba's dictionary, for a person to review:
 *
 *   npx tsx scripts/lexicon-audit.ts units [minFreq]    classifiers and measure words of jieba (tags q, m
 *                                                      of one or two characters) that units.tsv lacks
 *   npx tsx scripts/lexicon-audit.ts straddle           hollow blanks the detector finds on the dev set
 *                                                      where a jieba word reaches across the blank into
 *                                                      the unit (经手|人, 体|例): each is a blank or a
 *                                                      word for straddling-words.tsv
 *
 * Lines come out in the lexicon's own format (word, source `jieba:<tag>`, note), ready to paste
 * once checked. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex } from '../src/core/lines.js';
import { units, words } from '../src/template/detect/lexicon/tables.js';
import { loadSlotDevset, predictSlots, REPO_ROOT } from './lib/slot-devset.js';

const DICT = resolve(REPO_ROOT, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');

interface Entry {
  word: string;
  freq: number;
  tag: string;
}

function jieba(): Entry[] {
  return readFileSync(DICT, 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter((c) => c.length === 3)
    .map(([word, freq, tag]) => ({ word: word as string, freq: Number(freq), tag: tag as string }));
}

function unitCandidates(minFreq: number): void {
  const known = new Set(units().map((u) => u.word));
  const han = /^\p{Script=Han}{1,2}$/u;
  for (const e of jieba()) {
    if ((e.tag === 'q' || e.tag === 'm') && e.freq >= minFreq && han.test(e.word) && !known.has(e.word) && !/[一二三四五六七八九十百千万亿两几]/u.test(e.word)) {
      console.log(`${e.word}\tcount\t-\tjieba:${e.tag}\tfreq ${e.freq}: a classifier or measure word (review its type and roles)`);
    }
  }
}

async function straddleCandidates(): Promise<void> {
  const dict = new Map(jieba().map((e) => [e.word, e] as const));
  const listed = new Set(words('straddling-words'));
  const seen = new Set<string>();
  for (const set of await loadSlotDevset()) {
    for (const d of set.docs) {
      const lines = new LineIndex(d.doc.text);
      for (const p of predictSlots(d)) {
        if (p.kind !== 'hollow') continue;
        const at = lines.lineStart(p.line) + p.column;
        for (let len = 2; len <= 4; len++) {
          for (let k = 1; k < len; k++) {
            const w = d.doc.folded.slice(at - k, at - k + len);
            const e = dict.get(w);
            if (e === undefined || listed.has(w) || seen.has(w) || w.length !== len) continue;
            seen.add(w);
            console.log(`${w}\tjieba:${e.tag}\treaches across a blank found in ${d.id}:${p.line}; a word (add) or a blank (leave out)?`);
          }
        }
      }
    }
  }
}

const [what, arg] = process.argv.slice(2);
if (what === 'units') unitCandidates(Number(arg ?? 1000));
else if (what === 'straddle') await straddleCandidates();
else {
  console.error('usage: lexicon-audit.ts units [minFreq] | straddle');
  process.exitCode = 2;
}
