import type { SlotType } from '../../core/template.js';
import type { ValueProblemCode } from './validate.js';

/**
 * What can be wrong with a template or with the values that fill it, as typed data. The library
 * writes no sentences: src/messages renders these in Chinese and English.
 */
export type FillProblem =
  /** The template's parts name a slot its `slots` list lacks. */
  | { code: 'unknown-slot'; slot: string }
  /** A part that is neither { text }, { slot } nor { optional, parts }. */
  | { code: 'unknown-part'; path: string }
  /** A slot or field whose type is not one plankit knows. */
  | { code: 'unknown-type'; slot: string; type: string }
  /** A slot whose field is not in `fields`, or a field naming a slot that does not exist. */
  | { code: 'unknown-slot-field'; slot: string; field: string }
  /** A block in the parts that `optionals` does not list. */
  | { code: 'unknown-block-part'; block: string }
  /** The values name a field the template does not have. */
  | { code: 'unknown-field'; field: string; template: string }
  /** The values name an optional block the template does not have. */
  | { code: 'unknown-block'; block: string; template: string }
  /** `same_as` names a field that does not exist, or links in a circle. */
  | { code: 'bad-link'; field: string; target: string }
  | { code: 'missing-choice'; block: string; label: string }
  | { code: 'missing-value'; field: string; label: string; type: SlotType }
  | { code: 'bad-value'; field: string; label: string; type: SlotType; value: string; reason: ValueProblemCode }
  /** A member's surface that does not fit the filled text (values changed since valuesOf). */
  | { code: 'surface-mismatch' };

export type FillProblemCode = FillProblem['code'];
