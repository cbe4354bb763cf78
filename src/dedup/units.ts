import type { PageTitle, Variant } from '../core/document.js';

/** How a variant of a page becomes a dedup unit: the same rule for the CLI, batch, `run` and the library. */
export interface UnitTextOptions {
  /** Leave the title line of a page without 篇 variants out of its unit (default: it is part of it). */
  skipTitle?: boolean;
}

/**
 * The folded title line that belongs to a variant's unit, or null. A page without 篇 variants is one
 * unit, and its title line — split/ takes a short first line for the title — is part of it: two
 * copies of a plan share their title, and a unit must be the same whether it comes from a file, a
 * JSON Lines record or the library. A 篇 variant's header line ("…计划 篇2") is the site's label,
 * and the page title belongs to the page, so a 篇 variant's unit is its body alone.
 */
export function unitTitle(folded: string, title: PageTitle | null, variant: Variant, options: UnitTextOptions = {}): string | null {
  if (options.skipTitle === true || title === null || variant.label !== null) return null;
  return folded.slice(title.span.start, title.span.end);
}

/** A unit's text from its title line (or null) and its folded body: one line break between them. */
export function joinUnitText(title: string | null, body: string): string {
  return title === null ? body : `${title}\n${body}`;
}

/** The folded text of `variant` as a dedup unit (see unitTitle). */
export function unitText(folded: string, title: PageTitle | null, variant: Variant, options: UnitTextOptions = {}): string {
  return joinUnitText(unitTitle(folded, title, variant, options), folded.slice(variant.body.start, variant.body.end));
}
