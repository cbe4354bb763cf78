/**
 * template/ — slots (typed blanks) and templates of plan families.
 *
 * - detectSlots(doc, body, options?) → { slots, diagnostics }: the SLOT_DETECTORS below, one rule
 *   per file in detect/, on the folded text; spans index doc.text.
 * - buildTemplate(members, options?) → Template: members aligned by the align stage (paragraphs,
 *   then words from the segment stage), see build/.
 * - fillTemplate(template, values, { to? }) → string; valuesOf(template, memberId) → the values that
 *   give that member back exactly; readValues(parsed JSON/YAML) → TemplateValues.
 * - renderText / renderMarkdown (blanks `____人`), valuesSkeleton / skeletonJson / skeletonYaml.
 *
 * Template JSON (`plankit template --format json`, DESIGN.md contract plus `optionals`):
 *   { templates: [{ family, members, parts, slots, optionals }] }
 *   parts:     [{ text } | { slot: "s3" } | { optional: "o1", parts: [...] }]   (reading order)
 *   slots:     [{ id, kind, type, unit, label, occurrences: [{ id: memberId, line, column, length, value }] }]
 *   optionals: [{ id, label, members: [memberIds that have the passage] }]
 * An optional part holds a passage (whole paragraphs with the line breaks before them) that only
 * some members have; slots inside it need values only when it is included.
 * Values file (`--values-out`, read by `plankit fill`), JSON or YAML:
 *   { template: "F1", slots: { s1: { label, kind, type, unit, example, value } | value }, optional: { o1: { label, include } | boolean } }
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
 * overlaps, so the most specific go first: document numbers (whose year and serial are placeholders
 * or literals), placeholders the site left, phone numbers and clock times (their digits are not
 * quantities), concrete quantities, then the blanks left by stripped digits.
 */
export const SLOT_DETECTORS: readonly SlotDetector[] = [
  docnoDetector,
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
export { fillTemplate, checkValues, FillError, type FillOptions } from './fill/fill.js';
export { valuesOf, readValues } from './fill/values.js';
export { validateValue } from './fill/validate.js';
export { renderText, BLANK } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { valuesSkeleton, skeletonJson, skeletonYaml, type Skeleton } from './render/skeleton.js';

export { DEFAULT_TEMPLATE_OPTIONS, type TemplateMember, type TemplateOptions } from './build/build.js';

/**
 * The template of a family: its members (variants, the canonical fullest one first) aligned
 * paragraph by paragraph, then word by word; shared text stays text, detected slots and differing
 * words become typed slots, passages only some members have become optional blocks. One member
 * alone gives the template of one plan. `fillTemplate(t, valuesOf(t, id))` gives member `id` back.
 */
export function buildTemplate(members: readonly TemplateMember[], options: TemplateOptions = {}): Template {
  return buildTemplateWith(members, options, detectSlots, alignStageAligner);
}
