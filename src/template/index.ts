/**
 * template/ — slots (typed blanks), templates of plan families, fields and filling.
 *
 * - detectSlots(doc, body, options?) → { slots, diagnostics }: the SLOT_DETECTORS below, one rule
 *   per file in detect/, on the folded text; spans index doc.text.
 * - buildTemplate(members, options?) → Template: members aligned on the normalised token stream
 *   (build/stream.ts), folded into text, slots and optional blocks (build/fold.ts), slots grouped
 *   into fields (build/fields.ts); each member keeps its surface (build/surface.ts).
 * - familyTemplates(units, options?) / familyTemplate(id, members): the one way a corpus's family
 *   templates are built (CLI template and run, batch).
 * - fillTemplate(template, values, { to? }) → string; valuesOf(template, memberId) → the values that
 *   give that member back exactly; readValues(parsed JSON/YAML) → values; validateFieldValue(field,
 *   raw) → the value normalised, or a problem code (no Node API: a browser page can reuse it).
 * - renderText / renderMarkdown, valuesSkeleton / skeletonJson / skeletonYaml.
 * The JSON contract of a template is in report/template.ts.
 */
import type { Document } from '../core/document.js';
import type { Span } from '../core/span.js';
import { hollowDateDetector } from './detect/hollow-date.js';
import { hollowPercentWordsDetector } from './detect/hollow-percent-words.js';
import { hollowRankDetector } from './detect/hollow-rank.js';
import { hollowDetector } from './detect/hollow.js';
import { hollowDurationDetector } from './detect/hollow-duration.js';
import { literalDetector } from './detect/literal.js';
import { placeholderDetector } from './detect/placeholder.js';
import { docnoDetector } from './detect/docno.js';
import { orderNumberDetector } from './detect/order-number.js';
import { phoneDetector } from './detect/phone.js';
import { timeDetector } from './detect/time.js';
import { calendarDetector } from './detect/calendar.js';
import { percentWordsDetector } from './detect/percent-words.js';
import { tableCellDetector } from './detect/table-cell.js';
import { runDetectors, type SlotResult } from './detect/run.js';
import { SLOT_EXCLUSIONS } from './detect/exclude/index.js';
import type { SlotDetector, SlotOptions } from './detect/types.js';
import type { Template } from '../core/template.js';
import { alignStageAligner } from './build/align-stage.js';
import { buildTemplateWith, type TemplateMember, type TemplateOptions } from './build/build.js';

export type { SlotDetector, SlotExclusion, SlotOptions } from './detect/types.js';
export { SLOT_EXCLUSIONS } from './detect/exclude/index.js';
export type { SlotResult } from './detect/run.js';

/**
 * Slot detectors in the order they run. An earlier detector's slot wins over a later one it
 * overlaps, so the most specific go first: document numbers and order numbers (whose year and serial
 * are placeholders or literals), placeholders the site left, phone numbers and clock times (their digits are not
 * quantities), concrete quantities, then the blanks left by stripped digits.
 */
export const SLOT_DETECTORS: readonly SlotDetector[] = [
  docnoDetector,
  orderNumberDetector,
  placeholderDetector,
  phoneDetector,
  timeDetector,
  calendarDetector,
  percentWordsDetector,
  literalDetector,
  hollowDateDetector,
  hollowPercentWordsDetector,
  hollowRankDetector,
  hollowDetector,
  hollowDurationDetector,
  tableCellDetector,
];

/** The slots of `body` (a variant's body span) in `doc`: placeholders, hollow blanks and literals. */
export function detectSlots(doc: Document, body: Span, options: SlotOptions = {}): SlotResult {
  return runDetectors(SLOT_DETECTORS, doc, body, options, SLOT_EXCLUSIONS);
}

export type { Aligner } from './build/columns.js';
export { fillTemplate, checkValues, checkTemplate, FillError, type FillOptions } from './fill/fill.js';
export type { FillProblem, ValueProblem } from '../core/errors.js';
export { valuesOf, readValues, type ReadValues } from './fill/values.js';
export { validateFieldValue, isSlotType, type FieldValueCheck } from './fill/validate.js';
export { renderParts, applySurface } from './fill/render.js';
export { renderText, BLANK } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { valuesSkeleton, skeletonJson, skeletonYaml, type Skeleton, type SkeletonField, type Locate } from './render/skeleton.js';
export { FieldLinkError } from './build/fields.js';
export { DEFAULT_TEMPLATE_OPTIONS, type TemplateMember, type TemplateOptions } from './build/build.js';
export { familyTemplate, familyTemplates, type FamilyUnit, type FamilyTemplatesOptions } from './families.js';
export { fieldModel, type FieldModel, type FieldOccurrence, type TemplateModel } from './field-model.js';

/**
 * The template of a family: its members (the canonical, fullest one first) aligned on what dedup
 * compares; shared text stays text, detected slots and differing content become typed slots,
 * passages only some members have become optional blocks, and slots of one meaning one field. One
 * member alone gives the template of one plan. `fillTemplate(t, valuesOf(t, id))` gives member
 * `id` back exactly.
 */
export function buildTemplate(members: readonly TemplateMember[], options: TemplateOptions = {}): Template {
  return buildTemplateWith(members, options, detectSlots, alignStageAligner);
}
