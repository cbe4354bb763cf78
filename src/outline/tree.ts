import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { OutlineStyle } from '../core/outline.js';
import type { Span } from '../core/span.js';
import type { LineCandidate } from './detect.js';
import type { ResolvedOutlineOptions } from './options.js';
import { CANONICAL_CLIMB_MAX_TIER, STYLE_INFO } from './styles.js';

const RULE = 'outline/tree';

/** A run that does not start at 1 (and continues no earlier run of its style). */
function runStartGap(c: LineCandidate, marker: string, ordinal: number): Diagnostic {
  return diagnostic('gap', RULE, 'warning', { start: c.markerStart, end: c.match.end }, { marker, previous: null, expected: 1, found: ordinal, inline: false });
}

/** The parts of two decimal keys (decimal/2 = 1.1), or null unless both are decimal. */
function decimalDepths(a: string, b: string): [number, number] | null {
  if (!a.startsWith('decimal/') || !b.startsWith('decimal/')) return null;
  return [Number(a.slice(8)), Number(b.slice(8))];
}

/** A level's rank when the document has not shown how two levels nest: its style's, except 壹、 above 一、. */
function keyTier(key: string, style: OutlineStyle): number {
  return key === 'cn-dun/financial' ? STYLE_INFO['cn-dun'].tier - 1 : STYLE_INFO[style].tier;
}

/** A line-start item placed in the tree (indices refer to the array tree() returns). */
export interface LineItem {
  cand: LineCandidate;
  depth: number;
  parent: number | null;
  renumbered: number;
  hasChildren: boolean;
  /**
   * The item an unnumbered paragraph after this one belongs to: the item itself, or for a prose
   * enumerator (一是, 第一，, 首先 — one paragraph each) its nearest numbered ancestor.
   */
  bodyOwner: number | null;
}

interface Open {
  item: number;
  key: string;
  style: OutlineStyle;
  scope: string | undefined;
  ordinal: number;
  renumbered: number;
}

/**
 * Places the line-start markers in a tree with one stack of open levels, so each item costs
 * O(depth) and the whole pass is linear:
 * - a marker whose level (style) is open continues that level: everything deeper closes and its
 *   ordinal is checked against the previous sibling (gap, duplicate, restart, out-of-order);
 * - a marker of another style of the same family that continues an open level's numbering is a
 *   sibling in a mixed style;
 * - otherwise it starts a new run. It first climbs over open levels that the document has shown to
 *   be below it (learned from earlier nesting: in the seed's 篇2, 1、 sits under (一) in one section
 *   and straight under 四、 in another — depth follows the document, not a table), or, for a pair of
 *   styles not seen together yet, over levels that Chinese-numeral headings rank above; then it
 *   opens as a child of the innermost open level. A new run starts at 1, or continues the
 *   numbering of the same style (第五条 in 第二章 after 第四条 in 第一章).
 * An unnumbered paragraph closes the prose enumerators (一是 …) open above it: they run one
 * paragraph each, so the paragraph and what follows belong to the level above them.
 */
