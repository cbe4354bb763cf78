import type { Document } from '../../core/document.js';
import { findPlaceholders } from '../../core/placeholders.js';
import type { Span } from '../../core/span.js';
import type { SlotType } from '../../core/template.js';
import { splitNumber } from '../detect/numbers.js';
import { unitAt, unitText } from '../detect/units.js';

/**
 * The type of a variable slot (text that differs between members), "typed like the others": when
 * every member's value is a number or a placeholder, the unit after it decides as for detected
 * slots (2023 / 2024 before 年 is a year, 8 / 12 before 个 a count); anything else is text.
 */
const YEAR_LIKE = /^(?:19|20)\d\d$|^0\d$/;

/** The whole value is one placeholder (20xx, XX, __ …). */
function isPlaceholder(value: string): boolean {
  const ph = findPlaceholders(value);
  return ph.length === 1 && ph[0]?.span.start === 0 && ph[0].span.end === value.length;
}

function numeric(value: string): boolean {
  const folded = value.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (folded.length === 0) return false;
  const ph = findPlaceholders(folded);
  if (ph.length === 1 && ph[0]?.span.start === 0 && ph[0].span.end === folded.length) return true;
  const { parts } = splitNumber(folded);
  return parts.length > 0 && parts.every((p) => p !== null);
}

export function typeVariable(values: readonly string[], doc: Document, span: Span): { type: SlotType; unit: string } {
  const filled = values.filter((v) => v.length > 0);
  if (filled.length === 0 || !filled.every(numeric)) return { type: 'text', unit: '' };
  const unit = unitAt(doc.folded, span.end);
  if (unit === null) return { type: 'text', unit: '' };
  let type: SlotType = unit.type;
  if (unit.base === '年') type = filled.every((v) => YEAR_LIKE.test(v) || isPlaceholder(v)) ? 'year' : 'count';
  return { type, unit: unitText(doc.text, unit) };
}
