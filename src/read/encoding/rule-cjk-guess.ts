import chardet from 'chardet';
import { diagnostic } from '../../core/diagnostics.js';
import { inputError } from '../../core/errors.js';
import {
  CHARDET_WEIGHT,
  GUESS_MIN_MARGIN,
  GUESS_MIN_SIGNAL,
  GUESS_SAMPLE_BYTES,
  UNDECODABLE_SHARE,
  UTF16_MIN_SCORE,
  VALID_UTF8_BONUS,
} from '../thresholds.js';
import { decodeAs, isValidUtf8 } from './decode.js';
import { plausibility, type Plausibility } from './plausibility.js';
import type { EncodingRule } from './rule.js';

/** Encodings the guesser compares, in tie-break order. UTF-16 only when the byte count is even. */
const CANDIDATES = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
const UTF16 = new Set<string>(['utf-16le', 'utf-16be']);

/** chardet's names for the candidates (it also reports GB18030 for GB2312/GBK text). */
const FROM_CHARDET: Record<string, string> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

interface Reading {
  encoding: string;
  p: Plausibility;
  chardet: number;
  total: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The last resort: decode a sample with every candidate and keep the reading that looks most like
 * Chinese text (plausibility: share of very common characters minus U+FFFD and impossible
 * characters), with chardet's statistical confidence as a small prior. chardet alone confuses
 * GBK-encoded Traditional text with Big5 and is unreliable on short texts; the plausibility score
 * settles both, because a wrong table maps common characters onto rare ones or onto nothing.
 */
export const cjkGuessRule: EncodingRule = {
  name: 'cjk-guess',
  detect: ({ path, bytes }) => {
    const sample = bytes.subarray(0, GUESS_SAMPLE_BYTES);
    const validUtf8 = isValidUtf8(bytes);
    const prior = new Map<string, number>();
    for (const m of chardet.analyse(sample)) {
      const name = FROM_CHARDET[m.name];
      if (name !== undefined && !prior.has(name)) prior.set(name, m.confidence);
    }
    const readings: Reading[] = [];
    for (const encoding of CANDIDATES) {
      if (UTF16.has(encoding) && bytes.byteLength % 2 !== 0) continue;
      const p = plausibility(decodeAs(encoding, sample));
      // UTF-16 with no NUL byte at all has no ASCII character in it, so it must be Chinese through
      // and through; a merely inoffensive reading (ASCII pairs read as rare ideographs) is not enough.
      if (UTF16.has(encoding) && p.score < UTF16_MIN_SCORE) continue;
      const conf = prior.get(encoding) ?? 0;
      const bonus = encoding === 'utf-8' && validUtf8 ? VALID_UTF8_BONUS : 0;
      readings.push({ encoding, p, chardet: conf, total: p.score + (CHARDET_WEIGHT * conf) / 100 + bonus });
    }
    // Stable sort: equal totals keep candidate order.
    readings.sort((a, b) => b.total - a.total);
    const best = readings[0] as Reading;
    const second = readings[1];
    if (best.p.chars > 0 && best.p.junk / best.p.chars > UNDECODABLE_SHARE) {
      throw inputError('undecodable', path, {});
    }
    const margin = second === undefined ? Infinity : best.total - second.total;
    // Few characters to judge by make a weak guess, except valid UTF-8 that also reads best: multi-byte
    // UTF-8 is a strict pattern that legacy text rarely forms, so agreement of both is strong.
    const enoughSignal = best.p.signal >= GUESS_MIN_SIGNAL || (best.encoding === 'utf-8' && validUtf8);
    if (enoughSignal && margin >= GUESS_MIN_MARGIN) return { encoding: best.encoding, certain: false };
    const fewCharacters = best.p.signal < GUESS_MIN_SIGNAL;
    return {
      encoding: best.encoding,
      certain: false,
      diagnostics: [
        diagnostic('encoding-guess', 'read/cjk-guess', 'info', { start: 0, end: 0 }, {
          encoding: best.encoding,
          reason: fewCharacters ? 'few-characters' : 'close-second',
          signal: best.p.signal,
          ...(fewCharacters || second === undefined ? {} : { rival: second.encoding }),
          candidates: readings.map((r) => ({ encoding: r.encoding, score: round(r.total), chardet: r.chardet })),
        }),
      ],
    };
  },
};