export function tree(candidates: LineCandidate[], text: string, options: ResolvedOutlineOptions): { items: LineItem[]; diagnostics: Diagnostic[] } {
  const items: LineItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: Open[] = [];
  const learned = new Map<string, Set<string>>(); // key a → the keys it has been seen enclosing
  const encloses = (a: string, b: string): boolean => learned.get(a)?.has(b) === true;
  const lastOfKey = new Map<string, { ordinal: number; renumbered: number }>();
  const written = (c: LineCandidate): string => text.slice(c.markerStart, c.match.end);

  const spanOf = (c: LineCandidate): Span => ({ start: c.markerStart, end: c.match.end });

  for (const c of candidates) {
    const { key, style, ordinal, scope } = c.match;
    const index = items.length;
    const marker = written(c);
    if (c.match.malformed !== undefined) {
      diagnostics.push(diagnostic('malformed', RULE, 'warning', spanOf(c), { marker, style, ...c.match.malformed }));
    }

    // An attachment (附件1) is a document of its own: its numbering starts at the top again.
    if (c.afterAttachment === true) stack.length = 0;
    if (c.afterBody) {
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as Open;
        if (top.key === key || STYLE_INFO[top.style].gbt !== 'prose') break;
        stack.pop();
      }
    }

    let at = -1; // stack position of the sibling this item follows
    let mixed = false;
    for (let i = stack.length - 1; i >= 0; i--) {
      if ((stack[i] as Open).key === key) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      const family = STYLE_INFO[style].family;
      for (let i = stack.length - 1; i >= 0; i--) {
        const o = stack[i] as Open;
        if (STYLE_INFO[o.style].family === family && ordinal === o.ordinal + 1) {
          at = i;
          mixed = true;
          break;
        }
      }
    }

    let renumbered: number;
    const stackLevel = at >= 0 ? stack[at] : undefined;
    if (at >= 0) {
      const prev = stack[at] as Open;
      const prevMarker = written((items[prev.item] as LineItem).cand);
      stack.length = at;
      if (mixed) {
        diagnostics.push(diagnostic('mixed-style', RULE, 'info', spanOf(c), { marker, previous: prevMarker, style, siblingStyle: prev.style }));
      }
      if (prev.scope !== scope) {
        // Same level, new scope (2.1 after 1.3): a new run.
        if (ordinal !== 1) diagnostics.push(runStartGap(c, marker, ordinal));
        renumbered = 1;
      } else if (ordinal === prev.ordinal + 1) {
        renumbered = prev.renumbered + 1;
      } else if (ordinal === 1 && prev.ordinal >= 2) {
        if (!(options.allowRestartAfterLeadIn && c.afterLeadIn)) {
          diagnostics.push(diagnostic('restart', RULE, 'warning', spanOf(c), { marker, previous: prevMarker, previousOrdinal: prev.ordinal }));
        }
        renumbered = 1;
      } else if (ordinal === prev.ordinal) {
        diagnostics.push(diagnostic('duplicate', RULE, 'warning', spanOf(c), { marker, previous: prevMarker, expected: prev.ordinal + 1, found: ordinal }));
        renumbered = prev.renumbered + 1;
      } else if (ordinal > prev.ordinal) {
        diagnostics.push(diagnostic('gap', RULE, 'warning', spanOf(c), { marker, previous: prevMarker, expected: prev.ordinal + 1, found: ordinal, inline: false }));
        renumbered = prev.renumbered + 1;
      } else {
        diagnostics.push(diagnostic('out-of-order', RULE, 'warning', spanOf(c), { marker, previous: prevMarker, expected: prev.ordinal + 1, found: ordinal }));
        renumbered = prev.renumbered + 1;
      }
    } else {
      // A new run: climb over open levels that rank below this style, then open under the innermost.
      const tier = keyTier(key, style);
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as Open;
        const above = encloses(key, top.key);
        const below = encloses(top.key, key);
        const dots = decimalDepths(key, top.key);
        // 1 above 1.1 above 1.1.1: the number of parts says the level, whatever came before.
        const climbs = dots !== null ? dots[0] < dots[1] : above ? !below : !below && tier < keyTier(top.key, top.style) && tier <= CANONICAL_CLIMB_MAX_TIER;
        if (!climbs) break;
        stack.pop();
      }
      const last = lastOfKey.get(key);
      if (ordinal === 1) renumbered = 1;
      else if (last !== undefined && ordinal === last.ordinal + 1) renumbered = last.renumbered + 1;
      else {
        diagnostics.push(runStartGap(c, marker, ordinal));
        renumbered = 1;
      }
    }

    const parentOpen = stack[stack.length - 1];
    const parent = parentOpen === undefined ? null : parentOpen.item;
    if (parent !== null) (items[parent] as LineItem).hasChildren = true;
    // A mixed-style sibling keeps its level's identity, so the next item in the level's own style
    // (1、 2. 3、) is an ordinary sibling and only the odd one out is reported.
    const level = mixed && stackLevel !== undefined ? { key: stackLevel.key, style: stackLevel.style } : { key, style };
    for (const o of stack) {
      let inner = learned.get(o.key);
      if (inner === undefined) learned.set(o.key, (inner = new Set()));
      inner.add(level.key);
    }
    stack.push({ item: index, key: level.key, style: level.style, scope, ordinal, renumbered });
    lastOfKey.set(level.key, { ordinal, renumbered });
    const bodyOwner = STYLE_INFO[style].gbt !== 'prose' ? index : parent === null ? null : (items[parent] as LineItem).bodyOwner;
    items.push({ cand: c, depth: stack.length, parent, renumbered, hasChildren: false, bodyOwner });
  }
  return { items, diagnostics };
}
