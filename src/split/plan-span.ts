import type { SplitResult, Variant } from '../core/document.js';
import type { Span } from '../core/span.js';

/**
 * The text that belongs to a plan. A document of one plan (no variant headers) owns its title and
 * what stands above it (关于2021年中秋节放假的通知 carries the year; an order's date and number sit
 * over the title): from its first non-blank character to the body's end. Any other variant is its
 * body. Slot detection and templates read this span, so a template keeps the title it fills.
 */
export function planSpan(content: { folded: string }, split: Pick<SplitResult, 'title' | 'variants'>, variant: Variant): Span {
  const title = split.title;
  const onePlan = split.variants.length === 1 && variant.label === null;
  if (!onePlan || title === null || title.span.end > variant.body.start) return variant.body;
  let start = 0;
  while (start < title.span.start && /\s/.test(content.folded[start] ?? '')) start++;
  return { start, end: variant.body.end };
}
