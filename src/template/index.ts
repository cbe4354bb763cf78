import type { Document } from '../core/document.js';
import type { Span } from '../core/span.js';
import { hollowDateDetector } from './detect/hollow-date.js';
import { hollowPercentWordsDetector } from './detect/hollow-percent-words.js';
import { hollowDetector } from './detect/hollow.js';
import { literalDetector } from './detect/literal.js';
import { placeholderDetector } from './detect/placeholder.js';
import { runDetectors, type SlotResult } from './detect/run.js';
import type { SlotDetector, SlotOptions } from './detect/types.js';

export type { SlotDetector, SlotOptions } from './detect/types.js';
export type { SlotResult } from './detect/run.js';

/**
 * Slot detectors in the order they run. An earlier detector's slot wins over a later one it
 * overlaps, so the most specific go first: placeholders the site left, concrete quantities,
 * then the blanks left by stripped digits.
 */
export const SLOT_DETECTORS: readonly SlotDetector[] = [
  placeholderDetector,
  literalDetector,
  hollowDateDetector,
  hollowPercentWordsDetector,
  hollowDetector,
];

/** The slots of `body` (a variant's body span) in `doc`: placeholders, hollow blanks and literals. */
export function detectSlots(doc: Document, body: Span, options: SlotOptions = {}): SlotResult {
  return runDetectors(SLOT_DETECTORS, doc, body, options);
}

export { buildTemplateWith, DEFAULT_TEMPLATE_OPTIONS, type TemplateMember, type TemplateOptions } from './build/build.js';
export type { Aligner } from './build/columns.js';
export { fillTemplate, checkValues, FillError, type FillOptions } from './fill/fill.js';
export { valuesOf, readValues } from './fill/values.js';
export { validateValue } from './fill/validate.js';
export { renderText, BLANK } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { valuesSkeleton, skeletonJson, skeletonYaml, type Skeleton } from './render/skeleton.js';
