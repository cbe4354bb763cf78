import type { SlotType } from '../core/template.js';
import type { ValueReason } from './model.js';

/**
 * What can go wrong when a plan comes back from Word or the fill-in page, as typed data;
 * src/messages/export-{zh,en}.ts turn each into a sentence.
 */
export type ExportProblem =
  /** Not a zip with word/document.xml: not a Word (.docx) file at all. */
  | { code: 'not-docx' }
  /** A Word file without our template mark and without any of the template's fields. */
  | { code: 'not-template'; family: string }
  /** A plankit template, but of another family than the template file given. */
  | { code: 'other-template'; found: string; expected: string }
  /** One field typed differently in two of its places. */
  | { code: 'conflicting-values'; key: string; label: string; values: string[] }
  | { code: 'missing-value'; key: string; label: string; type: SlotType }
  | { code: 'bad-value'; key: string; label: string; type: SlotType; value: string; reason: ValueReason };

export type ExportProblemCode = ExportProblem['code'];
