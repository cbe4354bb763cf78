import { inputError } from '../../core/errors.js';
import { UNDECODABLE_SHARE } from '../thresholds.js';

/** Throws 'undecodable' when most non-blank characters of the decoded text are U+FFFD. */
export function assertDecodable(path: string, encoding: string, text: string): void {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
  if (bad === 0) return;
  const nonBlank = text.replace(/\s+/g, '').length;
  if (bad / nonBlank > UNDECODABLE_SHARE) {
    throw inputError('undecodable-as', path, { encoding, bad, total: nonBlank });
  }
}
