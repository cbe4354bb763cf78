import type { Document, Token } from '../../core/document.js';
import { usageError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import type { Slot, Template } from '../../core/template.js';
import { segment } from '../../segment/index.js';
import type { SlotOptions } from '../detect/types.js';
import { paragraphsOf } from './atoms.js';
import { alignParagraphColumns, type Aligner } from './columns.js';
import { buildParts } from './parts.js';

/** One variant of a family. */
export interface TemplateMember {
  /** The variant id (`a.txt#篇2`). */
  id: string;
  document: Document;
  /** The variant's body span in the document. */
  body: Span;
  /** Detected slots of the body (detectSlots is run when absent). */
  slots?: readonly Slot[];
  /** Tokens of the body (the segment stage is run when absent and `words` is on). */
  tokens?: readonly Token[];
}

export interface TemplateOptions {
  /** Family id written into the template; the first member's id by default. */
  family?: string;
  /** Options for slot detection when a member comes without slots. */
  slots?: Omit<SlotOptions, 'tokens'>;
  /** Align on words (segment stage) rather than characters; words give whole-word variable slots. */
  words?: boolean;
  /** How members are aligned (paragraphs, then tokens); the align stage by default. */
  aligner?: Aligner;
  /** Longest context (characters) a variable slot's label takes from the text. */
  labelMaxLength?: number;
  /** Characters of a passage shown as the label of an optional block. */
  optionalLabelLength?: number;
}

export const DEFAULT_TEMPLATE_OPTIONS = {
  words: true,
  labelMaxLength: 12,
  optionalLabelLength: 16,
} as const;

export type SlotDetectorFn = (doc: Document, body: Span, options: SlotOptions) => { slots: Slot[] };

/**
 * Builds the template of a family from its members (the first member is the backbone the others
 * are aligned to; put the canonical, fullest member first). One member alone gives the template of
 * one plan: its detected slots in its text.
 */
export function buildTemplateWith(members: readonly TemplateMember[], options: TemplateOptions, detect: SlotDetectorFn, defaultAligner: Aligner): Template {
  if (members.length === 0) throw usageError('no-members', {});
  const o = { ...DEFAULT_TEMPLATE_OPTIONS, ...options };
  const aligner = options.aligner ?? defaultAligner;
  const paragraphs = members.map((m) => {
    const tokens = m.tokens ?? (o.words ? segment(m.document, m.body).tokens : undefined);
    const slots = m.slots ?? detect(m.document, m.body, { ...(o.slots ?? {}), ...(tokens === undefined ? {} : { tokens }) }).slots;
    return paragraphsOf(m.document, m.body, slots, tokens);
  });
  const columns = alignParagraphColumns(paragraphs, aligner);
  const { parts, slots, optionals } = buildParts(columns, members, aligner, {
    labelMaxLength: o.labelMaxLength,
    optionalLabelLength: o.optionalLabelLength,
  });
  return { family: options.family ?? (members[0] as TemplateMember).id, members: members.map((m) => m.id), parts, slots, optionals };
}
