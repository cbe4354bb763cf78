import { buildOutline } from '../../../outline/index.js';
import type { SlotExclusion } from '../types.js';

/**
 * The numbering markers the outline stage reads in the body: 1.1项目总概况, 2.3人员培训, 3 目标.
 * A heading's number orders the document; read as a quantity it becomes "1.1项" or "2.3人". The
 * outline stage is asked rather than a pattern here, so the two stages agree on what numbers a text.
 */
export const outlineMarker: SlotExclusion = {
  name: 'outline-marker',
  find: (ctx) => (ctx.outlineMarkers !== undefined ? [...ctx.outlineMarkers] : buildOutline(ctx.doc, ctx.body).items.map((item) => item.markerSpan)),
};
