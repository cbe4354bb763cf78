import type { SlotExclusion } from '../types.js';
import { articleNumber } from './article-number.js';
import { collectionCount } from './collection-count.js';
import { pageCounter } from './page-counter.js';
import { outlineMarker } from './outline-marker.js';
import { perUnit } from './per-unit.js';
import { siteNotes } from './site-notes.js';
import { specNumber } from './spec-number.js';
import { variantOrdinal } from './variant-ordinal.js';
import { wholePeriod } from './whole-period.js';

/**
 * Places that are not blanks whatever a detector reads there (one rule per file). They stand in for
 * the page chrome the split stage marks, and cover headings and fixed numbers inside the text.
 */
export const SLOT_EXCLUSIONS: readonly SlotExclusion[] = [pageCounter, siteNotes, collectionCount, variantOrdinal, articleNumber, specNumber, perUnit, outlineMarker, wholePeriod];
