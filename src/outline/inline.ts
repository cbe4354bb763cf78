import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { InlineHit, InlineLine } from './detect.js';
import type { ResolvedOutlineOptions } from './options.js';
import type { LineItem } from './tree.js';
import { pushAll } from '../core/push-all.js';

export interface InlineItem {
  hit: InlineHit;
  parent: number | null;
  depth: number;
  renumbered: number;
  /** Where the item's clause ends: the next accepted marker of the line, or the line end. */
  end: number;
}

interface Run {
  hits: InlineHit[];
  gaps: Diagnostic[];
  /** The run carries on from the line's own marker (一是……；二是…… at a line start). */
  continuesLine: boolean;
  last: number;
}

/**
 * Inline enumerations, line by line: per style, the markers form runs that start at 1 (首先) or
 * carry on from the line's own marker of the same style; a run counts only with
 * `inlineMinRun` members, so a stray 其次是 or (2) in a sentence is not an enumeration. Inline
 * items hang under the item that owns the paragraph; a run that carries on a line-start 一是 is
 * its siblings.
 */
export function inlineItems(
  lines: InlineLine[],
  /** Line item of a line's own candidate (null when it was dropped). */
  lineItemOf: (candidate: number | null) => number | null,
  /** Line item that owns a line: the nearest kept candidate at or before it. */
  ownerItemOf: (candidate: number | null) => number | null,
  items: LineItem[],
  text: string,
  options: ResolvedOutlineOptions,
): { inline: InlineItem[]; diagnostics: Diagnostic[] } {
  const inline: InlineItem[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const line of lines) {
    const own = lineItemOf(line.candidate);
    // A paragraph without a marker of its own belongs to the item that owns paragraphs there.
    const nearest = ownerItemOf(line.owner);
    const owner = own ?? (nearest === null ? null : (items[nearest] as LineItem).bodyOwner);
    const ownItem = own === null ? undefined : items[own];
    const accepted: Array<{ hit: InlineHit; continuesLine: boolean; renumbered: number }> = [];

    const styles = [...new Set(line.hits.map((h) => h.match.style))];
    for (const style of styles) {
      const continues = ownItem !== undefined && ownItem.cand.match.style === style;
      let run: Run | null = continues ? { hits: [], gaps: [], continuesLine: true, last: ownItem.cand.match.ordinal } : null;
      const close = (): void => {
        if (run !== null && run.hits.length + (run.continuesLine ? 1 : 0) >= options.inlineMinRun) {
          let n = run.continuesLine ? (ownItem as LineItem).renumbered : 0;
          for (const h of run.hits) accepted.push({ hit: h, continuesLine: run.continuesLine, renumbered: ++n });
          pushAll(diagnostics, run.gaps);
        }
        run = null;
      };
      for (const h of line.hits) {
        if (h.match.style !== style) continue;
        const current = run;
        const expected = current === null ? 1 : current.last + 1;
        if (h.match.ordinalFollowsRun) {
          if (current === null) continue; // 最后 with nothing before it in this paragraph
          h.match.ordinal = expected;
        }
        const ordinal = h.match.ordinal;
        if (current !== null && ordinal === expected) {
          current.hits.push(h);
          current.last = ordinal;
        } else if (ordinal === 1) {
          close();
          run = { hits: [h], gaps: [], continuesLine: false, last: 1 };
        } else if (current !== null && ordinal > expected) {
          const prev = current.hits[current.hits.length - 1];
          const prevText = prev === undefined ? text.slice((ownItem as LineItem).cand.markerStart, (ownItem as LineItem).cand.match.end) : text.slice(prev.at, prev.match.end);
          const marker = text.slice(h.at, h.match.end);
          current.gaps.push(
            diagnostic('gap', 'outline/inline', 'warning', { start: h.at, end: h.match.end }, { marker, previous: prevText, expected, found: ordinal, inline: true }),
          );
          current.hits.push(h);
          current.last = ordinal;
        }
        // Anything else (a lower number, a run not starting at 1) is prose, not an enumeration.
      }
      close();
    }

    accepted.sort((a, b) => a.hit.at - b.hit.at);
    for (let i = 0; i < accepted.length; i++) {
      const a = accepted[i] as (typeof accepted)[number];
      const next = accepted[i + 1];
      const end = next === undefined ? line.contentEnd : next.hit.at;
      if (a.continuesLine && ownItem !== undefined) {
        inline.push({ hit: a.hit, parent: ownItem.parent, depth: ownItem.depth, renumbered: a.renumbered, end });
      } else {
        const ownerItem = owner === null ? undefined : items[owner];
        inline.push({ hit: a.hit, parent: owner, depth: ownerItem === undefined ? 1 : ownerItem.depth + 1, renumbered: a.renumbered, end });
      }
    }
  }
  return { inline, diagnostics };
}
