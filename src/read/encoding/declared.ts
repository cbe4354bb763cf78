import { diagnostic, type Diagnostic, type DiagnosticArgs } from '../../core/diagnostics.js';
import { DECLARED_MAX_BAD_SHARE, DECLARED_OVERRULE_MARGIN, GUESS_MIN_SIGNAL, GUESS_SAMPLE_BYTES } from '../thresholds.js';
import { decodeAs } from './decode.js';
import { canonicalEncoding } from './names.js';
import { plausibility } from './plausibility.js';
import type { Detection } from './rule.js';

/** Encodings a wrong declaration is checked against (the ones pages are really saved in). */
const ALTERNATIVES = ['utf-8', 'gb18030', 'big5'];

type Where = DiagnosticArgs['charset-ignored']['where'];

function reject(notes: Diagnostic[], args: DiagnosticArgs['charset-ignored']): null {
  notes.push(diagnostic('charset-ignored', 'read/declared-charset', 'warning', { start: 0, end: 0 }, args));
  return null;
}

/**
 * A charset declared inside the document (<meta>, <?xml?>): believed unless it names an unknown
 * encoding, or the page was re-saved without fixing the declaration — decoding with it leaves many
 * U+FFFD, or another encoding reads the text clearly better (UTF-8 or Big5 read as GBK is garbage
 * without a single U+FFFD). A rejected declaration leaves a warning and lets the next rule decide.
 */
export function acceptDeclared(label: string, where: Where, bytes: Uint8Array, notes: Diagnostic[]): Detection | null {
  let encoding = canonicalEncoding(label);
  if (encoding === undefined) return reject(notes, { declared: label, where, problem: 'unknown-charset' });
  // HTML spec: a UTF-16 declaration found by an ASCII sniff is wrong by construction → UTF-8.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  const head = bytes.subarray(0, GUESS_SAMPLE_BYTES);
  const text = decodeAs(encoding, head);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  const badShare = nonAscii === 0 ? 0 : replaced / nonAscii;
  // Plausibility measures Chinese text, so it only arbitrates between the Chinese encodings;
  // a page declaring shift_jis or windows-1252 is taken at its word unless it decodes to U+FFFD.
  let better: { e: string } | undefined;
  if (ALTERNATIVES.includes(encoding)) {
    const declared = plausibility(text);
    better = ALTERNATIVES.filter((e) => e !== encoding)
      .map((e) => ({ e, p: plausibility(decodeAs(e, head)) }))
      .find(({ p }) => p.signal >= GUESS_MIN_SIGNAL && p.score >= declared.score + DECLARED_OVERRULE_MARGIN);
  }
  if (badShare > DECLARED_MAX_BAD_SHARE || better !== undefined) {
    return reject(notes, better === undefined ? { declared: encoding, where, problem: 'bytes-disagree' } : { declared: encoding, where, problem: 'bytes-disagree', readsAs: better.e });
  }
  return { encoding, certain: true };
}
