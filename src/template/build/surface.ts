import type { Script } from '../../core/document.js';
import type { Surface } from '../../core/template.js';
import { diffTexts } from '../../align/index.js';
import { convertToSimplified, convertToTraditional } from '../../normalize/index.js';

export function convertScript(text: string, to: 'simplified' | 'traditional'): string {
  return to === 'simplified' ? convertToSimplified(text) : convertToTraditional(text);
}

/**
 * The surface of a member: the edits that turn `filled` (the template filled with the member's own
 * values) into `own` (the member's text). A member in the other script than the template is
 * converted first, so the edits hold only what conversion does not give.
 */
export function surfaceOf(filled: string, own: string, templateScript: Script, memberScript: Script): Surface {
  const to = memberScript === 'traditional' && templateScript !== 'traditional' ? 'traditional' : memberScript === 'simplified' && templateScript === 'traditional' ? 'simplified' : undefined;
  const base = to === undefined ? filled : convertScript(filled, to);
  const edits: Surface['edits'] = [];
  for (const op of diffTexts(base, own, { cleanup: false })) {
    if (op.op === 'equal') continue;
    const last = edits[edits.length - 1];
    const inserted = op.op === 'insert' ? op.text : '';
    const deleted = op.a[1] - op.a[0];
    // A delete and the insert after it are one replacement.
    if (last !== undefined && last[0] + last[1] === op.a[0]) {
      last[1] += deleted;
      last[2] += inserted;
    } else edits.push([op.a[0], deleted, inserted]);
  }
  return to === undefined ? { length: base.length, edits } : { to, length: base.length, edits };
}
