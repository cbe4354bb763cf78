/**
 * Composes the per-document stages: read → normalize → split → segment → outline → slots.
 * Corpus-level work (dedup families, templates, reuse) is composed by the callers that hold many
 * documents (cli/, batch/), on top of the per-document Analysis returned here.
 */
import type { Diagnostic } from './core/diagnostics.js';
import type { Chrome, DecodedDocument, Document, PageTitle, Sentence, Token, Variant } from './core/document.js';
import type { Outline } from './core/outline.js';
import type { Span } from './core/span.js';
import type { Slot } from './core/template.js';
import { unitText, type DedupUnit, type UnitTextOptions } from './dedup/index.js';
import { normalize } from './normalize/index.js';
import { buildOutline, type OutlineOptions } from './outline/index.js';
import { readDocument, type ReadOptions } from './read/index.js';
import { segment, type SegmentOptions } from './segment/index.js';
import { maskedDocument, planSpan, splitVariants, type SplitOptions } from './split/index.js';
import { detectSlots, type SlotOptions } from './template/index.js';

export interface AnalyzeOptions {
  read?: ReadOptions;
  split?: SplitOptions;
  /** false skips segmentation (tokens and sentences come back empty). */
  segment?: SegmentOptions | false;
  /** false skips the outline (null). */
  outline?: OutlineOptions | false;
  /** false skips slot detection (empty). */
  slots?: Omit<SlotOptions, 'tokens'> | false;
}

export interface VariantAnalysis {
  variant: Variant;
  sentences: Sentence[];
  tokens: Token[];
  outline: Outline | null;
  slots: Slot[];
  /** Findings about this variant (outline and slot diagnostics). */
  diagnostics: Diagnostic[];
}

export interface Analysis {
  document: Document;
  /**
   * The document as every stage after split/ reads it: `document` with its chrome blanked out of
   * the folded text (same length, same offsets; `text` unchanged). Segmentation, outline and slots
   * ran on it; dedup and reuse should compare `content.folded` (foldedBody does).
   */
  content: Document;
  title: PageTitle | null;
  variants: VariantAnalysis[];
  /** Page chrome found by split/ (breadcrumbs, page counters …): not content for any later stage. */
  chrome: Chrome[];
  /** Findings about the page as a whole (reading, splitting). */
  diagnostics: Diagnostic[];
}

function isNormalized(d: DecodedDocument | Document): d is Document {
  return typeof (d as Document).folded === 'string';
}

/** The whole per-document pipeline on an already decoded (or normalised) document. */
export function analyzeDocument(input: DecodedDocument | Document, options: AnalyzeOptions = {}): Analysis {
  const document = isNormalized(input) ? input : normalize(input);
  const split = splitVariants(document, options.split);
  const content = maskedDocument(document, split.chrome);
  const chrome = split.chrome.map((c) => c.span);
  // A document of one plan owns its title and what stands above it (split/plan-span): its slots run from there.
  const variants = split.variants.map((variant) => analyzeVariant(content, variant, options, chrome, planSpan(content, split, variant)));
  return { document, content, title: split.title, variants, chrome: split.chrome, diagnostics: [...document.diagnostics, ...split.diagnostics] };
}

function analyzeVariant(document: Document, variant: Variant, options: AnalyzeOptions, chrome: readonly Span[], plan: Span): VariantAnalysis {
  const seg = options.segment === false ? { sentences: [], tokens: [] } : segment(document, variant.body, options.segment);
  const outline = options.outline === false ? null : buildOutline(document, variant.body, options.outline);
  // The outline just read is the numbering the slots leave out (not read a second time).
  const slotOptions = (o: Omit<SlotOptions, 'tokens'> = {}): SlotOptions => ({
    ...o,
    chrome: [...chrome, ...(o.chrome ?? [])],
    tokens: seg.tokens.length > 0 ? seg.tokens : undefined,
    ...(outline === null ? {} : { outlineMarkers: outline.items.map((item) => item.markerSpan) }),
  });
  const slotResult = options.slots === false ? { slots: [], diagnostics: [] } : detectSlots(document, plan, slotOptions(options.slots));
  return {
    variant,
    sentences: seg.sentences,
    tokens: seg.tokens,
    outline,
    slots: slotResult.slots,
    diagnostics: [...(outline?.diagnostics ?? []), ...slotResult.diagnostics],
  };
}

/** Reads a file (or "-" for stdin) and analyses it. Throws PlankitError for unusable input. */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeDocument(await readDocument(path, options.read), options);
}

/**
 * A variant as a dedup unit — `{ id, text }` for findDuplicates — by the same rule as `plankit dedup`,
 * batch and `run`: the folded body of the content view (chrome blanked), with the title line in
 * front for a page without 篇 variants (unless `skipTitle`). See dedup/units.ts.
 */
export function dedupUnit(analysis: Pick<Analysis, 'document' | 'title'> & Partial<Pick<Analysis, 'content'>>, variant: Variant, options: UnitTextOptions = {}): DedupUnit {
  return { id: variant.id, text: unitText((analysis.content ?? analysis.document).folded, analysis.title, variant, options) };
}

/**
 * The text of a variant's body in the folded (analysis) form with chrome blanked, without the title
 * (see dedupUnit) — what reuse compares (a viewer page number glued into a word, 公3、司, reads as
 * 公  司 and so as 公司).
 */
export function foldedBody(analysis: Pick<Analysis, 'document'> & Partial<Pick<Analysis, 'content'>>, variant: Variant): string {
  return (analysis.content ?? analysis.document).folded.slice(variant.body.start, variant.body.end);
}
