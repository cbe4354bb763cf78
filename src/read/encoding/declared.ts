import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { DECLARED_MAX_BAD_SHARE, GUESS_MIN_MARGIN, GUESS_SAMPLE_BYTES } from '../thresholds.js';
import { decodeAs, isAsciiBytes, isValidUtf8 } from './decode.js';
import { canonicalEncoding } from './names.js';
import { plausibility } from './plausibility.js';
import type { Detection } from './rule.js';

/**
 * A charset declared inside the document (<meta>, <?xml?>): believed unless it names an unknown
 * encoding, or the page was re-saved without fixing the declaration — decoding with it leaves many
 * U+FFFD, or the bytes are (non-ASCII) valid UTF-8 that reads clearly better as UTF-8 (UTF-8 read
 * as GBK is garbage without a single U+FFFD). A rejected declaration leaves a note and lets the
 * next rule decide.
 */
export function acceptDeclared(label: string, where: string, bytes: Uint8Array, notes: Diagnostic[]): Detection | null {
  let encoding = canonicalEncoding(label);
  if (encoding === undefined) {
    notes.push(diagnostic('encoding-guess', 'warning', { start: 0, end: 0 }, `${where} names unknown charset "${label}"; ignored`, { declared: label }));
    return null;
  }
  // HTML spec: a UTF-16 declaration found by an ASCII sniff is wrong by construction → UTF-8.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  const sample = decodeAs(encoding, bytes.subarray(0, GUESS_SAMPLE_BYTES));
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  const utf8Reads =
    encoding !== 'utf-8' &&
    !isAsciiBytes(bytes) &&
    isValidUtf8(bytes) &&
    plausibility(decodeAs('utf-8', bytes.subarray(0, GUESS_SAMPLE_BYTES))).score >= plausibility(sample).score + GUESS_MIN_MARGIN;
  if (utf8Reads || (nonAscii > 0 && bad / nonAscii > DECLARED_MAX_BAD_SHARE)) {
    notes.push(
      diagnostic('encoding-guess', 'warning', { start: 0, end: 0 }, `${where} declares ${encoding} but the bytes do not decode as ${encoding}; ignored`, {
        declared: label,
      }),
    );
    return null;
  }
  return { encoding, certain: true };
}
